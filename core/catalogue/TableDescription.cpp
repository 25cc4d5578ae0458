// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableDescription.h"

TableDescription TableDescription::recordTable(const char* name, Owner owner, Merge merge,
                                               const QList<ColumnDescription>& columns,
                                               const QList<ForeignKeyDescription>& foreignKeys)
{
    TableDescription table;
    table.name = name;
    table.owner = owner;
    table.merge = merge;
    table.columns = {ColumnDescription::text(idColumn), ColumnDescription::text(createdAtColumn),
                     ColumnDescription::text(updatedAtColumn),
                     ColumnDescription::text(originCityColumn)};
    table.columns << columns;
    table.foreignKeys = foreignKeys;
    table.record = true;
    table.primaryKey = {idColumn};
    return table;
}

QStringList TableDescription::columnNames() const
{
    QStringList names;
    names.reserve(columns.size());
    for (const ColumnDescription& c : columns)
        names << c.columnName();
    return names;
}

int TableDescription::indexOf(QAnyStringView column) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (QAnyStringView::equal(QLatin1String(columns.at(i).name), column))
            return int(i);
    }
    return -1;
}

const ColumnDescription* TableDescription::column(QAnyStringView name) const
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &columns.at(i);
}

const ForeignKeyDescription* TableDescription::foreignKey(QAnyStringView column) const
{
    for (const ForeignKeyDescription& fk : foreignKeys) {
        if (QAnyStringView::equal(QLatin1String(fk.column), column))
            return &fk;
    }
    return nullptr;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/MergeTables.h"

#include "catalogue/Catalogue.h"
#include "storage/PersonalData.h"

namespace {

const char* tableName(MergeTables::Kind kind)
{
    switch (kind) {
    case MergeTables::Kind::Practices:
        return "good_practice";
    case MergeTables::Kind::Templates:
        return "checklist_template";
    case MergeTables::Kind::Exchanges:
        return "exchange";
    case MergeTables::Kind::Stakeholders:
        return "stakeholder";
    }
    return "good_practice";
}

bool isOwnColumn(const QString& table, const QString& column)
{
    if (column == QLatin1String("partner_id"))
        return true;
    if (table == QLatin1String("stakeholder"))
        return column == QLatin1String("name_key") || column == QLatin1String("notes_private") ||
               column == QLatin1String("network_x") || column == QLatin1String("network_y");
    return false;
}

MergeTables::Table describe(const TableDescription* description, MergeTables::Kind kind)
{
    MergeTables::Table t{description, kind, {}};
    const QString name = description->tableName();
    for (const ColumnDescription& c : description->columns) {
        const QString column = c.columnName();
        if (column == QLatin1String(TableDescription::idColumn) ||
            column == QLatin1String(TableDescription::createdAtColumn) ||
            column == QLatin1String(TableDescription::updatedAtColumn) ||
            column == QLatin1String(TableDescription::originCityColumn))
            continue;
        if (PersonalData::isAlwaysPersonal(name, column) || isOwnColumn(name, column))
            continue;
        t.shared << column;
    }
    return t;
}

} // namespace

MergeTables::Table MergeTables::table(Kind kind)
{
    return describe(Catalogue::table(QLatin1String(tableName(kind))), kind);
}

QList<MergeTables::Table> MergeTables::tables(const MergeSelection& selection)
{
    QList<Table> out;
    if (selection.practices)
        out << table(Kind::Practices);
    if (selection.templates)
        out << table(Kind::Templates);
    if (selection.exchanges)
        out << table(Kind::Exchanges);
    if (selection.stakeholders)
        out << table(Kind::Stakeholders);
    return out;
}

QList<MergeTables::Table> MergeTables::templateChildren()
{
    return {describe(Catalogue::table(QLatin1String("checklist_area")), Kind::Templates),
            describe(Catalogue::table(QLatin1String("checklist_item")), Kind::Templates)};
}

QVariantMap MergeTables::sharedValues(const Table& table, const QVariantMap& row)
{
    QVariantMap out;
    const QString name = table.name();
    for (const QString& column : table.shared) {
        const QString flag = PersonalData::privateFlagOf(name, column);
        if (!flag.isEmpty() && row.value(flag).toLongLong() != 0)
            out.insert(column, QString(QLatin1String("")));
        else if (row.contains(column))
            out.insert(column, row.value(column));
        else if (const ColumnDescription* c = table.description->column(column))
            out.insert(column, defaultFor(*c));
    }
    return out;
}

QVariant MergeTables::defaultFor(const ColumnDescription& column)
{
    if (!column.notNull)
        return {};
    switch (column.type) {
    case ColumnDescription::Type::Text:
        return QString(QLatin1String(""));
    case ColumnDescription::Type::Integer:
        return qlonglong(0);
    case ColumnDescription::Type::Real:
        return 0.0;
    }
    return {};
}

QVariantMap MergeTables::withDefaults(const TableDescription& table, const QVariantMap& row)
{
    QVariantMap out;
    for (const ColumnDescription& c : table.columns)
        out.insert(c.columnName(),
                   row.contains(c.columnName()) ? row.value(c.columnName()) : defaultFor(c));
    return out;
}

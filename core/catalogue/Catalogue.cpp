// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalogue.h"

#include "catalogue/CatalogueTables.h"

#include <QHash>

namespace {

struct Index
{
    QHash<QString, const TableDescription*> byName;
    QHash<QString, QList<Catalogue::Reference>> referencesTo;
};

const Index& index()
{
    static const Index built = [] {
        Index i;
        for (const TableDescription& table : Catalogue::tables()) {
            i.byName.insert(table.tableName(), &table);
            for (const ForeignKeyDescription& key : table.foreignKeys)
                i.referencesTo[key.referencedTable()].append({&table, &key});
        }
        return i;
    }();
    return built;
}

} // namespace

const QList<TableDescription>& Catalogue::tables()
{
    static const QList<TableDescription> all = [] {
        QList<TableDescription> list;
        list << CatalogueTables::file() << CatalogueTables::profile()
             << CatalogueTables::stakeholders() << CatalogueTables::checklists()
             << CatalogueTables::plan() << CatalogueTables::exchange()
             << CatalogueTables::planVersion2() << CatalogueTables::merging();
        return list;
    }();
    return all;
}

const TableDescription* Catalogue::table(QAnyStringView name)
{
    return index().byName.value(name.toString(), nullptr);
}

QStringList Catalogue::tableNames()
{
    QStringList names;
    for (const TableDescription& table : tables())
        names << table.tableName();
    return names;
}

QStringList Catalogue::recordTableNames()
{
    QStringList names;
    for (const TableDescription& table : tables()) {
        if (table.record)
            names << table.tableName();
    }
    return names;
}

const QList<Catalogue::Reference>& Catalogue::referencesTo(QAnyStringView table)
{
    static const QList<Reference> none;
    const auto& all = index().referencesTo;
    const auto it = all.constFind(table.toString());
    return it == all.constEnd() ? none : *it;
}

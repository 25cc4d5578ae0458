// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalData.h"

#include "catalogue/Catalogue.h"

#include <algorithm>

namespace {

const PersonalData::Column* find(const QString& table, const QString& column)
{
    const QList<PersonalData::Column>& all = PersonalData::columns();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const PersonalData::Column& c) {
        return c.table == table && c.column == column;
    });
    return it == all.cend() ? nullptr : &*it;
}

} // namespace

const QList<PersonalData::Column>& PersonalData::columns()
{
    static const QList<Column> list = [] {
        QList<Column> derived;
        for (const TableDescription& table : Catalogue::tables()) {
            for (const ColumnDescription& c : table.columns) {
                if (c.personal != ColumnDescription::Personal::No)
                    derived.append(
                        {table.tableName(), c.columnName(), QLatin1String(c.privateFlag)});
            }
        }
        // Version 1 files list contact_person's rows first: a new file keeps that order, so that
        // its personal_data rows are those of every version-1 file, rowid for rowid. A table
        // not named here keeps the catalogue's order, after these.
        static const QStringList version1Order = {
            QStringLiteral("contact_person"), QStringLiteral("stakeholder"),
            QStringLiteral("answer"),         QStringLiteral("consultation"),
            QStringLiteral("progress_entry"), QStringLiteral("exchange")};
        const auto rank = [](const Column& c) {
            const qsizetype i = version1Order.indexOf(c.table);
            return i < 0 ? version1Order.size() : i;
        };
        std::stable_sort(derived.begin(), derived.end(),
                         [&](const Column& a, const Column& b) { return rank(a) < rank(b); });
        return derived;
    }();
    return list;
}

bool PersonalData::isAlwaysPersonal(const QString& table, const QString& column)
{
    const Column* c = find(table, column);
    return c && c->privateFlag.isEmpty();
}

QString PersonalData::privateFlagOf(const QString& table, const QString& column)
{
    const Column* c = find(table, column);
    return c ? c->privateFlag : QString();
}

bool PersonalData::isPersonal(const QString& table, const QString& column, bool rowFlagged)
{
    const Column* c = find(table, column);
    return c && (c->privateFlag.isEmpty() || rowFlagged);
}

bool PersonalData::writes(Policy policy, const QString& table, const QString& column,
                          bool rowFlagged)
{
    return policy == Policy::Include || !isPersonal(table, column, rowFlagged);
}

bool PersonalData::writesColumn(Policy policy, const QString& table, const QString& column)
{
    return policy == Policy::Include || !isAlwaysPersonal(table, column);
}

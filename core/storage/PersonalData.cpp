// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalData.h"

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
    // The INSERT INTO personal_data at the end of schema_v1.sql, row for row.
    static const QList<Column> list = {
        {QStringLiteral("contact_person"), QStringLiteral("name"), {}},
        {QStringLiteral("contact_person"), QStringLiteral("role"), {}},
        {QStringLiteral("contact_person"), QStringLiteral("email"), {}},
        {QStringLiteral("contact_person"), QStringLiteral("phone"), {}},
        {QStringLiteral("contact_person"), QStringLiteral("preferred_language"), {}},
        {QStringLiteral("stakeholder"), QStringLiteral("notes"), QStringLiteral("notes_private")},
        {QStringLiteral("answer"), QStringLiteral("answered_by"), {}},
        {QStringLiteral("consultation"), QStringLiteral("participants"), {}},
        {QStringLiteral("progress_entry"), QStringLiteral("author"), {}},
        {QStringLiteral("exchange"), QStringLiteral("participants"), {}},
    };
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderSql.h"

#include "catalogue/TableSelect.h"
#include "common/TextFolding.h"

#include <QSqlError>
#include <QSqlQuery>

namespace StakeholderSql {

using namespace RecordFields;

namespace {

// The columns a read of tens of thousands of rows shows, and where each is in a row: found
// once. The whole records are read through their mappings (StakeholderRepository,
// GroupRepository).
struct SummarySelect : TableSelect
{
    SummarySelect()
        : TableSelect("stakeholder",
                      {"id", "name", "kind", "level", "influence", "interest", "stance", "notes"})
    {
    }
    const int id = column("id");
    const int name = column("name");
    const int kind = column("kind");
    const int level = column("level");
    const int influence = column("influence");
    const int interest = column("interest");
    const int stance = column("stance");
    const int notes = column("notes");
};

struct ContactTextSelect : TableSelect
{
    ContactTextSelect() : TableSelect("contact_person", {"id", "stakeholder_id", "name", "email"})
    {
    }
    const int id = column("id");
    const int stakeholderId = column("stakeholder_id");
    const int name = column("name");
    const int email = column("email");
};

// A table of values hung on records: its (record, value) pairs alone, which its unique index
// holds for the theme links and the attendance (tens of thousands of theme links are read
// without touching the table), and its whole rows for an edit of one record's values.
struct ValueSelects
{
    ValueSelects(const char* table, const char* owner, const char* value, const char* order)
        : pairs(table, {owner, value}), rows(table), pairOwner(pairs.column(owner)),
          pairValue(pairs.column(value)), ownerColumn(QLatin1String(owner)),
          order(QLatin1String(order)), rowId(rows.column("id")), rowValue(rows.column(value)),
          rowPosition(rows.table().indexOf("position"))
    {
    }
    const TableSelect pairs;
    const TableSelect rows;
    const int pairOwner;
    const int pairValue;
    const QString ownerColumn;
    const QString order;
    const int rowId;
    const int rowValue;
    const int rowPosition; // -1 when the values have no order of their own
};

const ValueSelects& selects(Values values)
{
    static const ValueSelects themes("stakeholder_theme", "stakeholder_id", "theme_id",
                                     "stakeholder_id, theme_id");
    static const ValueSelects attendance("meeting_attendance", "meeting_id", "member_id",
                                         "meeting_id, member_id");
    static const ValueSelects decisions("meeting_decision", "meeting_id", "text",
                                        "meeting_id, position, created_at");
    switch (values) {
    case Values::StakeholderThemes:
        return themes;
    case Values::MeetingAttendance:
        return attendance;
    case Values::MeetingDecisions:
        break;
    }
    return decisions;
}

} // namespace

QString selectStakeholderSummaries(const QString& tail)
{
    return tableSelect<SummarySelect>().sql(tail);
}

QString selectContactTexts(const QString& tail)
{
    return tableSelect<ContactTextSelect>().sql(tail);
}

Stakeholder readStakeholderSummary(const SqlRows& q)
{
    const SummarySelect& col = tableSelect<SummarySelect>();
    Stakeholder s;
    s.meta.id = q.value(col.id).toString();
    s.name = q.value(col.name).toString();
    s.kind =
        Stakeholder::kindFromText(q.value(col.kind).toString()).value_or(Stakeholder::Kind::Ngo);
    s.level = Stakeholder::levelFromText(q.value(col.level).toString())
                  .value_or(Stakeholder::Level::Local);
    s.influence = q.value(col.influence).toInt();
    s.interest = q.value(col.interest).toInt();
    s.stance = Stakeholder::stanceFromText(q.value(col.stance).toString())
                   .value_or(Stakeholder::Stance::Unknown);
    s.notes = q.value(col.notes).toString();
    return s;
}

StakeholderRepository::ContactText readContactText(const SqlRows& q)
{
    const ContactTextSelect& col = tableSelect<ContactTextSelect>();
    return {q.value(col.id).toString(), q.value(col.stakeholderId).toString(),
            q.value(col.name).toString(), q.value(col.email).toString()};
}

// The stakeholder's own row; its enumerations fall back as its summary's do. Its theme ids are
// rows of stakeholder_theme, read and written with it by the repository; name_key is the folded
// name, written for the unique index and the order, never read back.
const RecordMapping<Stakeholder>& stakeholderMapping()
{
    using S = Stakeholder;
    static const RecordMapping<Stakeholder> mapping(
        "stakeholder",
        {field("name", &S::name),
         {"name_key", [](const S& s) { return QVariant(TextFolding::fold(s.name)); },
          [](S&, const QVariant&) {}},
         enumeration(
             "kind", &S::kind, [](S::Kind k) { return S::toText(k); },
             [](const QString& t) { return S::kindFromText(t).value_or(S::Kind::Ngo); }),
         enumeration(
             "level", &S::level, [](S::Level l) { return S::toText(l); },
             [](const QString& t) { return S::levelFromText(t).value_or(S::Level::Local); }),
         field("influence", &S::influence),
         field("interest", &S::interest),
         enumeration(
             "stance", &S::stance, [](S::Stance st) { return S::toText(st); },
             [](const QString& t) { return S::stanceFromText(t).value_or(S::Stance::Unknown); }),
         field("website", &S::website),
         field("notes", &S::notes),
         field("notes_private", &S::notesPrivate),
         field("network_x", &S::networkX),
         field("network_y", &S::networkY)});
    return mapping;
}

// The name, e-mail and phone are stored trimmed: the repository trims them before it validates
// (so the record handed back is the one stored), hence plain fields here.
const RecordMapping<ContactPerson>& contactMapping()
{
    using C = ContactPerson;
    static const RecordMapping<ContactPerson> mapping(
        "contact_person",
        {reference("stakeholder_id", &C::stakeholderId), field("name", &C::name),
         field("role", &C::role), field("email", &C::email), field("phone", &C::phone),
         field("preferred_language", &C::preferredLanguage),
         field("consent_to_contact", &C::consentToContact)});
    return mapping;
}

const RecordMapping<StakeholderRelation>& relationMapping()
{
    using R = StakeholderRelation;
    static const RecordMapping<StakeholderRelation> mapping(
        "stakeholder_relation",
        {reference("from_id", &R::fromId), reference("to_id", &R::toId),
         enumeration(
             "kind", &R::kind, R::toText,
             [](const QString& t) { return R::kindFromText(t).value_or(R::Kind::Partnership); }),
         field("strength", &R::strength), field("notes", &R::notes)});
    return mapping;
}

const RecordMapping<Engagement>& engagementMapping()
{
    using E = Engagement;
    static const RecordMapping<Engagement> mapping(
        "engagement", {reference("stakeholder_id", &E::stakeholderId), field("date", &E::date),
                       enumeration("kind", &E::kind, E::toText,
                                   [](const QString& t) {
                                       return E::kindFromText(t).value_or(E::Kind::Meeting);
                                   }),
                       field("summary", &E::summary), field("follow_up_date", &E::followUpDate),
                       field("follow_up_done", &E::followUpDone)});
    return mapping;
}

bool Lookups::exists(const char* table, const QString& id)
{
    if (id.isEmpty())
        return false;
    return !firstValue(QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(QLatin1String(table)),
                       {id})
                .isEmpty();
}

QString Lookups::firstValue(const QString& sql, const QVariantList& bindings)
{
    auto [it, fresh] = m_prepared.try_emplace(sql, m_db);
    QSqlQuery& q = it->second;
    if (fresh) {
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            m_prepared.erase(it);
            return {};
        }
    }
    for (qsizetype i = 0; i < bindings.size(); ++i)
        q.bindValue(int(i), bindings.at(i));
    QString value;
    if (q.exec() && q.next())
        value = q.value(0).toString();
    // Reset the statement: a kept statement left mid-read would hold the file's read lock.
    q.finish();
    return value;
}

QHash<QString, QStringList> valuesByOwner(const QSqlDatabase& db, Values values,
                                          const QString& ownerId)
{
    const ValueSelects& select = selects(values);
    const bool one = !ownerId.isEmpty();
    QHash<QString, QStringList> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(select.pairs.sql(
        (one ? QStringLiteral("WHERE %1 = ? ").arg(select.ownerColumn) : QString()) +
        QStringLiteral("ORDER BY ") + select.order));
    if (one)
        q.addBindValue(ownerId);
    if (q.exec()) {
        while (q.next())
            out[q.value(select.pairOwner).toString()].append(q.value(select.pairValue).toString());
    }
    return out;
}

Result<QList<ValueRow>> valueRows(const QSqlDatabase& db, Values values, const QString& ownerId)
{
    const ValueSelects& select = selects(values);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(select.rows.sql(
        QStringLiteral("WHERE %1 = ? ORDER BY %2").arg(select.ownerColumn, select.order)));
    q.addBindValue(ownerId);
    if (!q.exec())
        return RecordStore::sqlError(q.lastError().text());
    QList<ValueRow> rows;
    while (q.next())
        rows.append({q.value(select.rowId).toString(), q.value(select.rowValue).toString(),
                     select.rowPosition < 0 ? 0 : q.value(select.rowPosition).toInt()});
    return rows;
}

} // namespace StakeholderSql

// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderSql.h"

#include "catalogue/TableSelect.h"
#include "common/SqlValue.h"
#include "common/TextFolding.h"

#include <QSqlError>
#include <QSqlQuery>

namespace StakeholderSql {

namespace {

// Each table's columns as the catalogue lists them, and where each is in a row: found once.
struct StakeholderSelect : TableSelect
{
    StakeholderSelect() : TableSelect("stakeholder") {}
    const int name = column("name");
    const int kind = column("kind");
    const int level = column("level");
    const int influence = column("influence");
    const int interest = column("interest");
    const int stance = column("stance");
    const int website = column("website");
    const int notes = column("notes");
    const int notesPrivate = column("notes_private");
    const int networkX = column("network_x");
    const int networkY = column("network_y");
};

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

struct ContactSelect : TableSelect
{
    ContactSelect() : TableSelect("contact_person") {}
    const int stakeholderId = column("stakeholder_id");
    const int name = column("name");
    const int role = column("role");
    const int email = column("email");
    const int phone = column("phone");
    const int preferredLanguage = column("preferred_language");
    const int consentToContact = column("consent_to_contact");
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

struct RelationSelect : TableSelect
{
    RelationSelect() : TableSelect("stakeholder_relation") {}
    const int fromId = column("from_id");
    const int toId = column("to_id");
    const int kind = column("kind");
    const int strength = column("strength");
    const int notes = column("notes");
};

struct EngagementSelect : TableSelect
{
    EngagementSelect() : TableSelect("engagement") {}
    const int stakeholderId = column("stakeholder_id");
    const int date = column("date");
    const int kind = column("kind");
    const int summary = column("summary");
    const int followUpDate = column("follow_up_date");
    const int followUpDone = column("follow_up_done");
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

QString selectStakeholders(const QString& tail)
{
    return tableSelect<StakeholderSelect>().sql(tail);
}

QString selectContacts(const QString& tail)
{
    return tableSelect<ContactSelect>().sql(tail);
}

QString selectRelations(const QString& tail)
{
    return tableSelect<RelationSelect>().sql(tail);
}

QString selectEngagements(const QString& tail)
{
    return tableSelect<EngagementSelect>().sql(tail);
}

QString selectStakeholderSummaries(const QString& tail)
{
    return tableSelect<SummarySelect>().sql(tail);
}

QString selectContactTexts(const QString& tail)
{
    return tableSelect<ContactTextSelect>().sql(tail);
}

Stakeholder readStakeholder(const QSqlQuery& q)
{
    const StakeholderSelect& col = tableSelect<StakeholderSelect>();
    Stakeholder s;
    s.meta = RecordMeta::read(q);
    s.name = q.value(col.name).toString();
    s.kind =
        Stakeholder::kindFromText(q.value(col.kind).toString()).value_or(Stakeholder::Kind::Ngo);
    s.level = Stakeholder::levelFromText(q.value(col.level).toString())
                  .value_or(Stakeholder::Level::Local);
    s.influence = q.value(col.influence).toInt();
    s.interest = q.value(col.interest).toInt();
    s.stance = Stakeholder::stanceFromText(q.value(col.stance).toString())
                   .value_or(Stakeholder::Stance::Unknown);
    s.website = q.value(col.website).toString();
    s.notes = q.value(col.notes).toString();
    s.notesPrivate = q.value(col.notesPrivate).toInt() != 0;
    s.networkX = SqlValue::toOptionalDouble(q.value(col.networkX));
    s.networkY = SqlValue::toOptionalDouble(q.value(col.networkY));
    return s;
}

Stakeholder readStakeholderSummary(const QSqlQuery& q)
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

ContactPerson readContact(const QSqlQuery& q)
{
    const ContactSelect& col = tableSelect<ContactSelect>();
    ContactPerson c;
    c.meta = RecordMeta::read(q);
    c.stakeholderId = q.value(col.stakeholderId).toString();
    c.name = q.value(col.name).toString();
    c.role = q.value(col.role).toString();
    c.email = q.value(col.email).toString();
    c.phone = q.value(col.phone).toString();
    c.preferredLanguage = q.value(col.preferredLanguage).toString();
    c.consentToContact = q.value(col.consentToContact).toInt() != 0;
    return c;
}

StakeholderRepository::ContactText readContactText(const QSqlQuery& q)
{
    const ContactTextSelect& col = tableSelect<ContactTextSelect>();
    return {q.value(col.id).toString(), q.value(col.stakeholderId).toString(),
            q.value(col.name).toString(), q.value(col.email).toString()};
}

StakeholderRelation readRelation(const QSqlQuery& q)
{
    const RelationSelect& col = tableSelect<RelationSelect>();
    StakeholderRelation r;
    r.meta = RecordMeta::read(q);
    r.fromId = q.value(col.fromId).toString();
    r.toId = q.value(col.toId).toString();
    r.kind = StakeholderRelation::kindFromText(q.value(col.kind).toString())
                 .value_or(StakeholderRelation::Kind::Partnership);
    r.strength = q.value(col.strength).toInt();
    r.notes = q.value(col.notes).toString();
    return r;
}

Engagement readEngagement(const QSqlQuery& q)
{
    const EngagementSelect& col = tableSelect<EngagementSelect>();
    Engagement e;
    e.meta = RecordMeta::read(q);
    e.stakeholderId = q.value(col.stakeholderId).toString();
    e.date = SqlValue::toDate(q.value(col.date));
    e.kind =
        Engagement::kindFromText(q.value(col.kind).toString()).value_or(Engagement::Kind::Meeting);
    e.summary = q.value(col.summary).toString();
    e.followUpDate = SqlValue::toDate(q.value(col.followUpDate));
    e.followUpDone = q.value(col.followUpDone).toInt() != 0;
    return e;
}

QList<RecordStore::Column> columnsOf(const Stakeholder& s)
{
    return {{"name", s.name},
            {"name_key", TextFolding::fold(s.name)},
            {"kind", Stakeholder::toText(s.kind)},
            {"level", Stakeholder::toText(s.level)},
            {"influence", s.influence},
            {"interest", s.interest},
            {"stance", Stakeholder::toText(s.stance)},
            {"website", s.website},
            {"notes", s.notes},
            {"notes_private", s.notesPrivate ? 1 : 0},
            {"network_x", SqlValue::of(s.networkX)},
            {"network_y", SqlValue::of(s.networkY)}};
}

QList<RecordStore::Column> columnsOf(const ContactPerson& c)
{
    return {{"stakeholder_id", c.stakeholderId},
            {"name", c.name},
            {"role", c.role},
            {"email", c.email},
            {"phone", c.phone},
            {"preferred_language", c.preferredLanguage},
            {"consent_to_contact", c.consentToContact ? 1 : 0}};
}

QList<RecordStore::Column> columnsOf(const StakeholderRelation& r)
{
    return {{"from_id", r.fromId},
            {"to_id", r.toId},
            {"kind", StakeholderRelation::toText(r.kind)},
            {"strength", r.strength},
            {"notes", r.notes}};
}

QList<RecordStore::Column> columnsOf(const Engagement& e)
{
    return {{"stakeholder_id", e.stakeholderId},
            {"date", SqlValue::date(e.date)},
            {"kind", Engagement::toText(e.kind)},
            {"summary", e.summary},
            {"follow_up_date", SqlValue::date(e.followUpDate)},
            {"follow_up_done", e.followUpDone ? 1 : 0}};
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderSql.h"

#include "common/SqlValue.h"
#include "common/TextFolding.h"

#include <QSqlQuery>

namespace StakeholderSql {

QString stakeholderColumns()
{
    return QStringLiteral("name, kind, level, influence, interest, stance, website, notes, "
                          "notes_private, network_x, network_y");
}

QString contactColumns()
{
    return QStringLiteral(
        "stakeholder_id, name, role, email, phone, preferred_language, consent_to_contact");
}

QString relationColumns()
{
    return QStringLiteral("from_id, to_id, kind, strength, notes");
}

QString engagementColumns()
{
    return QStringLiteral("stakeholder_id, date, kind, summary, follow_up_date, follow_up_done");
}

QString memberColumns()
{
    return QStringLiteral("stakeholder_id, role, joined_on");
}

QString meetingColumns()
{
    return QStringLiteral("date, place, agenda, minutes");
}

Stakeholder readStakeholder(const QSqlQuery& q)
{
    Stakeholder s;
    s.meta = RecordMeta::read(q);
    s.name = q.value(4).toString();
    s.kind = Stakeholder::kindFromText(q.value(5).toString()).value_or(Stakeholder::Kind::Ngo);
    s.level = Stakeholder::levelFromText(q.value(6).toString()).value_or(Stakeholder::Level::Local);
    s.influence = q.value(7).toInt();
    s.interest = q.value(8).toInt();
    s.stance =
        Stakeholder::stanceFromText(q.value(9).toString()).value_or(Stakeholder::Stance::Unknown);
    s.website = q.value(10).toString();
    s.notes = q.value(11).toString();
    s.notesPrivate = q.value(12).toInt() != 0;
    s.networkX = SqlValue::toOptionalDouble(q.value(13));
    s.networkY = SqlValue::toOptionalDouble(q.value(14));
    return s;
}

ContactPerson readContact(const QSqlQuery& q)
{
    ContactPerson c;
    c.meta = RecordMeta::read(q);
    c.stakeholderId = q.value(4).toString();
    c.name = q.value(5).toString();
    c.role = q.value(6).toString();
    c.email = q.value(7).toString();
    c.phone = q.value(8).toString();
    c.preferredLanguage = q.value(9).toString();
    c.consentToContact = q.value(10).toInt() != 0;
    return c;
}

StakeholderRelation readRelation(const QSqlQuery& q)
{
    StakeholderRelation r;
    r.meta = RecordMeta::read(q);
    r.fromId = q.value(4).toString();
    r.toId = q.value(5).toString();
    r.kind = StakeholderRelation::kindFromText(q.value(6).toString())
                 .value_or(StakeholderRelation::Kind::Partnership);
    r.strength = q.value(7).toInt();
    r.notes = q.value(8).toString();
    return r;
}

Engagement readEngagement(const QSqlQuery& q)
{
    Engagement e;
    e.meta = RecordMeta::read(q);
    e.stakeholderId = q.value(4).toString();
    e.date = SqlValue::toDate(q.value(5));
    e.kind = Engagement::kindFromText(q.value(6).toString()).value_or(Engagement::Kind::Meeting);
    e.summary = q.value(7).toString();
    e.followUpDate = SqlValue::toDate(q.value(8));
    e.followUpDone = q.value(9).toInt() != 0;
    return e;
}

GroupMember readMember(const QSqlQuery& q)
{
    GroupMember m;
    m.meta = RecordMeta::read(q);
    m.stakeholderId = q.value(4).toString();
    m.role = q.value(5).toString();
    m.joinedOn = SqlValue::toDate(q.value(6));
    return m;
}

GroupMeeting readMeeting(const QSqlQuery& q)
{
    GroupMeeting m;
    m.meta = RecordMeta::read(q);
    m.date = SqlValue::toDate(q.value(4));
    m.place = q.value(5).toString();
    m.agenda = q.value(6).toString();
    m.minutes = q.value(7).toString();
    return m;
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

QList<RecordStore::Column> columnsOf(const GroupMember& m)
{
    return {{"stakeholder_id", m.stakeholderId},
            {"role", m.role},
            {"joined_on", SqlValue::date(m.joinedOn)}};
}

QList<RecordStore::Column> columnsOf(const GroupMeeting& m)
{
    return {{"date", SqlValue::date(m.date)},
            {"place", m.place},
            {"agenda", m.agenda},
            {"minutes", m.minutes}};
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

QHash<QString, QStringList> valuesByOwner(const QSqlDatabase& db, const QString& sql,
                                          const QVariantList& bindings)
{
    QHash<QString, QStringList> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : bindings)
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next())
            out[q.value(0).toString()].append(q.value(1).toString());
    }
    return out;
}

} // namespace StakeholderSql

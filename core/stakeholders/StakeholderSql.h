// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/ContactPerson.h"
#include "stakeholders/Engagement.h"
#include "stakeholders/GroupMeeting.h"
#include "stakeholders/GroupMember.h"
#include "stakeholders/Stakeholder.h"
#include "stakeholders/StakeholderRelation.h"
#include "storage/RecordStore.h"

#include <QHash>
#include <QSqlQuery>

#include <unordered_map>

// How the records of the actor map and the stakeholder group map to their rows: the columns
// selected after RecordMeta::columns, the readers of those columns and the values written.
// Kept apart so that the repositories hold only the rules of each edit.
namespace StakeholderSql {

QString stakeholderColumns();
QString contactColumns();
QString relationColumns();
QString engagementColumns();
QString memberColumns();
QString meetingColumns();

// Read a row selected with the matching columns (theme ids, attendees and decisions are
// separate rows, filled in by the repositories).
Stakeholder readStakeholder(const QSqlQuery& q);
ContactPerson readContact(const QSqlQuery& q);
StakeholderRelation readRelation(const QSqlQuery& q);
Engagement readEngagement(const QSqlQuery& q);
GroupMember readMember(const QSqlQuery& q);
GroupMeeting readMeeting(const QSqlQuery& q);

QList<RecordStore::Column> columnsOf(const Stakeholder& s);
QList<RecordStore::Column> columnsOf(const ContactPerson& c);
QList<RecordStore::Column> columnsOf(const StakeholderRelation& r);
QList<RecordStore::Column> columnsOf(const Engagement& e);
QList<RecordStore::Column> columnsOf(const GroupMember& m);
QList<RecordStore::Column> columnsOf(const GroupMeeting& m);

// Two-column rows (owner id, value) grouped by owner, in the order the statement gives them:
// how a list of records gets its child values in one query instead of one query per record.
QHash<QString, QStringList> valuesByOwner(const QSqlDatabase& db, const QString& sql,
                                          const QVariantList& bindings = {});

// The small look-ups validation runs on every edit (does this id exist, who holds this key),
// each prepared once and kept: preparing costs more than running them, and a demo city of
// 50,000 stakeholders is built through these very checks. Destroy before the connection.
class Lookups
{
public:
    explicit Lookups(QSqlDatabase db) : m_db(std::move(db)) {}

    // Whether a record with this id is in table (one lookup on the primary key).
    bool exists(const char* table, const QString& id);
    // The first column of the first row a statement gives for bound values, or empty.
    QString firstValue(const QString& sql, const QVariantList& bindings);

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, QSqlQuery> m_prepared; // QSqlQuery moves but does not copy
};

} // namespace StakeholderSql

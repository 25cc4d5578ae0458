// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "stakeholders/ContactPerson.h"
#include "stakeholders/Engagement.h"
#include "stakeholders/Stakeholder.h"
#include "stakeholders/StakeholderRelation.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/RecordMapping.h"
#include "storage/RecordStore.h"
#include "storage/SqlRows.h"

#include <QHash>
#include <QSqlQuery>

#include <unordered_map>

// How the records of the actor map map to their rows (the mappings of its kinds; the group's
// are in GroupRepository), and the reads that are not whole records: the few columns a table
// of every stakeholder shows and searches, the values hung one per row on a record (theme
// links, attendance, decisions) and the look-ups validation runs on every edit. Kept apart so
// that the repositories hold only the rules of each edit.
namespace StakeholderSql {

// How the actor map's kinds map onto their tables (RecordMapping), for StakeholderRepository's
// RecordTables. A stakeholder's theme ids are rows of their own, read and written with it.
const RecordMapping<Stakeholder>& stakeholderMapping();
const RecordMapping<ContactPerson>& contactMapping();
const RecordMapping<StakeholderRelation>& relationMapping();
const RecordMapping<Engagement>& engagementMapping();

// What a table of every stakeholder shows first (StakeholderRepository::stakeholderSummaries):
// id, name, kind, level, scores, stance and notes; no timestamps, website or network position,
// which would more than double the reading time of a network-sized file.
QString selectStakeholderSummaries(const QString& tail);
Stakeholder readStakeholderSummary(const SqlRows& q);
// What the stakeholder table searches of each contact person: id, stakeholder, name, e-mail.
QString selectContactTexts(const QString& tail);
StakeholderRepository::ContactText readContactText(const SqlRows& q);

// The tables that hang one value a row on a record: a stakeholder's theme ids, a meeting's
// attending members and its decisions (in their order).
enum class Values
{
    StakeholderThemes,
    MeetingAttendance,
    MeetingDecisions,
};
// The values of every record, or of the one whose id is given, grouped by record: how a list
// of records gets its values in one query instead of one query per record.
QHash<QString, QStringList> valuesByOwner(const QSqlDatabase& db, Values values,
                                          const QString& ownerId = {});
// The rows holding one record's values, so that an edit keeps the rows that stay.
struct ValueRow
{
    QString id;
    QString value;
    int position = 0; // a decision's; 0 elsewhere
};
Result<QList<ValueRow>> valueRows(const QSqlDatabase& db, Values values, const QString& ownerId);

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

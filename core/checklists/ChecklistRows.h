// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/Answer.h"
#include "checklists/AssessmentRound.h"
#include "checklists/ChecklistArea.h"
#include "checklists/ChecklistItem.h"
#include "checklists/ChecklistTemplate.h"
#include "storage/RecordStore.h"

#include <QHash>

class QSqlQuery;

// How the checklist records map to their tables: the selected columns (after the four of
// RecordMeta), the read functions and the written columns. Kept apart from
// ChecklistRepository so that the repository reads as the rules of the domain.
namespace ChecklistRows {

extern const QString templateColumns;
extern const QString areaColumns;
extern const QString itemColumns;
extern const QString roundColumns;
extern const QString answerColumns;

ChecklistTemplate readTemplate(const QSqlQuery& q);
ChecklistArea readArea(const QSqlQuery& q);
ChecklistItem readItem(const QSqlQuery& q);
// Without participants: they come from round_participant.
AssessmentRound readRound(const QSqlQuery& q);
Answer readAnswer(const QSqlQuery& q);

QList<RecordStore::Column> columnsOf(const ChecklistTemplate& t);
QList<RecordStore::Column> columnsOf(const ChecklistArea& a);
QList<RecordStore::Column> columnsOf(const ChecklistItem& i);
QList<RecordStore::Column> columnsOf(const AssessmentRound& r);
QList<RecordStore::Column> columnsOf(const Answer& a);

// The stakeholders of one round, in the order they were added.
QStringList participantsOf(const QSqlDatabase& db, const QString& roundId);
// The same for every round at once, by round id.
QHash<QString, QStringList> participantsByRound(const QSqlDatabase& db);
// Every item of the checklist bound as the one parameter, area by area.
QString itemsOfTemplateSql();

} // namespace ChecklistRows

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

// How the checklist records map to their tables: the SELECT of each table, the read functions
// and the written columns. Kept apart from
// ChecklistRepository so that the repository reads as the rules of the domain.
namespace ChecklistRows {

// "SELECT <every column> FROM <table> <tail>", the columns in the catalogue's order
// (catalogue/TableSelect), as the read functions below expect them.
QString selectTemplates(const QString& tail);
QString selectAreas(const QString& tail);
QString selectItems(const QString& tail);
QString selectRounds(const QString& tail);
QString selectAnswers(const QString& tail);

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

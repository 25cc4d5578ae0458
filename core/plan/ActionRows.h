// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Action.h"
#include "plan/BudgetLine.h"
#include "plan/Indicator.h"
#include "plan/Milestone.h"
#include "plan/ProgressEntry.h"
#include "storage/RecordStore.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSqlQuery;

// The mapping between the action plan's tables and its records, kept apart from the
// repository's logic: the SELECT of each table, the records built from its rows, and the values
// each write binds.
namespace ActionRows {

// "SELECT <every column> FROM <table> <tail>", the columns in the catalogue's order
// (catalogue/TableSelect), as the read functions below expect them.
QString selectActions(const QString& tail);
QString selectMilestones(const QString& tail);
QString selectIndicators(const QString& tail);
QString selectBudgetLines(const QString& tail);
QString selectProgressEntries(const QString& tail);

Action readAction(const QSqlQuery& q);
Milestone readMilestone(const QSqlQuery& q);
Indicator readIndicator(const QSqlQuery& q);
BudgetLine readBudgetLine(const QSqlQuery& q);
ProgressEntry readProgress(const QSqlQuery& q);

// Partners are not columns of the action: ActionRepository writes their rows.
QList<RecordStore::Column> columnsOf(const Action& a);
QList<RecordStore::Column> columnsOf(const Milestone& m);
QList<RecordStore::Column> columnsOf(const Indicator& i);
QList<RecordStore::Column> columnsOf(const BudgetLine& b);
QList<RecordStore::Column> columnsOf(const ProgressEntry& p);

// Partners as stored: sorted by id and without repeats or blanks, so that an action read back
// equals the one written and a partner is never listed twice.
QStringList normalizedPartners(const QStringList& ids);
// Three letters A-Z in either case (ISO 4217 codes are stored in capitals).
bool isCurrencyCode(const QString& code);

} // namespace ActionRows

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "merge/MergePlan.h"
#include "merge/MergeSelection.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

class TestCity;

// Helpers for the merge tests: records written straight into a partner's file, as the
// partner's Passerelle would have stored them, and the content of tables to compare.
namespace MergeTesting {
// Runs sql with values bound in order; stops the test run with the reason on failure.
void exec(QSqlDatabase db, const QString& sql, const QVariantList& values = {});
QString cityIdOf(QSqlDatabase db);
// A good practice of the file's city; its id.
QString addPractice(QSqlDatabase db, const QString& title, const QVariant& themeId = {});
// A theme; its id (given, or new).
QString addTheme(QSqlDatabase db, const QString& name, const QString& id = {});
// Changes one column of a record and its updated_at, as an edit would.
void edit(QSqlDatabase db, const QString& table, const QString& id, const QString& column,
          const QVariant& value);
// Copies a record from one file into another, every column as it is.
void copyRow(QSqlDatabase from, QSqlDatabase to, const QString& table, const QString& id);
// Every row of the tables, every column, ordered: what undo must put back byte for byte.
QStringList dump(QSqlDatabase db, const QStringList& tables);
// The tables a merge may touch.
QStringList touchedTables();
// Plans a merge of partner into city.
Result<MergePlan> plan(TestCity& city, QSqlDatabase partner,
                       const MergeSelection& selection = MergeSelection{});
} // namespace MergeTesting

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "merge/MergePlan.h"
#include "merge/MergeSelection.h"
#include "merge/MergeTables.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class MergeSource;

// Compares a partner's file with the officer's, record by record, against what was last taken
// from that partner (the merge base), and says what a merge would do: reads only, on both sides.
// The rules are those of docs/merging.md.
class MergePlanner
{
    Q_DECLARE_TR_FUNCTIONS(MergePlanner)

public:
    // own: the officer's file; ownCity: its city.id.
    MergePlanner(QSqlDatabase own, QString ownCity);

    Result<MergePlan> plan(const MergeSource& partner, const MergeSelection& selection) const;

private:
    struct Context;
    Result<void> planTable(Context& context, const MergeTables::Table& table) const;
    Result<void> planTemplates(Context& context) const;
    Result<QHash<QString, QVariantMap>> ownRows(const TableDescription& table) const;
    Result<QHash<QString, QString>> themeMap(const MergeSource& partner) const;
    Result<QString> partnerRow(const QString& cityId) const;

    QSqlDatabase m_db;
    QString m_ownCity;
};

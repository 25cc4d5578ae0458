// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

// Money of one currency: what is planned, committed and spent, and what the council adopted.
struct MoneyTotals
{
    qint64 plannedCents = 0;
    qint64 committedCents = 0;
    qint64 spentCents = 0;
    qint64 baselinePlannedCents = 0; // of the lines that are in the adopted plan

    bool operator==(const MoneyTotals&) const = default;
};

// The figures of one level of the plan (an action, a priority, the whole plan): how many
// actions are where, how far they have gone, what they cost and how far they slipped.
struct PlanRollup
{
    int actions = 0; // not counting cancelled ones
    int cancelled = 0;
    int planned = 0;
    int inProgress = 0;
    int delayed = 0;
    int done = 0;
    int late = 0; // past their end, or a milestone passed and not done
    int milestones = 0;
    int milestonesDone = 0;
    int milestonesLate = 0;
    // 0..1: the mean of the actions' progress (an action's: done 1, else the share of its
    // milestones done).
    double progress = 0;
    // Against the adopted baseline: actions ending later than adopted, and the most days any
    // of them slipped (0 when none did).
    int slipped = 0;
    int mostSlippedDays = 0;
    QMap<QString, MoneyTotals> byCurrency;              // currency -> totals
    QMap<QString, QMap<QString, MoneyTotals>> bySource; // currency -> source -> totals

    bool operator==(const PlanRollup&) const = default;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Action.h"
#include "plan/BudgetLine.h"
#include "plan/Milestone.h"
#include "plan/PlanDocument.h"
#include "plan/Priority.h"

#include <QList>
#include <QStringList>

class ActionRepository;
class PlanRepository;

// The plan as loaded once (by the pane, the CLI, the reports) for rollups and the calendar:
// plain vectors, so that a figure after one edit is computed again from memory, not the file.
struct PlanData
{
    PlanDocument document;
    QList<Priority> priorities;
    QList<Action> actions;
    QList<Milestone> milestones;
    QList<BudgetLine> budgetLines;

    // Everything the rollups and the calendar need, in the repositories' orders.
    static PlanData load(const PlanRepository& plan, const ActionRepository& actions);
    // The tables load() reads: what a read-only command built on it has checked before it
    // reads (CityFile::openToRead).
    static QStringList tables();
};

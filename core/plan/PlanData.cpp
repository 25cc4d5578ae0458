// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanData.h"

#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"

PlanData PlanData::load(const PlanRepository& plan, const ActionRepository& actions)
{
    return {plan.document(), plan.priorities(), actions.actions(), actions.milestones(),
            actions.budgetLines()};
}

QStringList PlanData::tables()
{
    return {QStringLiteral("plan_document"), QStringLiteral("priority"),
            QStringLiteral("action"),        QStringLiteral("action_partner"),
            QStringLiteral("milestone"),     QStringLiteral("budget_line")};
}

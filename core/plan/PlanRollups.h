// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/PlanData.h"
#include "plan/PlanRollup.h"

#include <QDate>
#include <QHash>

// The rollups of the plan on a day: for every action, every priority and the whole plan. Pure
// functions over data already loaded, like Scoring, so that the pane's tree and strip, the
// CLI's JSON and the reports give the same figures.
class PlanRollups
{
public:
    PlanRollups() = default;
    static PlanRollups compute(const PlanData& plan, const QDate& today);

    const PlanRollup& whole() const { return m_whole; }
    // An empty rollup for an id not in the plan.
    const PlanRollup& priority(const QString& id) const;
    const PlanRollup& action(const QString& id) const;

    // Late on today: not done nor cancelled, and past its end or with a milestone due before
    // today that is not done.
    static bool isLate(const Action& action, const QList<Milestone>& itsMilestones,
                       const QDate& today);
    // Days the end moved after the adopted one (negative: earlier); 0 without a baseline.
    static int slippageDays(const Action& action);
    // The currency most of the planned money is in ("EUR" when there is none): the one the
    // headline figures show.
    static QString mainCurrency(const PlanRollup& rollup);

private:
    PlanRollup m_whole;
    QHash<QString, PlanRollup> m_priorities;
    QHash<QString, PlanRollup> m_actions;
};

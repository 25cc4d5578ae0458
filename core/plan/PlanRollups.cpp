// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanRollups.h"

namespace {

const PlanRollup& empty()
{
    static const PlanRollup none;
    return none;
}

void addMoney(MoneyTotals& to, const MoneyTotals& from)
{
    to.plannedCents += from.plannedCents;
    to.committedCents += from.committedCents;
    to.spentCents += from.spentCents;
    to.baselinePlannedCents += from.baselinePlannedCents;
}

// Adds an action's (or a priority's) figures to the level above; progress is summed here and
// divided by the number of actions at the end.
void addUp(PlanRollup& to, const PlanRollup& from)
{
    to.actions += from.actions;
    to.cancelled += from.cancelled;
    to.planned += from.planned;
    to.inProgress += from.inProgress;
    to.delayed += from.delayed;
    to.done += from.done;
    to.late += from.late;
    to.milestones += from.milestones;
    to.milestonesDone += from.milestonesDone;
    to.milestonesLate += from.milestonesLate;
    to.progress += from.progress * from.actions;
    to.slipped += from.slipped;
    to.mostSlippedDays = std::max(to.mostSlippedDays, from.mostSlippedDays);
    for (auto it = from.byCurrency.cbegin(); it != from.byCurrency.cend(); ++it)
        addMoney(to.byCurrency[it.key()], it.value());
    for (auto c = from.bySource.cbegin(); c != from.bySource.cend(); ++c) {
        for (auto s = c->cbegin(); s != c->cend(); ++s)
            addMoney(to.bySource[c.key()][s.key()], s.value());
    }
}

void finish(PlanRollup& rollup)
{
    if (rollup.actions > 0)
        rollup.progress /= rollup.actions;
}

} // namespace

PlanRollups PlanRollups::compute(const PlanData& plan, const QDate& today)
{
    // One pass over each list, adding into the action's rollup found by id: no record is
    // copied, so that the pane computes everything again after each edit in a few ms.
    PlanRollups result;
    result.m_actions.reserve(plan.actions.size());
    for (const Action& a : plan.actions)
        result.m_actions.insert(a.meta.id, PlanRollup());
    for (const Milestone& m : plan.milestones) {
        const auto it = result.m_actions.find(m.actionId);
        if (it == result.m_actions.end())
            continue;
        ++it->milestones;
        it->milestonesDone += m.isDone();
        it->milestonesLate += m.isLate(today);
    }
    for (const BudgetLine& b : plan.budgetLines) {
        const auto it = result.m_actions.find(b.actionId);
        if (it == result.m_actions.end())
            continue;
        const MoneyTotals money{b.plannedCents, b.committedCents, b.spentCents,
                                b.baselinePlannedCents.value_or(0)};
        addMoney(it->byCurrency[b.currency], money);
        addMoney(it->bySource[b.currency][b.fundingSource], money);
    }
    for (const Action& a : plan.actions) {
        PlanRollup& r = result.m_actions[a.meta.id];
        if (a.status == Action::Status::Cancelled) {
            // Its money stays counted (some may have been spent); its progress, dates and
            // milestones no longer matter.
            r.cancelled = 1;
            r.milestones = r.milestonesDone = r.milestonesLate = 0;
            continue;
        }
        r.actions = 1;
        r.planned = a.status == Action::Status::Planned;
        r.inProgress = a.status == Action::Status::InProgress;
        r.delayed = a.status == Action::Status::Delayed;
        r.done = a.status == Action::Status::Done;
        r.late = !r.done && ((a.endDate.isValid() && a.endDate < today) || r.milestonesLate > 0);
        if (r.done)
            r.progress = 1;
        else if (r.milestones > 0)
            r.progress = double(r.milestonesDone) / r.milestones;
        const int slip = slippageDays(a);
        r.slipped = slip > 0;
        r.mostSlippedDays = std::max(0, slip);
    }

    for (const Action& a : plan.actions)
        addUp(result.m_priorities[a.priorityId], result.m_actions.value(a.meta.id));
    for (const Priority& p : plan.priorities) {
        PlanRollup& r = result.m_priorities[p.meta.id];
        finish(r);
        addUp(result.m_whole, r);
    }
    finish(result.m_whole);
    return result;
}

const PlanRollup& PlanRollups::priority(const QString& id) const
{
    const auto it = m_priorities.constFind(id);
    return it == m_priorities.cend() ? empty() : *it;
}

const PlanRollup& PlanRollups::action(const QString& id) const
{
    const auto it = m_actions.constFind(id);
    return it == m_actions.cend() ? empty() : *it;
}

bool PlanRollups::isLate(const Action& action, const QList<Milestone>& itsMilestones,
                         const QDate& today)
{
    if (action.status == Action::Status::Done || action.status == Action::Status::Cancelled)
        return false;
    if (action.endDate.isValid() && action.endDate < today)
        return true;
    return std::any_of(itsMilestones.cbegin(), itsMilestones.cend(),
                       [&](const Milestone& m) { return m.isLate(today); });
}

int PlanRollups::slippageDays(const Action& action)
{
    if (!action.baselineEnd.isValid() || !action.endDate.isValid())
        return 0;
    return int(action.baselineEnd.daysTo(action.endDate));
}

QString PlanRollups::mainCurrency(const PlanRollup& rollup)
{
    QString main = QStringLiteral("EUR");
    qint64 most = -1;
    for (auto it = rollup.byCurrency.cbegin(); it != rollup.byCurrency.cend(); ++it) {
        if (it->plannedCents > most) {
            most = it->plannedCents;
            main = it.key();
        }
    }
    return main;
}

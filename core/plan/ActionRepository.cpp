// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionRepository.h"

#include "common/SqlValue.h"
#include "plan/ActionRows.h"
#include "storage/Queries.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace ActionRows; // each kind's mapping, the partners as stored, currency codes

namespace {

const QString actionOrder =
    QStringLiteral("ORDER BY action.position, action.start_date, action.title, action.created_at");

} // namespace

ActionRepository::ActionRepository(RecordStore& store, QObject* parent)
    : QObject(parent), m_store(store), m_actions(store, actionMapping()),
      m_milestones(store, milestoneMapping()), m_indicators(store, indicatorMapping()),
      m_budgetLines(store, budgetLineMapping()), m_progress(store, progressMapping()),
      m_values(store, indicatorValueMapping()),
      m_partners(store, "action_partner", "action_id", "stakeholder_id")
{
    // An action is announced read with its partners, whole.
    m_actions.announceAs(m_kinds, this, &ActionRepository::actionAdded,
                         &ActionRepository::actionUpdated, &ActionRepository::actionRemoved,
                         &ActionRepository::action);
    m_milestones.announceAs(m_kinds, this, &ActionRepository::milestoneAdded,
                            &ActionRepository::milestoneUpdated,
                            &ActionRepository::milestoneRemoved);
    m_indicators.announceAs(m_kinds, this, &ActionRepository::indicatorAdded,
                            &ActionRepository::indicatorUpdated,
                            &ActionRepository::indicatorRemoved);
    m_budgetLines.announceAs(m_kinds, this, &ActionRepository::budgetLineAdded,
                             &ActionRepository::budgetLineUpdated,
                             &ActionRepository::budgetLineRemoved);
    m_progress.announceAs(m_kinds, this, &ActionRepository::progressEntryAdded,
                          &ActionRepository::progressEntryUpdated,
                          &ActionRepository::progressEntryRemoved);
    m_values.announceAs(m_kinds, this, &ActionRepository::indicatorValueAdded,
                        &ActionRepository::indicatorValueUpdated,
                        &ActionRepository::indicatorValueRemoved);
    m_store.announcer().setListener(RowAnnouncer::Owner::Actions, this);
}

ActionRepository::~ActionRepository()
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Actions, nullptr);
}

// Actions ---------------------------------------------------------------------------------------

QList<Action> ActionRepository::readActions(const QString& where,
                                            const QVariantList& bindings) const
{
    QList<Action> actions = m_actions.all(where + QLatin1Char(' ') + actionOrder, bindings);
    if (actions.isEmpty())
        return actions;
    const QHash<QString, QStringList> partners = m_partners.read("action", where, bindings);
    for (Action& a : actions)
        a.partnerIds = partners.value(a.meta.id);
    return actions;
}

QList<Action> ActionRepository::actions() const
{
    return readActions({}, {});
}

QList<Action> ActionRepository::actions(const QString& priorityId) const
{
    return readActions(QStringLiteral("WHERE action.priority_id = ?"), {priorityId});
}

std::optional<Action> ActionRepository::action(const QString& id) const
{
    const QList<Action> found = readActions(QStringLiteral("WHERE action.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Action>(found.first());
}

QList<Action> ActionRepository::lateActions(const QDate& today) const
{
    QList<Action> late =
        readActions(QStringLiteral("WHERE action.end_date IS NOT NULL AND action.end_date < ? "
                                   "AND action.status NOT IN ('done', 'cancelled')"),
                    {SqlValue::date(today)});
    std::stable_sort(late.begin(), late.end(),
                     [](const Action& a, const Action& b) { return a.endDate < b.endDate; });
    return late;
}

Result<void> ActionRepository::add(Action& action)
{
    // Work on a copy so that a refused write leaves the caller's record as it was. A new
    // action was not in the plan the council adopted: it has no baseline of its own.
    Action next = action;
    next.partnerIds = LinkRows::normalized(next.partnerIds);
    next.revision = 0;
    next.baselineStart = next.baselineEnd = QDate();
    if (std::optional<Error> e = validate(next))
        return *e;
    Result<void> r =
        m_actions.addWith(next, [&] { return m_partners.write(next.meta.id, next.partnerIds); });
    if (r)
        action = next;
    return r;
}

Result<void> ActionRepository::update(Action& action)
{
    Action next = action;
    next.partnerIds = LinkRows::normalized(next.partnerIds);
    if (std::optional<Error> e = validate(next))
        return *e;
    // The baseline is the council's and the revision counts stored changes: both come from
    // the file, never from the record passed (an undo passes a record read before the edit).
    if (std::optional<Action> stored = m_actions.one(next.meta.id)) {
        Action compared = next;
        compared.meta = stored->meta;
        compared.partnerIds = stored->partnerIds;
        compared.revision = stored->revision;
        compared.baselineStart = stored->baselineStart;
        compared.baselineEnd = stored->baselineEnd;
        next.baselineStart = stored->baselineStart;
        next.baselineEnd = stored->baselineEnd;
        next.revision = stored->revision + (compared == *stored ? 0 : 1);
    }
    Result<void> r =
        m_actions.updateWith(next, [&] { return m_partners.write(next.meta.id, next.partnerIds); });
    if (r)
        action = next;
    return r;
}

Result<RowSnapshot> ActionRepository::remove(const Action& action)
{
    return m_actions.remove(action);
}

// Restore and announcements ---------------------------------------------------------------------

Result<void> ActionRepository::restore(const RowSnapshot& snapshot)
{
    return m_store.restoreOne(snapshot);
}

// The baseline ------------------------------------------------------------------------------------

Result<PlanBaseline> ActionRepository::takeBaseline()
{
    // What the council adopted is the actions of the adopted priorities; the others (drafts,
    // priorities still being validated) have no baseline until a later adoption.
    QSet<QString> inPlan;
    for (const Action& a : m_actions.all(QStringLiteral(
             "WHERE priority_id IN (SELECT id FROM priority WHERE status = 'adopted')")))
        inPlan.insert(a.meta.id);
    PlanBaseline previous;
    PlanBaseline adopted;
    for (const Action& a : m_actions.all()) {
        previous.actions.insert(a.meta.id, {a.baselineStart, a.baselineEnd});
        if (inPlan.contains(a.meta.id))
            adopted.actions.insert(a.meta.id, {a.startDate, a.endDate});
    }
    for (const Milestone& m : m_milestones.all()) {
        previous.milestones.insert(m.meta.id, m.baselineDue);
        if (inPlan.contains(m.actionId))
            adopted.milestones.insert(m.meta.id, m.dueDate);
    }
    for (const BudgetLine& b : m_budgetLines.all()) {
        previous.budgetLines.insert(b.meta.id, b.baselinePlannedCents);
        if (inPlan.contains(b.actionId))
            adopted.budgetLines.insert(b.meta.id, b.plannedCents);
    }
    if (Result<void> r = writeBaseline(adopted); !r)
        return r.error();
    return previous;
}

Result<void> ActionRepository::restoreBaseline(const PlanBaseline& baseline)
{
    return writeBaseline(baseline);
}

Result<void> ActionRepository::writeBaseline(const PlanBaseline& baseline)
{
    // Only the rows whose baseline changes are written and announced: taking the baseline twice
    // on the same day touches nothing. The records' revision stays: their calendar events did
    // not change.
    return m_store.inTransaction([&]() -> Result<void> {
        for (Action a : readActions({}, {})) {
            const auto it = baseline.actions.constFind(a.meta.id);
            const std::pair<QDate, QDate> dates =
                it == baseline.actions.cend() ? std::pair<QDate, QDate>() : *it;
            if (dates == std::pair(a.baselineStart, a.baselineEnd))
                continue;
            a.baselineStart = dates.first;
            a.baselineEnd = dates.second;
            if (Result<void> r = m_actions.write(a); !r)
                return r;
        }
        for (Milestone m : m_milestones.all()) {
            const QDate due = baseline.milestones.value(m.meta.id);
            if (due == m.baselineDue)
                continue;
            m.baselineDue = due;
            if (Result<void> r = m_milestones.write(m); !r)
                return r;
        }
        for (BudgetLine b : m_budgetLines.all()) {
            const std::optional<qint64> planned = baseline.budgetLines.value(b.meta.id);
            if (planned == b.baselinePlannedCents)
                continue;
            b.baselinePlannedCents = planned;
            if (Result<void> r = m_budgetLines.write(b); !r)
                return r;
        }
        return {};
    });
}

void ActionRepository::announceRemoved(const RowSnapshot& snapshot)
{
    // Children first, so that no view is left showing a milestone of a removed action. Partner
    // rows are part of their action and have no signal of their own.
    m_kinds.removed(snapshot);
    announcePartnersChanged(snapshot);
    // Actions whose lead a stakeholder's removal cleared.
    m_kinds.referencesChanged(snapshot);
}

void ActionRepository::announceRestored(const RowSnapshot& snapshot)
{
    // Parents first; every row is back before any is announced, so an action is read with all
    // its partners.
    m_kinds.restored(snapshot);
    announcePartnersChanged(snapshot);
    m_kinds.referencesChanged(snapshot);
}

void ActionRepository::announcePartnersChanged(const RowSnapshot& snapshot)
{
    // Not the actions removed or restored themselves (already announced), nor those whose lead
    // changed too (referencesChanged announces them): each action once.
    for (const QString& id : m_partners.ownersChanged(snapshot, "action")) {
        if (std::optional<Action> a = action(id))
            emit actionUpdated(*a);
    }
}

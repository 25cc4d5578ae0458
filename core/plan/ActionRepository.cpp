// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionRepository.h"

#include "common/SqlValue.h"
#include "common/Validation.h"
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

class Fields
{
    Q_DECLARE_TR_FUNCTIONS(ActionRepository)
public:
    static QString priority() { return tr("The action's priority"); }
    static QString actionTitle() { return tr("The action's title"); }
    static QString lead() { return tr("The lead stakeholder"); }
    static QString partner() { return tr("A partner stakeholder"); }
    static QString startDate() { return tr("The start date"); }
    static QString endDate() { return tr("The end date"); }
    static QString action() { return tr("The action"); }
    static QString milestoneTitle() { return tr("The milestone's title"); }
    static QString dueDate() { return tr("The due date"); }
    static QString indicatorName() { return tr("The indicator's name"); }
    static QString fundingSource() { return tr("The funding source"); }
    static QString planned() { return tr("The planned amount"); }
    static QString spent() { return tr("The amount spent"); }
    static QString progressDate() { return tr("The date of the progress entry"); }
    static QString progressText() { return tr("The progress entry's text"); }
    static QString currency(const QString& value)
    {
        return tr("The currency “%1” is not a three-letter code. Enter a code such as EUR, USD "
                  "or MAD.")
            .arg(value);
    }
};

const QString actionOrder =
    QStringLiteral("ORDER BY action.position, action.start_date, action.title, action.created_at");
const QString milestoneOrder = QStringLiteral("ORDER BY due_date, title, created_at");
const QString indicatorOrder = QStringLiteral("ORDER BY name, created_at");
const QString budgetOrder = QStringLiteral("ORDER BY funding_source, label, created_at");
const QString progressOrder = QStringLiteral("ORDER BY date, created_at");
const QString byAction = QStringLiteral("WHERE action_id = ? ");

} // namespace

ActionRepository::ActionRepository(RecordStore& store, QObject* parent)
    : QObject(parent), m_store(store), m_actions(store, actionMapping()),
      m_milestones(store, milestoneMapping()), m_indicators(store, indicatorMapping()),
      m_budgetLines(store, budgetLineMapping()), m_progress(store, progressMapping())
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
    // One query for the partners of all the actions read, rather than one per action.
    QHash<QString, QStringList> partners;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT action_partner.action_id, action_partner.stakeholder_id "
                             "FROM action_partner "
                             "JOIN action ON action.id = action_partner.action_id "
                             "%1 ORDER BY action_partner.stakeholder_id")
                  .arg(where));
    for (const QVariant& v : bindings)
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next())
            partners[q.value(0).toString()] << q.value(1).toString();
    }
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

Result<void> ActionRepository::writePartners(const Action& action)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, stakeholder_id FROM action_partner WHERE action_id = ?"));
    q.addBindValue(action.meta.id);
    if (!q.exec())
        return RecordStore::sqlError(q.lastError().text());
    QHash<QString, QString> stored; // stakeholder id -> action_partner id
    while (q.next())
        stored.insert(q.value(1).toString(), q.value(0).toString());
    // Partners that stay keep their row, so that their identity survives for merges.
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (action.partnerIds.contains(it.key()))
            continue;
        if (Result<RowSnapshot> r = m_store.remove("action_partner", it.value()); !r)
            return r.error();
    }
    for (const QString& partnerId : action.partnerIds) {
        if (stored.contains(partnerId))
            continue;
        RecordMeta meta;
        if (Result<void> r =
                m_store.insert("action_partner", meta,
                               {{"action_id", action.meta.id}, {"stakeholder_id", partnerId}});
            !r)
            return r;
    }
    return {};
}

Result<void> ActionRepository::add(Action& action)
{
    // Work on a copy so that a refused write leaves the caller's record as it was.
    Action next = action;
    next.partnerIds = normalizedPartners(next.partnerIds);
    if (std::optional<Error> e = validate(next))
        return *e;
    Result<void> r = m_actions.addWith(next, [&] { return writePartners(next); });
    if (r)
        action = next;
    return r;
}

Result<void> ActionRepository::update(Action& action)
{
    Action next = action;
    next.partnerIds = normalizedPartners(next.partnerIds);
    if (std::optional<Error> e = validate(next))
        return *e;
    Result<void> r = m_actions.updateWith(next, [&] { return writePartners(next); });
    if (r)
        action = next;
    return r;
}

Result<RowSnapshot> ActionRepository::remove(const Action& action)
{
    return m_actions.remove(action);
}

// Milestones ------------------------------------------------------------------------------------

QList<Milestone> ActionRepository::milestones() const
{
    return m_milestones.all(milestoneOrder);
}

QList<Milestone> ActionRepository::milestones(const QString& actionId) const
{
    return m_milestones.all(byAction + milestoneOrder, {actionId});
}

std::optional<Milestone> ActionRepository::milestone(const QString& id) const
{
    return m_milestones.one(id);
}

Result<void> ActionRepository::add(Milestone& milestone)
{
    if (std::optional<Error> e = validate(milestone))
        return *e;
    return m_milestones.add(milestone);
}

Result<void> ActionRepository::update(Milestone& milestone)
{
    if (std::optional<Error> e = validate(milestone))
        return *e;
    return m_milestones.update(milestone);
}

Result<RowSnapshot> ActionRepository::remove(const Milestone& milestone)
{
    return m_milestones.remove(milestone);
}

// Indicators ------------------------------------------------------------------------------------

QList<Indicator> ActionRepository::indicators() const
{
    return m_indicators.all(indicatorOrder);
}

QList<Indicator> ActionRepository::indicators(const QString& actionId) const
{
    return m_indicators.all(byAction + indicatorOrder, {actionId});
}

std::optional<Indicator> ActionRepository::indicator(const QString& id) const
{
    return m_indicators.one(id);
}

Result<void> ActionRepository::add(Indicator& indicator)
{
    if (std::optional<Error> e = validate(indicator))
        return *e;
    return m_indicators.add(indicator);
}

Result<void> ActionRepository::update(Indicator& indicator)
{
    if (std::optional<Error> e = validate(indicator))
        return *e;
    return m_indicators.update(indicator);
}

Result<RowSnapshot> ActionRepository::remove(const Indicator& indicator)
{
    return m_indicators.remove(indicator);
}

// Budget lines ----------------------------------------------------------------------------------

QList<BudgetLine> ActionRepository::budgetLines() const
{
    return m_budgetLines.all(budgetOrder);
}

QList<BudgetLine> ActionRepository::budgetLines(const QString& actionId) const
{
    return m_budgetLines.all(byAction + budgetOrder, {actionId});
}

std::optional<BudgetLine> ActionRepository::budgetLine(const QString& id) const
{
    return m_budgetLines.one(id);
}

Result<void> ActionRepository::add(BudgetLine& line)
{
    BudgetLine next = line;
    next.currency = next.currency.trimmed().toUpper();
    if (std::optional<Error> e = validate(next))
        return *e;
    Result<void> r = m_budgetLines.add(next);
    if (r)
        line = next;
    return r;
}

Result<void> ActionRepository::update(BudgetLine& line)
{
    BudgetLine next = line;
    next.currency = next.currency.trimmed().toUpper();
    if (std::optional<Error> e = validate(next))
        return *e;
    Result<void> r = m_budgetLines.update(next);
    if (r)
        line = next;
    return r;
}

Result<RowSnapshot> ActionRepository::remove(const BudgetLine& line)
{
    return m_budgetLines.remove(line);
}

// Progress log ----------------------------------------------------------------------------------

QList<ProgressEntry> ActionRepository::allProgress() const
{
    return m_progress.all(progressOrder);
}

QList<ProgressEntry> ActionRepository::progress(const QString& actionId) const
{
    return m_progress.all(byAction + progressOrder, {actionId});
}

std::optional<ProgressEntry> ActionRepository::progressEntry(const QString& id) const
{
    return m_progress.one(id);
}

Result<void> ActionRepository::add(ProgressEntry& entry)
{
    if (std::optional<Error> e = validate(entry))
        return *e;
    return m_progress.add(entry);
}

Result<void> ActionRepository::update(ProgressEntry& entry)
{
    if (std::optional<Error> e = validate(entry))
        return *e;
    return m_progress.update(entry);
}

Result<RowSnapshot> ActionRepository::remove(const ProgressEntry& entry)
{
    return m_progress.remove(entry);
}

// Restore and announcements ---------------------------------------------------------------------

Result<void> ActionRepository::restore(const RowSnapshot& snapshot)
{
    return m_store.restoreOne(snapshot);
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
    QSet<QString> announced;
    for (const RowSnapshot::Row& row : snapshot.rows) {
        if (row.table == QLatin1String("action"))
            announced.insert(row.values.value(QStringLiteral("id")).toString());
    }
    for (const RowSnapshot::Reference& ref : snapshot.nullified) {
        if (ref.table == QLatin1String("action"))
            announced.insert(ref.id);
    }
    for (const RowSnapshot::Row& row : snapshot.rows) {
        if (row.table != QLatin1String("action_partner"))
            continue;
        const QString id = row.values.value(QStringLiteral("action_id")).toString();
        if (announced.contains(id))
            continue;
        announced.insert(id);
        if (std::optional<Action> a = action(id))
            emit actionUpdated(*a);
    }
}

// Validation ------------------------------------------------------------------------------------

std::optional<Error> ActionRepository::validate(const Action& action) const
{
    if (auto e = Validation::first({Validation::required(action.title, Fields::actionTitle()),
                                    Validation::order(action.startDate, action.endDate,
                                                      Fields::startDate(), Fields::endDate())}))
        return e;
    const QSqlDatabase db = m_store.database();
    if (auto e = Queries::requiredReference(db, "priority", action.priorityId, Fields::priority()))
        return e;
    if (auto e = Queries::reference(db, "stakeholder", action.leadId, Fields::lead()))
        return e;
    for (const QString& partnerId : action.partnerIds) {
        if (auto e = Queries::reference(db, "stakeholder", partnerId, Fields::partner()))
            return e;
    }
    return std::nullopt;
}

std::optional<Error> ActionRepository::validate(const Milestone& milestone) const
{
    if (auto e =
            Validation::first({Validation::required(milestone.title, Fields::milestoneTitle()),
                               Validation::requiredDate(milestone.dueDate, Fields::dueDate())}))
        return e;
    return Queries::requiredReference(m_store.database(), "action", milestone.actionId,
                                      Fields::action());
}

std::optional<Error> ActionRepository::validate(const Indicator& indicator) const
{
    if (auto e = Validation::required(indicator.name, Fields::indicatorName()))
        return e;
    return Queries::requiredReference(m_store.database(), "action", indicator.actionId,
                                      Fields::action());
}

std::optional<Error> ActionRepository::validate(const BudgetLine& line) const
{
    if (auto e = Validation::first(
            {Validation::required(line.fundingSource, Fields::fundingSource()),
             Validation::notNegative(double(line.plannedCents), Fields::planned()),
             Validation::notNegative(double(line.spentCents), Fields::spent())}))
        return e;
    if (!isCurrencyCode(line.currency.trimmed()))
        return Error{Fields::currency(line.currency.trimmed())};
    return Queries::requiredReference(m_store.database(), "action", line.actionId,
                                      Fields::action());
}

std::optional<Error> ActionRepository::validate(const ProgressEntry& entry) const
{
    if (auto e = Validation::first({Validation::requiredDate(entry.date, Fields::progressDate()),
                                    Validation::required(entry.text, Fields::progressText())}))
        return e;
    return Queries::requiredReference(m_store.database(), "action", entry.actionId,
                                      Fields::action());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTreeModel.h"

#include "PlanRoles.h"
#include "PlanTreeNode.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"
#include "stakeholders/StakeholderRepository.h"

#include <QLocale>

#include <algorithm>

PlanTreeModel::PlanTreeModel(PlanRepository& plan, ActionRepository& actions,
                             StakeholderRepository& stakeholders, QObject* parent)
    : QAbstractItemModel(parent), m_planRepository(plan), m_actions(actions),
      m_stakeholders(stakeholders), m_root(std::make_unique<Node>())
{
    reload();
    // An edit of a record updates its row and the rollups above it; a record added, removed or
    // moved changes the tree's shape: the rows concerned are inserted, removed or moved.
    connect(&actions, &ActionRepository::actionUpdated, this, [this](const Action& a) {
        const Action* before = m_actionById.value(a.meta.id);
        const QString priorityBefore = before ? before->priorityId : QString();
        const bool moved =
            !before || before->priorityId != a.priorityId || before->position != a.position;
        replace(m_plan.actions, a);
        if (moved || !m_filter.isEmpty()) {
            reshape({a.meta.id, a.priorityId, priorityBefore});
            return;
        }
        recompute();
        announceRow(m_nodes.value(a.meta.id));
        announceRollups(a.priorityId);
    });
    connect(&actions, &ActionRepository::milestoneUpdated, this, [this](const Milestone& m) {
        replace(m_plan.milestones, m);
        recompute();
        announceRow(m_nodes.value(m.meta.id));
        announceRow(m_nodes.value(m.actionId));
        if (const Action* a = m_actionById.value(m.actionId))
            announceRollups(a->priorityId);
    });
    const auto budgetChanged = [this](const BudgetLine& b) {
        replace(m_plan.budgetLines, b);
        recompute();
        announceRow(m_nodes.value(b.actionId));
        if (const Action* a = m_actionById.value(b.actionId))
            announceRollups(a->priorityId);
    };
    connect(&actions, &ActionRepository::budgetLineUpdated, this, budgetChanged);
    connect(&actions, &ActionRepository::budgetLineAdded, this, budgetChanged);
    connect(&actions, &ActionRepository::budgetLineRemoved, this, [this](const QString& id) {
        // The line's action and priority change their totals: only their rows are announced.
        const auto line = std::find_if(m_plan.budgetLines.cbegin(), m_plan.budgetLines.cend(),
                                       [&](const BudgetLine& b) { return b.meta.id == id; });
        const QString actionId = line == m_plan.budgetLines.cend() ? QString() : line->actionId;
        erase(m_plan.budgetLines, id);
        recompute();
        announceRow(m_nodes.value(actionId));
        if (const Action* a = m_actionById.value(actionId))
            announceRollups(a->priorityId);
    });
    connect(&plan, &PlanRepository::priorityUpdated, this, [this](const Priority& p) {
        const Priority* before = m_priorityById.value(p.meta.id);
        const bool moved = !before || before->rank != p.rank || before->title != p.title;
        replace(m_plan.priorities, p);
        if (moved || !m_filter.isEmpty()) {
            reshape({p.meta.id});
            return;
        }
        recompute();
        announceRow(m_nodes.value(p.meta.id));
    });
    // A lead renamed on the map: the rows it leads show the new name.
    connect(&stakeholders, &StakeholderRepository::stakeholderUpdated, this,
            [this](const Stakeholder& s) {
                if (!m_names.contains(s.meta.id) || m_names.value(s.meta.id) == s.name)
                    return;
                m_names.insert(s.meta.id, s.name);
                for (const Action& a : std::as_const(m_plan.actions)) {
                    if (a.leadId == s.meta.id)
                        announceRow(m_nodes.value(a.meta.id));
                }
            });
    connect(&plan, &PlanRepository::documentChanged, this,
            [this](const PlanDocument& d) { m_plan.document = d; });
    connect(&actions, &ActionRepository::actionAdded, this, [this](const Action& a) {
        m_plan.actions.append(a);
        reshape({a.priorityId});
    });
    connect(&actions, &ActionRepository::actionRemoved, this, [this](const QString& id) {
        const Action* a = m_actionById.value(id);
        const QString priorityId = a ? a->priorityId : QString();
        erase(m_plan.actions, id);
        reshape({priorityId});
    });
    connect(&actions, &ActionRepository::milestoneAdded, this, [this](const Milestone& m) {
        m_plan.milestones.append(m);
        reshape(withPriority(m.actionId));
    });
    connect(&actions, &ActionRepository::milestoneRemoved, this, [this](const QString& id) {
        const Milestone* m = m_milestoneById.value(id);
        const QStringList touched = m ? withPriority(m->actionId) : QStringList();
        erase(m_plan.milestones, id);
        reshape(touched);
    });
    connect(&plan, &PlanRepository::priorityAdded, this, [this](const Priority& p) {
        m_plan.priorities.append(p);
        reshape();
    });
    connect(&plan, &PlanRepository::priorityRemoved, this, [this](const QString& id) {
        erase(m_plan.priorities, id);
        reshape();
    });
}

PlanTreeModel::~PlanTreeModel() = default;

template <typename T> void PlanTreeModel::replace(QList<T>& list, const T& record)
{
    for (T& r : list) {
        if (r.meta.id == record.meta.id) {
            r = record;
            return;
        }
    }
    list.append(record);
}

template <typename T> void PlanTreeModel::erase(QList<T>& list, const QString& id)
{
    list.removeIf([&](const T& r) { return r.meta.id == id; });
}

void PlanTreeModel::reload()
{
    beginResetModel();
    m_plan = PlanData::load(m_planRepository, m_actions);
    // Every lead's name at once, for the column and the filter (one query, not one a lead).
    m_names = m_stakeholders.names(leadIds());
    rebuild();
    endResetModel();
    emit rollupsChanged();
}

QStringList PlanTreeModel::withPriority(const QString& actionId) const
{
    const Action* a = m_actionById.value(actionId);
    return {actionId, a ? a->priorityId : QString()};
}

void PlanTreeModel::recompute()
{
    m_priorityById.clear();
    m_actionById.clear();
    m_milestoneById.clear();
    for (const Priority& p : std::as_const(m_plan.priorities))
        m_priorityById.insert(p.meta.id, &p);
    for (const Action& a : std::as_const(m_plan.actions))
        m_actionById.insert(a.meta.id, &a);
    for (const Milestone& m : std::as_const(m_plan.milestones))
        m_milestoneById.insert(m.meta.id, &m);
    m_rollups = PlanRollups::compute(m_plan, m_today);
    emit rollupsChanged();
}

bool PlanTreeModel::shows(const Action& a) const
{
    if (!m_filter.statuses.isEmpty() && !m_filter.statuses.contains(a.status))
        return false;
    if (!m_filter.leadId.isEmpty() && a.leadId != m_filter.leadId)
        return false;
    if (!m_filter.themeId.isEmpty()) {
        const Priority* p = m_priorityById.value(a.priorityId);
        if (!p || p->themeId != m_filter.themeId)
            return false;
    }
    if (!m_filter.fundingSource.isEmpty()) {
        const bool funded = std::any_of(
            m_plan.budgetLines.cbegin(), m_plan.budgetLines.cend(), [&](const BudgetLine& b) {
                return b.actionId == a.meta.id && b.fundingSource == m_filter.fundingSource;
            });
        if (!funded)
            return false;
    }
    if (m_filter.lateOnly && m_rollups.action(a.meta.id).late == 0)
        return false;
    return true;
}

void PlanTreeModel::setToday(const QDate& today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (m_filter.lateOnly)
        reshape();
    else
        recompute();
    announceAll(m_root.get());
}

void PlanTreeModel::setFilter(const Filter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reshape();
}

PlanTreeModel::Node* PlanTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex PlanTreeModel::indexOfNode(const Node* node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node*>(node));
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* p = nodeOf(parent);
    if (!p || row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[std::size_t(row)].get());
}

QModelIndex PlanTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int PlanTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node* p = nodeOf(parent);
    return p ? int(p->children.size()) : 0;
}

int PlanTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

void PlanTreeModel::announceRow(const Node* node)
{
    if (!node)
        return;
    emit dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
}

void PlanTreeModel::announceAll(const Node* parent)
{
    if (parent->children.empty())
        return;
    const QModelIndex at = indexOfNode(parent);
    emit dataChanged(index(0, 0, at), index(int(parent->children.size()) - 1, ColumnCount - 1, at));
    for (const auto& child : parent->children)
        announceAll(child.get());
}

void PlanTreeModel::announceRollups(const QString& priorityId)
{
    announceRow(m_nodes.value(priorityId));
}

QModelIndex PlanTreeModel::indexOf(const QString& id) const
{
    return indexOfNode(m_nodes.value(id));
}

QString PlanTreeModel::idAt(const QModelIndex& index) const
{
    return index.isValid() ? nodeOf(index)->id : QString();
}

int PlanTreeModel::kindAt(const QModelIndex& index) const
{
    return index.isValid() ? nodeOf(index)->kind : -1;
}

std::optional<Action> PlanTreeModel::actionAt(const QModelIndex& index) const
{
    if (kindAt(index) != PlanRoles::ActionRow)
        return std::nullopt;
    const Action* a = m_actionById.value(idAt(index));
    return a ? std::optional<Action>(*a) : std::nullopt;
}

std::optional<Milestone> PlanTreeModel::milestoneAt(const QModelIndex& index) const
{
    if (kindAt(index) != PlanRoles::MilestoneRow)
        return std::nullopt;
    const Milestone* m = m_milestoneById.value(idAt(index));
    return m ? std::optional<Milestone>(*m) : std::nullopt;
}

QString PlanTreeModel::priorityIdAt(const QModelIndex& index) const
{
    const Node* node = index.isValid() ? nodeOf(index) : nullptr;
    while (node && node->kind != PlanRoles::PriorityRow)
        node = node->parent;
    return node ? node->id : QString();
}

QStringList PlanTreeModel::fundingSources() const
{
    // The same list, in the same order, as a budget line's editor offers.
    return m_actions.fundingSources();
}

QStringList PlanTreeModel::leadIds() const
{
    QStringList ids;
    for (const Action& a : m_plan.actions) {
        if (!a.leadId.isEmpty())
            ids << a.leadId;
    }
    ids.removeDuplicates();
    return ids;
}

QString PlanTreeModel::stakeholderName(const QString& id) const
{
    if (id.isEmpty())
        return {};
    auto it = m_names.constFind(id);
    if (it == m_names.cend()) {
        const std::optional<Stakeholder> s = m_stakeholders.stakeholder(id);
        it = m_names.insert(id, s ? s->name : QString());
    }
    return *it;
}

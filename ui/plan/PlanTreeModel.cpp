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
    // An edit of a record updates its row and the rollups above it; a record added or removed
    // changes the tree's shape, which is made again (rare next to edits and drags).
    connect(&actions, &ActionRepository::actionUpdated, this, [this](const Action& a) {
        const Action* before = m_actionById.value(a.meta.id);
        const bool moved =
            !before || before->priorityId != a.priorityId || before->position != a.position;
        replace(m_plan.actions, a);
        if (moved || !m_filter.isEmpty()) {
            onStructureChanged();
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
            onStructureChanged();
            return;
        }
        recompute();
        announceRow(m_nodes.value(p.meta.id));
    });
    connect(&plan, &PlanRepository::documentChanged, this,
            [this](const PlanDocument& d) { m_plan.document = d; });
    connect(&actions, &ActionRepository::actionAdded, this, [this](const Action& a) {
        m_plan.actions.append(a);
        onStructureChanged();
    });
    connect(&actions, &ActionRepository::actionRemoved, this, [this](const QString& id) {
        erase(m_plan.actions, id);
        onStructureChanged();
    });
    connect(&actions, &ActionRepository::milestoneAdded, this, [this](const Milestone& m) {
        m_plan.milestones.append(m);
        onStructureChanged();
    });
    connect(&actions, &ActionRepository::milestoneRemoved, this, [this](const QString& id) {
        erase(m_plan.milestones, id);
        onStructureChanged();
    });
    connect(&plan, &PlanRepository::priorityAdded, this, [this](const Priority& p) {
        m_plan.priorities.append(p);
        onStructureChanged();
    });
    connect(&plan, &PlanRepository::priorityRemoved, this, [this](const QString& id) {
        erase(m_plan.priorities, id);
        onStructureChanged();
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
    rebuild();
    endResetModel();
    emit rollupsChanged();
}

void PlanTreeModel::onStructureChanged()
{
    beginResetModel();
    rebuild();
    endResetModel();
    emit rollupsChanged();
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

void PlanTreeModel::rebuild()
{
    recompute();
    m_root = std::make_unique<Node>();
    m_nodes.clear();
    // Priorities by rank (as the repository gives them), actions by position, milestones by
    // due date: the orders of the document and of the council report.
    QList<const Action*> actions;
    for (const Action& a : std::as_const(m_plan.actions))
        actions << &a;
    std::stable_sort(actions.begin(), actions.end(), [](const Action* x, const Action* y) {
        return std::tie(x->position, x->startDate) < std::tie(y->position, y->startDate);
    });
    QList<const Milestone*> milestones;
    for (const Milestone& m : std::as_const(m_plan.milestones))
        milestones << &m;
    std::stable_sort(
        milestones.begin(), milestones.end(),
        [](const Milestone* x, const Milestone* y) { return x->dueDate < y->dueDate; });
    QList<const Priority*> priorities;
    for (const Priority& p : std::as_const(m_plan.priorities))
        priorities << &p;
    std::stable_sort(priorities.begin(), priorities.end(),
                     [](const Priority* x, const Priority* y) {
                         return std::tie(x->rank, x->title) < std::tie(y->rank, y->title);
                     });
    for (const Priority* p : std::as_const(priorities)) {
        auto node = std::make_unique<Node>();
        node->kind = PlanRoles::PriorityRow;
        node->id = p->meta.id;
        node->parent = m_root.get();
        m_nodes.insert(p->meta.id, node.get());
        m_root->children.push_back(std::move(node));
    }
    for (const Action* a : std::as_const(actions)) {
        Node* parent = m_nodes.value(a->priorityId);
        if (!parent || !shows(*a))
            continue;
        auto node = std::make_unique<Node>();
        node->kind = PlanRoles::ActionRow;
        node->id = a->meta.id;
        node->parent = parent;
        m_nodes.insert(a->meta.id, node.get());
        parent->children.push_back(std::move(node));
    }
    for (const Milestone* m : std::as_const(milestones)) {
        Node* parent = m_nodes.value(m->actionId);
        if (!parent)
            continue;
        auto node = std::make_unique<Node>();
        node->kind = PlanRoles::MilestoneRow;
        node->id = m->meta.id;
        node->parent = parent;
        m_nodes.insert(m->meta.id, node.get());
        parent->children.push_back(std::move(node));
    }
    // A filter on actions hides the priorities left without any.
    if (!m_filter.isEmpty()) {
        auto& list = m_root->children;
        for (auto it = list.begin(); it != list.end();) {
            if ((*it)->children.empty()) {
                m_nodes.remove((*it)->id);
                it = list.erase(it);
            } else {
                ++it;
            }
        }
    }
}

void PlanTreeModel::setToday(const QDate& today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (m_filter.lateOnly) {
        onStructureChanged();
        return;
    }
    recompute();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PlanTreeModel::setFilter(const Filter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    onStructureChanged();
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

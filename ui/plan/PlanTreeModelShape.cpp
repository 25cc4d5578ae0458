// SPDX-License-Identifier: GPL-3.0-or-later
// The shape of the plan's tree (which rows, in which order) and how a changed shape reaches the
// views: the rows that went are removed, the new ones inserted, the ones that changed place
// moved, so that a view keeps its selection, its expanded rows and its scroll position.
#include "PlanRoles.h"
#include "PlanTreeNode.h"

#include <algorithm>

struct PlanTreeModel::Shape
{
    // Parent id ("" for the top) -> its children's ids, in order.
    QHash<QString, QStringList> children;
    // Child id -> its parent's id.
    QHash<QString, QString> parentOf;
};

namespace {

int childKind(int parentKind, bool isRoot)
{
    if (isRoot)
        return PlanRoles::PriorityRow;
    return parentKind == PlanRoles::PriorityRow ? PlanRoles::ActionRow : PlanRoles::MilestoneRow;
}

} // namespace

PlanTreeModel::Shape PlanTreeModel::wantedShape() const
{
    Shape shape;
    // Priorities by rank (as the repository gives them), actions by position, milestones by
    // due date: the orders of the document and of the council report.
    QList<const Priority*> priorities;
    for (const Priority& p : std::as_const(m_plan.priorities))
        priorities << &p;
    std::stable_sort(priorities.begin(), priorities.end(),
                     [](const Priority* x, const Priority* y) {
                         return std::tie(x->rank, x->title) < std::tie(y->rank, y->title);
                     });
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

    QSet<QString> shownActions;
    for (const Action* a : std::as_const(actions)) {
        if (m_priorityById.contains(a->priorityId) && shows(*a)) {
            shape.children[a->priorityId] << a->meta.id;
            shownActions.insert(a->meta.id);
        }
    }
    for (const Milestone* m : std::as_const(milestones)) {
        if (shownActions.contains(m->actionId))
            shape.children[m->actionId] << m->meta.id;
    }
    // A filter on actions hides the priorities left without any.
    QStringList& top = shape.children[QString()];
    for (const Priority* p : std::as_const(priorities)) {
        if (m_filter.isEmpty() || shape.children.contains(p->meta.id))
            top << p->meta.id;
    }
    for (auto it = shape.children.cbegin(); it != shape.children.cend(); ++it) {
        for (const QString& child : it.value())
            shape.parentOf.insert(child, it.key());
    }
    return shape;
}

std::unique_ptr<PlanTreeModel::Node> PlanTreeModel::makeNode(int kind, const QString& id,
                                                             Node* parent, const Shape& shape)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->id = id;
    node->parent = parent;
    m_nodes.insert(id, node.get());
    for (const QString& child : shape.children.value(id))
        node->children.push_back(makeNode(childKind(kind, false), child, node.get(), shape));
    return node;
}

void PlanTreeModel::forget(const Node* node)
{
    // A record may already have its new row (made under a parent shown anew).
    if (m_nodes.value(node->id) == node)
        m_nodes.remove(node->id);
    for (const auto& child : node->children)
        forget(child.get());
}

void PlanTreeModel::rebuild()
{
    recompute();
    m_nodes.clear();
    const Shape shape = wantedShape();
    m_root = std::make_unique<Node>();
    for (const QString& id : shape.children.value(QString()))
        m_root->children.push_back(makeNode(PlanRoles::PriorityRow, id, m_root.get(), shape));
}

void PlanTreeModel::reshape(const QStringList& touched)
{
    recompute();
    const Shape shape = wantedShape();
    moveToWantedParents(shape);
    sync(m_root.get(), shape);
    for (const QString& id : touched)
        announceRow(m_nodes.value(id));
}

void PlanTreeModel::moveToWantedParents(const Shape& shape)
{
    // Rows whose parent changed (an action given to another priority) move first, to the end of
    // their new parent: sync() then puts them in order there, and a view keeps them selected.
    const QList<Node*> nodes = m_nodes.values();
    for (Node* node : nodes) {
        if (node->parent == m_root.get() || !shape.parentOf.contains(node->id))
            continue;
        Node* wanted = m_nodes.value(shape.parentOf.value(node->id));
        if (!wanted || wanted == node->parent)
            continue;
        Node* from = node->parent;
        const int fromRow = node->row();
        const int to = int(wanted->children.size());
        beginMoveRows(indexOfNode(from), fromRow, fromRow, indexOfNode(wanted), to);
        std::unique_ptr<Node> moving = std::move(from->children[std::size_t(fromRow)]);
        from->children.erase(from->children.begin() + fromRow);
        moving->parent = wanted;
        wanted->children.push_back(std::move(moving));
        endMoveRows();
    }
}

void PlanTreeModel::sync(Node* parent, const Shape& shape)
{
    const bool isRoot = parent == m_root.get();
    const QStringList wanted = shape.children.value(isRoot ? QString() : parent->id);
    const QSet<QString> kept(wanted.cbegin(), wanted.cend());
    auto& children = parent->children;
    const QModelIndex parentIndex = indexOfNode(parent);

    // The rows that went, in runs from the end so that the rows before keep their numbers.
    for (int last = int(children.size()) - 1; last >= 0;) {
        if (kept.contains(children[std::size_t(last)]->id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !kept.contains(children[std::size_t(first - 1)]->id))
            --first;
        beginRemoveRows(parentIndex, first, last);
        for (int row = first; row <= last; ++row)
            forget(children[std::size_t(row)].get());
        children.erase(children.begin() + first, children.begin() + last + 1);
        endRemoveRows();
        last = first - 1;
    }

    // Row by row, the wanted record is where it belongs: already there, moved up from further
    // down, or new (consecutive new rows in one insertion).
    for (int row = 0; row < int(wanted.size());) {
        if (row < int(children.size()) && children[std::size_t(row)]->id == wanted.at(row)) {
            ++row;
            continue;
        }
        // Moved here from further down (or from a parent that sync() has not reached yet): a
        // move keeps its selection and its milestones.
        if (Node* existing = m_nodes.value(wanted.at(row))) {
            Node* from = existing->parent;
            const int fromRow = existing->row();
            beginMoveRows(indexOfNode(from), fromRow, fromRow, parentIndex, row);
            std::unique_ptr<Node> moving = std::move(from->children[std::size_t(fromRow)]);
            from->children.erase(from->children.begin() + fromRow);
            moving->parent = parent;
            children.insert(children.begin() + row, std::move(moving));
            endMoveRows();
            ++row;
            continue;
        }
        int end = row;
        while (end < int(wanted.size()) && !m_nodes.contains(wanted.at(end)))
            ++end;
        beginInsertRows(parentIndex, row, end - 1);
        for (int i = row; i < end; ++i)
            children.insert(children.begin() + i,
                            makeNode(childKind(parent->kind, isRoot), wanted.at(i), parent, shape));
        endInsertRows();
        row = end;
    }

    for (const auto& child : children)
        sync(child.get(), shape);
}

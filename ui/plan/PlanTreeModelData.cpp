// SPDX-License-Identifier: GPL-3.0-or-later
// What each row of the plan's tree shows: its columns, the PlanRoles the timeline reads, and
// the colours and tooltips that explain a late row.
#include "PlanRoles.h"
#include "PlanTreeNode.h"
#include "common/DateText.h"
#include "common/Money.h"
#include "common/NumberText.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>

namespace {

QString date(const QDate& d)
{
    return d.isValid() ? DateText::shown(d) : QString();
}

QString percent(double share)
{
    return NumberText::percent(share);
}

} // namespace

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Priority, action, milestone");
    case LeadColumn:
        return tr("Lead");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End or due");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case BudgetColumn:
        return tr("Spent of planned");
    case LateColumn:
        return tr("Late");
    }
    return {};
}

QVariant PlanTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    if (role >= PlanRoles::RowKindRole)
        return index.column() == 0 ? roleOf(node, role) : QVariant();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return displayOf(node, index.column());
    if (role == Qt::TextAlignmentRole &&
        (index.column() == ProgressColumn || index.column() == BudgetColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == LateColumn &&
        roleOf(node, PlanRoles::LateRole).toBool())
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::FontRole && node->kind == PlanRoles::PriorityRow) {
        QFont bold = QGuiApplication::font();
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant PlanTreeModel::roleOf(const Node* node, int role) const
{
    using namespace PlanRoles;
    if (role == RowKindRole)
        return node->kind;
    if (node->kind == ActionRow) {
        const Action* a = m_actionById.value(node->id);
        if (!a)
            return {};
        switch (role) {
        case StartDateRole:
            return a->startDate;
        case EndDateRole:
            return a->endDate;
        case BaselineStartRole:
            return a->baselineStart;
        case BaselineEndRole:
            return a->baselineEnd;
        case StatusRole:
            return Action::toText(a->status);
        case LateRole:
            return m_rollups.action(a->meta.id).late > 0;
        default:
            return {};
        }
    }
    if (node->kind == MilestoneRow) {
        const Milestone* m = m_milestoneById.value(node->id);
        if (!m)
            return {};
        switch (role) {
        case DueDateRole:
            return m->dueDate;
        case DoneOnRole:
            return m->doneOn;
        case BaselineDueRole:
            return m->baselineDue;
        case LateRole:
            return m->isLate(m_today);
        default:
            return {};
        }
    }
    if (role == LateRole)
        return m_rollups.priority(node->id).late > 0;
    return {};
}

QVariant PlanTreeModel::displayOf(const Node* node, int column) const
{
    using namespace PlanRoles;
    if (node->kind == MilestoneRow) {
        const Milestone* m = m_milestoneById.value(node->id);
        if (!m)
            return {};
        switch (column) {
        case TitleColumn:
            return m->title;
        case EndColumn:
            return date(m->dueDate);
        case StatusColumn:
            return m->isDone() ? tr("Done on %1").arg(date(m->doneOn))
                               : (m->isLate(m_today) ? tr("Overdue") : tr("To do"));
        case LateColumn:
            return m->isLate(m_today) ? tr("Late") : QString();
        default:
            return {};
        }
    }
    const bool isAction = node->kind == ActionRow;
    const PlanRollup& r = isAction ? m_rollups.action(node->id) : m_rollups.priority(node->id);
    const QString currency = PlanRollups::mainCurrency(r);
    const MoneyTotals totals = r.byCurrency.value(currency);
    switch (column) {
    case ProgressColumn:
        return r.actions > 0 ? percent(r.progress) : QString();
    case BudgetColumn:
        return totals.plannedCents > 0 || totals.spentCents > 0
                   ? tr("%1 of %2")
                         .arg(Money::format(totals.spentCents, currency),
                              Money::format(totals.plannedCents, currency))
                   : QString();
    default:
        break;
    }
    if (isAction) {
        const Action* a = m_actionById.value(node->id);
        if (!a)
            return {};
        switch (column) {
        case TitleColumn:
            return a->title;
        case LeadColumn:
            return stakeholderName(a->leadId);
        case StartColumn:
            return date(a->startDate);
        case EndColumn: {
            const int slip = PlanRollups::slippageDays(*a);
            return slip > 0 ? tr("%1 (%n day(s) later than adopted)", nullptr, slip)
                                  .arg(date(a->endDate))
                            : date(a->endDate);
        }
        case StatusColumn:
            return Action::label(a->status);
        case LateColumn:
            return r.late > 0 ? tr("Late") : QString();
        }
        return {};
    }
    const Priority* p = m_priorityById.value(node->id);
    if (!p)
        return {};
    switch (column) {
    case TitleColumn:
        return p->rank > 0 ? tr("%1. %2").arg(p->rank).arg(p->title) : p->title;
    case StatusColumn:
        return Priority::label(p->status);
    case LateColumn:
        return r.late > 0 ? tr("%n late", nullptr, r.late) : QString();
    }
    return {};
}

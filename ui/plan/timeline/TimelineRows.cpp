// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineRows.h"

#include <QHeaderView>
#include <QTreeView>

TimelineRows::TimelineRows(QTreeView* tree) : m_tree(tree) {}

int TimelineRows::probeColumn() const
{
    const QHeaderView* header = m_tree->header();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            return logical;
    }
    return 0;
}

QModelIndex TimelineRows::rowAt(int y) const
{
    const int column = probeColumn();
    // indexAt wants a point in a column; any x inside the column will do, on screen or not.
    const int x = m_tree->columnViewportPosition(column) + 1;
    const QModelIndex index = m_tree->indexAt(QPoint(x, y));
    return index.isValid() ? index.siblingAtColumn(0) : QModelIndex();
}

QRect TimelineRows::rowRect(const QModelIndex& index, int width) const
{
    if (!index.isValid())
        return {};
    const QRect cell = m_tree->visualRect(index.siblingAtColumn(probeColumn()));
    if (cell.isEmpty())
        return {};
    return {0, cell.top(), width, cell.height()};
}

void TimelineRows::forEachRow(
    int top, int bottom, int width,
    const std::function<void(const QModelIndex&, const QRect&)>& visit) const
{
    for (QModelIndex index = rowAt(top); index.isValid(); index = m_tree->indexBelow(index)) {
        const QRect rect = rowRect(index, width);
        if (rect.isEmpty() || rect.top() > bottom)
            break;
        visit(index.siblingAtColumn(0), rect);
    }
}

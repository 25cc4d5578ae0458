// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QRect>

#include <functional>

class QTreeView;

// The rows of the timeline are the tree's visible rows, where the tree has them: this asks the
// tree (indexAt, visualRect, indexBelow) instead of keeping a copy of what is expanded, so
// expanding, collapsing, scrolling or a taller row can never put the two out of line. Only the
// rows on screen are visited: the tree has its own index of visible rows.
class TimelineRows
{
public:
    explicit TimelineRows(QTreeView* tree);

    // The row (column 0) at y of the tree's viewport, which is also the timeline's.
    QModelIndex rowAt(int y) const;
    // The row's top and height on the viewport, as a rectangle width wide; empty when the row
    // is not shown (under a collapsed parent).
    QRect rowRect(const QModelIndex& index, int width) const;
    // Calls visit(index, rect) for each row that meets [top, bottom], in order.
    void forEachRow(int top, int bottom, int width,
                    const std::function<void(const QModelIndex&, const QRect&)>& visit) const;

private:
    // A column of the tree that is not hidden: visualRect is empty for a hidden column.
    int probeColumn() const;

    QTreeView* m_tree;
};

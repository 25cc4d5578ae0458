// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <optional>

struct GVC_s;

// Places the nodes of the relations network with Graphviz (a proven force-directed layout:
// sfdp for big graphs, neato when some nodes must stay where the officer put them). Nodes that
// already have a position keep it exactly; the others are placed around them. Coordinates are
// in points, y growing downwards as on screen.
class NetworkLayout
{
public:
    struct Node
    {
        QString id;
        // Where the node must stay; empty to let the layout place it.
        std::optional<QPointF> position;
        // The room the node takes with its label, so that labels do not overlap.
        QSizeF size{60, 20};
    };
    struct Edge
    {
        QString from;
        QString to;
        // Stronger ties pull their ends closer together (1 = weakest).
        double weight = 1;
    };

    NetworkLayout();
    ~NetworkLayout();
    NetworkLayout(const NetworkLayout&) = delete;
    NetworkLayout& operator=(const NetworkLayout&) = delete;

    // Positions by node id; every node gets one (edges to unknown ids are ignored). Empty when
    // there are no nodes, or when Graphviz could not lay the graph out. The same nodes and
    // edges, in whatever order, are placed the same way.
    QHash<QString, QPointF> layout(QList<Node> nodes, QList<Edge> edges);
    // Laid out to be shown in a view of that shape (width / height): a small network is drawn
    // a few ways and the one that fills the view best, fitted, is kept, so that its names come
    // out as large as they can. Big ones (sfdp, fdp) are drawn as layout() draws them.
    QHash<QString, QPointF> layoutToFit(const QList<Node>& nodes, const QList<Edge>& edges,
                                        double aspect);
    // How large a network drawn at these positions shows when fitted in a view of that shape
    // (relative: only comparisons between layouts mean something).
    static double fittedScale(const QList<Node>& nodes, const QHash<QString, QPointF>& positions,
                              double aspect);

    // How much taller than wide the centres of a small network are drawn before the overlaps
    // are removed: 2 suits a screen (labels are far wider than tall, and the result is about
    // as tall as wide); a figure on a page, wider than tall, wants less.
    void setStretch(double stretch) { m_stretch = stretch; }

    // The Graphviz engine layout() picks for a graph of that size.
    static QString engineFor(int nodeCount, bool hasPinned);

private:
    // The layout, then for small networks laid out afresh the overlaps removed from the centres
    // drawn together by each (across, down) scale in turn, keeping the drawing that fits a view
    // of that aspect best (the first when aspect is 0).
    QHash<QString, QPointF> place(QList<Node> nodes, QList<Edge> edges,
                                  const QList<QPointF>& scales, double aspect);

    GVC_s* m_context;
    double m_stretch = 2;
};

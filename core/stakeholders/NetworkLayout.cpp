// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkLayout.h"

#include <QByteArray>
#include <QMutex>
#include <QMutexLocker>
#include <QRectF>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace {

constexpr double pointsPerInch = 72.0;
// Beyond this, neato's stress majorization takes seconds: sfdp's multilevel method takes over.
constexpr int neatoLimit = 300;
// How the centres of a first layout are drawn together and upright before overlaps are removed.
constexpr double shrink = 0.5;

// Graphviz keeps global state (plugin tables, error handlers, layout parameters), so two
// layouts must never run at the same time, whichever NetworkLayout runs them.
QMutex& graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

void set(void* object, const char* name, const QByteArray& value)
{
    agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.constData()),
              const_cast<char*>(""));
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 4);
}

} // namespace

NetworkLayout::NetworkLayout()
{
    QMutexLocker lock(&graphvizMutex());
    m_context = gvContext();
}

NetworkLayout::~NetworkLayout()
{
    QMutexLocker lock(&graphvizMutex());
    gvFreeContext(m_context);
}

QString NetworkLayout::engineFor(int nodeCount, bool hasPinned)
{
    if (nodeCount <= neatoLimit)
        return QStringLiteral("neato");
    return hasPinned ? QStringLiteral("fdp") : QStringLiteral("sfdp");
}

QHash<QString, QPointF> NetworkLayout::layout(QList<Node> nodes, QList<Edge> edges)
{
    return place(std::move(nodes), std::move(edges), {QPointF(shrink, shrink * m_stretch)}, 0);
}

double NetworkLayout::fittedScale(const QList<Node>& nodes,
                                  const QHash<QString, QPointF>& positions, double aspect)
{
    QRectF bounds;
    for (const Node& node : nodes) {
        const auto it = positions.constFind(node.id);
        if (it == positions.cend())
            return 0;
        QRectF box(QPointF(), node.size);
        box.moveCenter(*it);
        bounds = bounds.isNull() ? box : bounds.united(box);
    }
    if (bounds.width() <= 0 || bounds.height() <= 0 || aspect <= 0)
        return 0;
    // A view of that shape, 1 unit high: the scale that fits the drawing in it.
    return std::min(aspect / bounds.width(), 1.0 / bounds.height());
}

QHash<QString, QPointF> NetworkLayout::layoutToFit(const QList<Node>& nodes,
                                                   const QList<Edge>& edges, double aspect)
{
    // How far the first layout's centres are drawn together across and down before the
    // overlaps are removed. The overlaps go mostly by moving labels up and down (they are far
    // wider than tall), so the width across decides the shape: a few widths are tried and the
    // one that fills the view best is kept. Each try is one overlap removal, milliseconds.
    // Bigger networks, each try costing more, try the middle widths only.
    const QList<double> widths = nodes.size() <= 150
                                     ? QList<double>{0.35, 0.5, 0.6, 0.7, 0.8, 0.9, 1.2}
                                     : QList<double>{0.5, 0.7, 0.9};
    QList<QPointF> scales;
    for (const double across : widths)
        scales << QPointF(across, 0.25);
    return place(nodes, edges, scales, std::clamp(aspect, 0.2, 5.0));
}

QHash<QString, QPointF> NetworkLayout::place(QList<Node> nodes, QList<Edge> edges,
                                             const QList<QPointF>& scales, double aspect)
{
    // Graphviz's result depends on the order it is given; callers' orders come from hashes.
    std::sort(nodes.begin(), nodes.end(), [](const Node& a, const Node& b) { return a.id < b.id; });
    std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
        return std::tie(a.from, a.to, a.weight) < std::tie(b.from, b.to, b.weight);
    });
    QHash<QString, QPointF> positions;
    if (nodes.isEmpty() || !m_context)
        return positions;

    bool hasPinned = false;
    for (const Node& node : nodes)
        hasPinned = hasPinned || node.position.has_value();
    if (hasPinned && std::all_of(nodes.begin(), nodes.end(),
                                 [](const Node& n) { return n.position.has_value(); })) {
        for (const Node& node : nodes)
            positions.insert(node.id, *node.position);
        return positions;
    }

    QMutexLocker lock(&graphvizMutex());
    Agraph_t* graph = agopen(const_cast<char*>("network"), Agundirected, nullptr);
    const QByteArray engine = engineFor(int(nodes.size()), hasPinned).toLatin1();
    // Networks of a size to be read whole are packed in two passes (below); in big ones, too
    // many labels to read at once anyway, Graphviz's one pass is faster.
    const bool compact = !hasPinned && engine == "neato";
    set(graph, "overlap", compact || hasPinned ? "false" : "prism");
    // Graphviz otherwise spreads the drawing to four times the nodes' size (see below).
    if (compact)
        set(graph, "overlap_scaling", "0");
    set(graph, "sep", "+6");
    // Pinned nodes must come back exactly where they were, not shifted to the origin.
    set(graph, "notranslate", "true");
    set(graph, "splines", "false");
    set(graph, "outputorder", "edgesfirst");
    set(graph, "start", "7"); // fixed seeds: the same graph is laid out the same way

    QHash<QString, Agnode_t*> byId;
    byId.reserve(nodes.size());
    for (const Node& node : nodes) {
        QByteArray name = node.id.toUtf8();
        Agnode_t* n = agnode(graph, name.data(), 1);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "label", "");
        set(n, "width", number(std::max(node.size.width(), 1.0) / pointsPerInch));
        set(n, "height", number(std::max(node.size.height(), 1.0) / pointsPerInch));
        if (node.position) {
            // Graphviz's y axis grows upwards and its input positions are in inches.
            set(n, "pos",
                number(node.position->x() / pointsPerInch) + ',' +
                    number(-node.position->y() / pointsPerInch) + '!');
            set(n, "pin", "true");
        }
        byId.insert(node.id, n);
    }
    for (const Edge& edge : edges) {
        Agnode_t* from = byId.value(edge.from);
        Agnode_t* to = byId.value(edge.to);
        if (!from || !to || from == to)
            continue;
        Agedge_t* e = agedge(graph, from, to, nullptr, 1);
        set(e, "weight", number(std::max(edge.weight, 0.1)));
        // Strong ties are drawn shorter (neato reads len, sfdp reads K through weight).
        set(e, "len", number(1 - std::min(edge.weight, 5.0) * 0.09));
    }

    const auto read = [&] {
        QHash<QString, QPointF> placed;
        for (const Node& node : nodes) {
            const pointf& p = ND_coord(byId.value(node.id));
            if (node.position)
                placed.insert(node.id, *node.position);
            else if (std::isfinite(p.x) && std::isfinite(p.y))
                placed.insert(node.id, QPointF(p.x, -p.y));
        }
        return placed.size() == nodes.size() ? placed : QHash<QString, QPointF>();
    };
    if (!compact) {
        if (gvLayout(m_context, graph, engine.constData()) == 0) {
            positions = read();
            gvFreeLayout(m_context, graph);
        }
        agclose(graph);
        return positions;
    }
    // Overlaps are removed in a second pass, not by Graphviz's default (prism on a drawing
    // first spread to four times the nodes' size), which leaves a sparse, flat picture too
    // small to read once fitted in the view. The centres are drawn closer, so that every label
    // overlaps its neighbours; vpsc then moves them apart as little as needed, with room left
    // between rows for the edges. Fitting a view, a few first layouts (seeds) and scales are
    // tried and the drawing that fits best is kept: how a network falls out of one seed
    // varies from file to file (fitted on a laptop, 0.45 to 0.8 for the demo city).
    // Five seeds for a city's usual few dozen stakeholders (about 60 ms for forty), fewer as the
    // network grows: up to 300 nodes are laid out while the officer waits.
    const qsizetype seedCount = aspect <= 0           ? 1
                                : nodes.size() <= 60  ? 5
                                : nodes.size() <= 150 ? 2
                                                      : 1;
    const QList<QByteArray> seeds =
        QList<QByteArray>{"7", "11", "23", "31", "47"}.mid(0, seedCount);
    double best = -1;
    for (const QByteArray& seed : seeds) {
        set(graph, "overlap", "false");
        set(graph, "sep", "+6");
        set(graph, "start", seed);
        for (Agnode_t* n : std::as_const(byId))
            set(n, "pos", QByteArray());
        if (gvLayout(m_context, graph, engine.constData()) != 0)
            continue;
        QHash<Agnode_t*, pointf> first;
        for (Agnode_t* n : std::as_const(byId))
            first.insert(n, ND_coord(n));
        gvFreeLayout(m_context, graph);
        set(graph, "overlap", "vpsc");
        set(graph, "sep", "+6,14");
        for (const QPointF& scale : scales) {
            for (auto it = first.cbegin(); it != first.cend(); ++it)
                set(it.key(), "pos",
                    number(it.value().x * scale.x()) + ',' + number(it.value().y * scale.y()));
            // With every node given a place, "nop" only removes the overlaps.
            if (gvLayout(m_context, graph, "nop") != 0)
                continue;
            QHash<QString, QPointF> tried = read();
            gvFreeLayout(m_context, graph);
            const double fitted = aspect > 0 ? fittedScale(nodes, tried, aspect) : 0;
            if (!tried.isEmpty() && fitted > best) {
                best = fitted;
                positions = std::move(tried);
            }
        }
    }
    agclose(graph);
    return positions;
}

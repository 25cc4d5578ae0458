// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkLayout.h"

#include <QByteArray>
#include <QMutex>
#include <QMutexLocker>

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
    return layout(std::move(nodes), std::move(edges), m_stretch);
}

QHash<QString, QPointF> NetworkLayout::layout(QList<Node> nodes, QList<Edge> edges, double stretch)
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
    set(graph, "start", "7"); // a fixed seed: the same graph is laid out the same way

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

    bool done = gvLayout(m_context, graph, engine.constData()) == 0;
    if (done && compact) {
        // Overlaps are removed in a second pass, not by Graphviz's default (prism on a drawing
        // first spread to four times the nodes' size), which leaves a sparse, flat picture too
        // small to read once fitted in the view. The centres are drawn closer, so that every
        // label overlaps its neighbours, and stretched upright, because labels are far wider
        // than tall; vpsc then moves them apart as little as needed, with room left between
        // rows for the edges: a compact network about as tall as wide.
        for (Agnode_t* n : std::as_const(byId)) {
            const pointf p = ND_coord(n);
            set(n, "pos", number(p.x * shrink) + ',' + number(p.y * shrink * stretch));
        }
        gvFreeLayout(m_context, graph);
        set(graph, "overlap", "vpsc");
        set(graph, "sep", "+6,14");
        // With every node given a place, "nop" only removes the overlaps.
        done = gvLayout(m_context, graph, "nop") == 0;
    }
    if (done) {
        for (const Node& node : nodes) {
            Agnode_t* n = byId.value(node.id);
            if (node.position) {
                positions.insert(node.id, *node.position);
                continue;
            }
            const pointf& p = ND_coord(n);
            if (std::isfinite(p.x) && std::isfinite(p.y))
                positions.insert(node.id, QPointF(p.x, -p.y));
        }
        gvFreeLayout(m_context, graph);
    }
    agclose(graph);
    if (positions.size() != nodes.size())
        positions.clear();
    return positions;
}

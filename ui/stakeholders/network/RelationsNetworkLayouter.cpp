// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationsNetworkLayouter.h"

#include <QCryptographicHash>

#include <algorithm>
#include <tuple>

RelationsNetworkLayouter::RelationsNetworkLayouter(QObject* parent)
    : QObject(parent), m_layout(std::make_shared<NetworkLayout>())
{
}

RelationsNetworkLayouter::~RelationsNetworkLayouter()
{
    // Graphviz cannot be interrupted; a layout under way finishes (seconds at most) before
    // the view goes, so that none is left running when the program ends.
    for (const QPointer<QThread>& thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

namespace {

QByteArray digest(const QList<NetworkLayout::Node>& nodes, const QList<NetworkLayout::Edge>& edges,
                  double aspect)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const auto& value) {
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&value), sizeof value));
    };
    add(aspect);
    // Nodes and edges come in no set order: the same request in any order, the same digest.
    QList<NetworkLayout::Node> sorted = nodes;
    std::sort(
        sorted.begin(), sorted.end(),
        [](const NetworkLayout::Node& a, const NetworkLayout::Node& b) { return a.id < b.id; });
    for (const NetworkLayout::Node& node : std::as_const(sorted)) {
        hash.addData(node.id.toUtf8());
        add(node.size.width());
        add(node.size.height());
        add(node.position.value_or(QPointF(qQNaN(), qQNaN())).x());
        add(node.position.value_or(QPointF(qQNaN(), qQNaN())).y());
    }
    QList<NetworkLayout::Edge> sortedEdges = edges;
    std::sort(sortedEdges.begin(), sortedEdges.end(),
              [](const NetworkLayout::Edge& a, const NetworkLayout::Edge& b) {
                  return std::tie(a.from, a.to, a.weight) < std::tie(b.from, b.to, b.weight);
              });
    for (const NetworkLayout::Edge& edge : std::as_const(sortedEdges)) {
        hash.addData(edge.from.toUtf8());
        hash.addData(edge.to.toUtf8());
        add(edge.weight);
    }
    return hash.result();
}

} // namespace

void RelationsNetworkLayouter::fitTo(const QSize& viewSize)
{
    if (viewSize.width() > 0 && viewSize.height() > 0)
        m_aspect = double(viewSize.width()) / viewSize.height();
}

void RelationsNetworkLayouter::cancel()
{
    ++m_generation;
    if (m_awaiting) {
        m_awaiting = false;
        emit busyChanged(false);
    }
}

void RelationsNetworkLayouter::run(const QList<NetworkLayout::Node>& nodes,
                                   const QList<NetworkLayout::Edge>& edges, Done done)
{
    const QByteArray request = digest(nodes, edges, m_aspect);
    if (m_awaiting && request == m_awaitedRequest) {
        m_done = std::move(done);
        return;
    }
    cancel();
    const int generation = m_generation;
    // A cancelled layout still running holds Graphviz: even a small one waits on a thread.
    const bool graphvizFree =
        std::none_of(m_threads.cbegin(), m_threads.cend(),
                     [](const QPointer<QThread>& t) { return t && t->isRunning(); });
    if (nodes.size() <= synchronousLimit && graphvizFree) {
        done(m_layout->layoutToFit(nodes, edges, m_aspect));
        return;
    }
    auto result = std::make_shared<QHash<QString, QPointF>>();
    QThread* thread = QThread::create([layout = m_layout, result, nodes, edges, aspect = m_aspect] {
        *result = layout->layoutToFit(nodes, edges, aspect);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, generation, result] {
        m_threads.removeAll(nullptr);
        if (generation != m_generation)
            return;
        m_awaiting = false;
        emit busyChanged(false);
        const Done done = std::move(m_done);
        done(*result);
    });
    m_threads.append(thread);
    m_done = std::move(done);
    m_awaitedRequest = request;
    m_awaiting = true;
    emit busyChanged(true);
    thread->start(QThread::LowPriority);
}

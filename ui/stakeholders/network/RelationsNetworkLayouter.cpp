// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationsNetworkLayouter.h"

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

void RelationsNetworkLayouter::run(const QList<NetworkLayout::Node>& nodes,
                                   const QList<NetworkLayout::Edge>& edges, Done done)
{
    const int generation = ++m_generation;
    if (nodes.size() <= synchronousLimit) {
        done(m_layout->layout(nodes, edges));
        return;
    }
    auto result = std::make_shared<QHash<QString, QPointF>>();
    QThread* thread = QThread::create(
        [layout = m_layout, result, nodes, edges] { *result = layout->layout(nodes, edges); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, generation, result, done] {
        --m_running;
        m_threads.removeAll(nullptr);
        emit busyChanged(isBusy());
        if (generation == m_generation)
            done(*result);
    });
    m_threads.append(thread);
    ++m_running;
    emit busyChanged(true);
    thread->start(QThread::LowPriority);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/NetworkLayout.h"

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QThread>

#include <functional>
#include <memory>

// Runs NetworkLayout for the network view: small graphs at once, big ones (seconds of Graphviz
// work) on a worker thread so that the window stays responsive. A newer request or cancel()
// drops the answer of an older one. Graphviz cannot be interrupted: a cancelled layout runs on
// to its end on its thread, unseen, and the next one waits for it.
class RelationsNetworkLayouter : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QHash<QString, QPointF>&)>;
    // Up to this many nodes the layout takes well under a second: no thread.
    static constexpr int synchronousLimit = 300;

    explicit RelationsNetworkLayouter(QObject* parent = nullptr);
    ~RelationsNetworkLayouter() override;

    // Calls done with the positions (at once, or later on this object's thread). The same
    // request as the one under way (the network rebuilt with nothing changed) waits for its
    // answer rather than start again.
    void run(const QList<NetworkLayout::Node>& nodes, const QList<NetworkLayout::Edge>& edges,
             Done done);
    // Networks are drawn to the shape of the view they are shown in (see
    // NetworkLayout::layoutToFit): fitted, they come out larger, their names easier to read.
    void fitTo(const QSize& viewSize);
    // The answer awaited is no longer wanted.
    void cancel();
    // Whether an answer is awaited (a cancelled layout still running does not count).
    bool isBusy() const { return m_awaiting; }

signals:
    void busyChanged(bool busy);

private:
    // Shared with the worker threads, which may outlive this object.
    std::shared_ptr<NetworkLayout> m_layout;
    QList<QPointer<QThread>> m_threads;
    double m_aspect = 1.5;
    int m_generation = 0;
    bool m_awaiting = false;
    // What the layout under way was asked (a digest of its nodes, edges and shape), and whom
    // to give its answer.
    QByteArray m_awaitedRequest;
    Done m_done;
};

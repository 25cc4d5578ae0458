// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/Stakeholder.h"
#include "stakeholders/StakeholderRelation.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

// The relations network as a still picture, for printed reports: the stakeholders as labelled
// boxes in their kind's colour, the relations as the network view draws them (RelationStyle),
// placed where the officer put them on the view and, for the others, by NetworkLayout, as the
// view does. Plain values only, so a copy can be painted on another thread.
class NetworkPicture
{
public:
    struct Node
    {
        QString id;
        QString label; // the name, shortened to fit maxLabelWidth
        Stakeholder::Kind kind = Stakeholder::Kind::Ngo;
        QRectF rect;
    };
    struct Edge
    {
        QPointF from; // where the line leaves the first node's box
        QPointF to;   // and enters the other's
        StakeholderRelation::Kind kind = StakeholderRelation::Kind::Partnership;
        int strength = 3;
    };

    // Only the stakeholders given are drawn, with the relations between them. font: the
    // labels', a pixel size (the units of the picture); aspect: the width / height of the room
    // it will be drawn in (0: as laid out).
    static NetworkPicture make(const QList<Stakeholder>& stakeholders,
                               const QList<StakeholderRelation>& relations, const QFont& font,
                               double aspect);

    bool isEmpty() const { return m_nodes.isEmpty(); }
    const QList<Node>& nodes() const { return m_nodes; }
    const QList<Edge>& edges() const { return m_edges; }
    // The picture's extent, with a margin, in its units.
    QRectF bounds() const { return m_bounds; }

    // The whole picture scaled to fit target (never enlarged), centred in it.
    void paint(QPainter& painter, const QRectF& target) const;

private:
    QList<Node> m_nodes;
    QList<Edge> m_edges;
    QRectF m_bounds;
    QFont m_font;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/StakeholderRelation.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPen>

class RelationsNetworkNode;

// One relation on the network: a line between two nodes, its colour and dashes telling the
// kind (tension red and broken, unlike any other), its width the strength, and an arrow for
// the kinds that go one way (funding, referral).
class RelationsNetworkEdge : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(RelationsNetworkEdge)

public:
    enum
    {
        Type = UserType + 2
    };

    RelationsNetworkEdge(const StakeholderRelation& relation, RelationsNetworkNode* from,
                         RelationsNetworkNode* to);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const StakeholderRelation& relation() const { return m_relation; }
    RelationsNetworkNode* from() const { return m_from; }
    RelationsNetworkNode* to() const { return m_to; }
    void updateToolTip();
    // Follows the nodes after one of them moved.
    void adjust();

    // The pen of a relation kind and strength, shared with the legend.
    static QPen pen(StakeholderRelation::Kind kind, int strength);
    static bool isDirected(StakeholderRelation::Kind kind);
    // Draws the arrow head of a directed relation ending at tip, coming from the direction of
    // from (also for the legend).
    static void drawArrow(QPainter* painter, const QPointF& from, const QPointF& tip,
                          const QPen& pen);

private:
    StakeholderRelation m_relation;
    RelationsNetworkNode* m_from;
    RelationsNetworkNode* m_to;
    QLineF m_line;
};

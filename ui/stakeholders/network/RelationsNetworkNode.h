// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/Stakeholder.h"

#include <QGraphicsItem>

class QFontMetricsF;
class RelationsNetworkEdge;

// One stakeholder on the relations network: a rounded label in the colour of its kind. Moving
// it drags its edges along; storing the move is the scene's business.
class RelationsNetworkNode : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };
    // Below this zoom the labels are a few pixels high, unreadable: they are not drawn, which
    // keeps big networks fluid.
    static constexpr qreal labelZoomThreshold = 0.35;

    RelationsNetworkNode(const QString& id, const QString& name, Stakeholder::Kind kind,
                         const QFontMetricsF& metrics);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const QString& id() const { return m_id; }
    const QString& name() const { return m_name; }
    void addEdge(RelationsNetworkEdge* edge) { m_edges.append(edge); }
    const QList<RelationsNetworkEdge*>& edges() const { return m_edges; }
    // The room the node takes, for the layout.
    QSizeF size() const { return m_rect.size(); }
    // Names the relations in the tooltip, once the edges are known.
    void updateToolTip();

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    QString m_id;
    QString m_name;
    QString m_label; // the name, elided when very long
    Stakeholder::Kind m_kind;
    QRectF m_rect;
    QList<RelationsNetworkEdge*> m_edges;
};

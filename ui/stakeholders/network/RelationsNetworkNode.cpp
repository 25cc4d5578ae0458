// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationsNetworkNode.h"

#include "RelationsNetworkEdge.h"
#include "RelationsNetworkScene.h"
#include "common/TextLimits.h"
#include "stakeholders/KindPalette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {
constexpr qreal paddingX = 6;
constexpr qreal paddingY = 3;
constexpr qreal maxLabelWidth = 150;
} // namespace

RelationsNetworkNode::RelationsNetworkNode(const QString& id, const QString& name,
                                           Stakeholder::Kind kind, const QFontMetricsF& metrics)
    : m_id(id), m_name(TextLimits::shortened(name)), m_kind(kind)
{
    m_label = metrics.elidedText(m_name, Qt::ElideRight, maxLabelWidth);
    const qreal width = metrics.horizontalAdvance(m_label) + 2 * paddingX;
    const qreal height = metrics.height() + 2 * paddingY;
    m_rect = QRectF(-width / 2, -height / 2, width, height);
    setFlags(ItemIsSelectable | ItemSendsGeometryChanges);
    setZValue(1);
    setCursor(Qt::ArrowCursor);
    // A label drawn once and blitted: panning and dragging thousands of nodes stays fluid.
    setCacheMode(DeviceCoordinateCache);
}

QRectF RelationsNetworkNode::boundingRect() const
{
    return m_rect.adjusted(-3, -3, 3, 3);
}

QPainterPath RelationsNetworkNode::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_rect, 4, 4);
    return path;
}

void RelationsNetworkNode::paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
                                 QWidget*)
{
    auto* netScene = static_cast<RelationsNetworkScene*>(scene());
    const bool selected = isSelected() && netScene && !netScene->isExporting();
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setBrush(KindPalette::color(m_kind));
    if (selected)
        painter->setPen(QPen(QColor(0xC0, 0x00, 0x60), 3));
    else
        painter->setPen(QPen(QColor(0, 0, 0, 110), 1));
    painter->drawRoundedRect(m_rect, 4, 4);
    if (detail < labelZoomThreshold)
        return;
    painter->setPen(KindPalette::textColor(m_kind));
    painter->setFont(RelationsNetworkScene::nodeFont());
    painter->drawText(m_rect, Qt::AlignCenter, m_label);
}

void RelationsNetworkNode::updateToolTip()
{
    QStringList lines{m_name.toHtmlEscaped(),
                      QStringLiteral("<i>%1</i>").arg(Stakeholder::label(m_kind).toHtmlEscaped())};
    for (const RelationsNetworkEdge* edge : std::as_const(m_edges)) {
        const RelationsNetworkNode* other = edge->from() == this ? edge->to() : edge->from();
        lines << QStringLiteral("%1: %2").arg(
            StakeholderRelation::label(edge->relation().kind).toHtmlEscaped(),
            other->name().toHtmlEscaped());
    }
    setToolTip(lines.join(QStringLiteral("<br>")));
}

QVariant RelationsNetworkNode::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged) {
        for (RelationsNetworkEdge* edge : std::as_const(m_edges))
            edge->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

void RelationsNetworkNode::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    if (auto* netScene = static_cast<RelationsNetworkScene*>(scene()))
        emit netScene->stakeholderActivated(m_id);
    QGraphicsItem::mouseDoubleClickEvent(event);
}

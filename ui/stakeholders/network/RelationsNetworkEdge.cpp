// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationsNetworkEdge.h"

#include "RelationsNetworkNode.h"
#include "stakeholders/RelationStyle.h"

#include <QPainter>
#include <QPainterPathStroker>

namespace {

// Where the line from the centre of a node towards a point leaves the node's box.
QPointF border(const RelationsNetworkNode* node, const QPointF& towards)
{
    const QPointF centre = node->pos();
    const QPointF d = towards - centre;
    const QSizeF half = node->size() / 2;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return centre;
    const qreal tx = qFuzzyIsNull(d.x()) ? 1e9 : half.width() / qAbs(d.x());
    const qreal ty = qFuzzyIsNull(d.y()) ? 1e9 : half.height() / qAbs(d.y());
    return centre + d * qMin(1.0, qMin(tx, ty));
}

} // namespace

RelationsNetworkEdge::RelationsNetworkEdge(const StakeholderRelation& relation,
                                           RelationsNetworkNode* from, RelationsNetworkNode* to)
    : m_relation(relation), m_from(from), m_to(to)
{
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
    from->addEdge(this);
    to->addEdge(this);
    adjust();
}

void RelationsNetworkEdge::updateToolTip()
{
    setToolTip(tr("%1 — %2 (strength %3 of %4) — %5")
                   .arg(m_from->name(), StakeholderRelation::label(m_relation.kind))
                   .arg(m_relation.strength)
                   .arg(StakeholderRelation::maxStrength)
                   .arg(m_to->name()));
}

bool RelationsNetworkEdge::isDirected(StakeholderRelation::Kind kind)
{
    return RelationStyle::isDirected(kind);
}

QPen RelationsNetworkEdge::pen(StakeholderRelation::Kind kind, int strength)
{
    return RelationStyle::pen(kind, strength);
}

void RelationsNetworkEdge::drawArrow(QPainter* painter, const QPointF& from, const QPointF& tip,
                                     const QPen& pen)
{
    RelationStyle::drawArrow(*painter, from, tip, pen);
}

void RelationsNetworkEdge::adjust()
{
    prepareGeometryChange();
    m_line = QLineF(border(m_from, m_to->pos()), border(m_to, m_from->pos()));
}

QRectF RelationsNetworkEdge::boundingRect() const
{
    const qreal extra = 14;
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-extra, -extra, extra, extra);
}

QPainterPath RelationsNetworkEdge::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

void RelationsNetworkEdge::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QPen linePen = pen(m_relation.kind, m_relation.strength);
    painter->setPen(linePen);
    painter->drawLine(m_line);
    if (isDirected(m_relation.kind))
        drawArrow(painter, m_line.p1(), m_line.p2(), linePen);
}

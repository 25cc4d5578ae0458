// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationStyle.h"

#include <QLineF>
#include <QPainter>
#include <QPolygonF>
#include <QtMath>

bool RelationStyle::isDirected(StakeholderRelation::Kind kind)
{
    return kind == StakeholderRelation::Kind::Funding ||
           kind == StakeholderRelation::Kind::Referral;
}

QPen RelationStyle::pen(StakeholderRelation::Kind kind, int strength)
{
    using K = StakeholderRelation::Kind;
    QPen pen;
    pen.setWidthF(0.6 + 0.6 * qBound(1, strength, 5));
    pen.setCapStyle(Qt::FlatCap);
    switch (kind) {
    case K::Partnership:
        pen.setColor(QColor(0x3B, 0x6E, 0xA5));
        break;
    case K::Funding:
        pen.setColor(QColor(0x2E, 0x7D, 0x32));
        break;
    case K::Referral:
        pen.setColor(QColor(0x7B, 0x4F, 0xA0));
        pen.setStyle(Qt::DashLine);
        break;
    case K::Coordination:
        pen.setColor(QColor(0x70, 0x70, 0x70));
        pen.setStyle(Qt::DotLine);
        break;
    case K::Tension:
        pen.setColor(QColor(0xD0, 0x10, 0x20));
        pen.setStyle(Qt::DashDotLine);
        pen.setWidthF(pen.widthF() + 0.8);
        break;
    }
    return pen;
}

void RelationStyle::drawArrow(QPainter& painter, const QPointF& from, const QPointF& tip,
                              const QPen& pen)
{
    const QLineF line(tip, from);
    if (line.length() < 1)
        return;
    const qreal size = 6 + pen.widthF() * 1.5;
    const qreal angle = qDegreesToRadians(line.angle());
    auto corner = [&](qreal offset) {
        return tip + QPointF(qCos(angle + offset) * size, -qSin(angle + offset) * size);
    };
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(pen.color());
    painter.drawPolygon(QPolygonF{tip, corner(M_PI / 7), corner(-M_PI / 7)});
    painter.restore();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkPicture.h"

#include "common/TextLimits.h"
#include "stakeholders/KindColors.h"
#include "stakeholders/NetworkLayout.h"
#include "stakeholders/RelationStyle.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>

namespace {

constexpr double printStretch = 0.5;
// Beyond this the relations would read as long parallel lines.
constexpr double maxSpread = 2.5;

// Where the line from the centre of a box towards a point leaves it (as the view's edges do).
QPointF border(const QRectF& box, const QPointF& towards)
{
    const QPointF centre = box.center();
    const QPointF d = towards - centre;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return centre;
    const qreal tx = qFuzzyIsNull(d.x()) ? 1e9 : box.width() / 2 / qAbs(d.x());
    const qreal ty = qFuzzyIsNull(d.y()) ? 1e9 : box.height() / 2 / qAbs(d.y());
    return centre + d * std::min(1.0, std::min(tx, ty));
}

} // namespace

NetworkPicture NetworkPicture::make(const QList<Stakeholder>& stakeholders,
                                    const QList<StakeholderRelation>& relations, const QFont& font,
                                    double aspect)
{
    NetworkPicture picture;
    picture.m_font = font;
    const QFontMetricsF metrics(font);
    // The view's labels are at most 180 pixels at 9 points: the same share of a label here.
    const qreal maxLabelWidth = metrics.height() * 10;
    // The view's paddings and margin in proportion to its labels' height.
    const qreal paddingX = metrics.height() * 0.4;
    const qreal paddingY = metrics.height() * 0.2;
    const qreal margin = metrics.height() * 0.7;
    QList<NetworkLayout::Node> nodes;
    QHash<QString, int> index;
    for (const Stakeholder& s : stakeholders) {
        Node node;
        node.id = s.meta.id;
        node.kind = s.kind;
        node.label =
            metrics.elidedText(TextLimits::shortened(s.name), Qt::ElideRight, maxLabelWidth);
        const QSizeF size(metrics.horizontalAdvance(node.label) + 2 * paddingX,
                          metrics.height() + 2 * paddingY);
        node.rect = QRectF(QPointF(), size);
        std::optional<QPointF> at;
        if (s.networkX && s.networkY)
            at = QPointF(*s.networkX, *s.networkY);
        nodes.append({node.id, at, size});
        index.insert(node.id, int(picture.m_nodes.size()));
        picture.m_nodes.append(node);
    }
    QList<NetworkLayout::Edge> edges;
    for (const StakeholderRelation& r : relations) {
        if (index.contains(r.fromId) && index.contains(r.toId))
            edges.append({r.fromId, r.toId, double(r.strength)});
    }
    NetworkLayout layout;
    // Drawn flatter than on screen: a page's column is wider than tall.
    layout.setStretch(printStretch);
    const QHash<QString, QPointF> positions = layout.layout(nodes, edges);
    if (positions.isEmpty()) {
        // Nothing to draw, or Graphviz could not place it: no picture rather than a false one.
        picture.m_nodes.clear();
        return picture;
    }
    QRectF bounds;
    for (Node& node : picture.m_nodes) {
        node.rect.moveCenter(positions.value(node.id));
        bounds = bounds.isNull() ? node.rect : bounds.united(node.rect);
    }
    // Spread the centres apart along the short side until the picture has about the shape of
    // the room it is given, so that it is drawn larger. Moving centres apart along one axis
    // never makes boxes overlap.
    if (aspect > 0 && bounds.height() > 0) {
        const double shape = bounds.width() / bounds.height();
        const double fx = shape < aspect ? std::min(aspect / shape, maxSpread) : 1.0;
        const double fy = shape > aspect ? std::min(shape / aspect, maxSpread) : 1.0;
        const QPointF origin = bounds.center();
        bounds = QRectF();
        for (Node& node : picture.m_nodes) {
            const QPointF c = node.rect.center() - origin;
            node.rect.moveCenter(origin + QPointF(c.x() * fx, c.y() * fy));
            bounds = bounds.isNull() ? node.rect : bounds.united(node.rect);
        }
    }
    for (const StakeholderRelation& r : relations) {
        const auto from = index.constFind(r.fromId);
        const auto to = index.constFind(r.toId);
        if (from == index.cend() || to == index.cend() || *from == *to)
            continue;
        const QRectF& a = picture.m_nodes.at(*from).rect;
        const QRectF& b = picture.m_nodes.at(*to).rect;
        picture.m_edges.append({border(a, b.center()), border(b, a.center()), r.kind, r.strength});
    }
    picture.m_bounds = bounds.adjusted(-margin, -margin, margin, margin);
    return picture;
}

void NetworkPicture::paint(QPainter& painter, const QRectF& target) const
{
    if (isEmpty() || m_bounds.isEmpty())
        return;
    const qreal scale =
        std::min({1.0, target.width() / m_bounds.width(), target.height() / m_bounds.height()});
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(target.center());
    painter.scale(scale, scale);
    painter.translate(-m_bounds.center());
    // Edges first, under the boxes, as on the view, their widths and arrows in the view's
    // proportion to the labels (9 points, 12 pixels, there).
    const double lines = std::max(1, m_font.pixelSize()) / 12.0;
    painter.save();
    painter.scale(lines, lines);
    for (const Edge& edge : m_edges) {
        const QPen pen = RelationStyle::pen(edge.kind, edge.strength);
        painter.setPen(pen);
        painter.drawLine(edge.from / lines, edge.to / lines);
        if (RelationStyle::isDirected(edge.kind))
            RelationStyle::drawArrow(painter, edge.from / lines, edge.to / lines, pen);
    }
    painter.restore();
    painter.setFont(m_font);
    for (const Node& node : m_nodes) {
        // Opaque: PDF/A-1b has no transparency.
        painter.setPen(QPen(KindColors::color(node.kind).darker(160), lines));
        painter.setBrush(KindColors::color(node.kind));
        painter.drawRoundedRect(node.rect, 3 * lines, 3 * lines);
        painter.setPen(KindColors::textColor(node.kind));
        painter.drawText(node.rect, Qt::AlignCenter, node.label);
    }
    painter.restore();
}

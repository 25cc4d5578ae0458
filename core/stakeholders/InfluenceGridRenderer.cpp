// SPDX-License-Identifier: GPL-3.0-or-later
#include "InfluenceGridRenderer.h"
#include "common/BidiText.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

using Layout = InfluenceGridLayout;

// Pale tints: the kinds' colours must stand out on every quadrant.
QColor quadrantTint(Layout::Quadrant quadrant)
{
    switch (quadrant) {
    case Layout::ManageClosely:
        return QColor(0xFB, 0xE9, 0xE4);
    case Layout::KeepSatisfied:
        return QColor(0xFC, 0xF5, 0xE1);
    case Layout::KeepInformed:
        return QColor(0xE6, 0xF0, 0xFA);
    default:
        return QColor(0xF2, 0xF2, 0xF2);
    }
}

const QColor ink(0x30, 0x30, 0x30);
const QColor faintLine(0xD0, 0xD0, 0xD0);
const QColor selectionRing(0x10, 0x10, 0x10);
const QColor selectionBackground(0x1C, 0x71, 0xD8, 60);

// The grid is drawn left to right in every language; a name or a caption in a script written
// the other way keeps its own direction (an Arabic name cut short ends on its left).
QString own(const QString& text)
{
    return BidiText::inLine(text, Qt::LeftToRight, Qt::LeftToRight);
}

} // namespace

InfluenceGridRenderer::InfluenceGridRenderer(KindColors colors) : m_colors(std::move(colors)) {}

void InfluenceGridRenderer::paint(QPainter& painter, const InfluenceGridLayout& layout,
                                  const QSet<QString>& selected, const QRectF& exposed) const
{
    painter.save();
    // A chart: axes and names read left to right in every language (images of a right-to-left
    // session start right to left).
    painter.setLayoutDirection(Qt::LeftToRight);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), layout.pageSize()), Qt::white);
    paintFrame(painter, layout);
    paintAxes(painter, layout);
    paintLegend(painter, layout);
    paintCounts(painter, layout, selected);
    const auto& marks = layout.marks();
    // Selected marks last, on top of their neighbours.
    std::vector<int> plain;
    std::vector<int> chosen;
    for (int i = 0; i < int(marks.size()); ++i) {
        // A mark of a counted cell has no place: the count stands for it.
        if (layout.place(i).hitRect.isEmpty())
            continue;
        if (!exposed.isEmpty() && !exposed.intersects(layout.place(i).hitRect))
            continue;
        (selected.contains(marks[size_t(i)].id) ? chosen : plain).push_back(i);
    }
    const bool pixels = painter.paintEngine()->type() == QPaintEngine::Raster &&
                        painter.worldTransform().type() <= QTransform::TxScale;
    for (const auto& [group, isSelected] : {std::pair{&plain, false}, std::pair{&chosen, true}}) {
        for (int i : *group)
            paintName(painter, layout, i, {}, isSelected);
        if (pixels) {
            stampDots(painter, layout, *group, isSelected);
        } else {
            for (int i : *group)
                paintDot(painter, layout.place(i).center, layout.place(i).radius,
                         marks[size_t(i)].kind, isSelected);
        }
    }
    painter.restore();
}

void InfluenceGridRenderer::paintFrame(QPainter& painter, const InfluenceGridLayout& layout) const
{
    painter.setPen(Qt::NoPen);
    for (int q = 0; q < Layout::QuadrantCount; ++q)
        painter.fillRect(layout.quadrantRect(Layout::Quadrant(q)),
                         quadrantTint(Layout::Quadrant(q)));
    painter.setPen(QPen(faintLine, 1));
    for (int s = Stakeholder::minScore; s <= Stakeholder::maxScore; ++s) {
        for (int t = Stakeholder::minScore; t <= Stakeholder::maxScore; ++t)
            painter.drawRect(layout.cellRect({s, t}));
    }
    const QRectF plot = layout.plotRect();
    // The strategies' lines, where the quadrants meet (between the scores 2 and 3).
    const QPointF meet = layout.quadrantRect(Layout::ManageClosely).bottomLeft();
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 1.5));
    painter.drawLine(QPointF(meet.x(), plot.top()), QPointF(meet.x(), plot.bottom()));
    painter.drawLine(QPointF(plot.left(), meet.y()), QPointF(plot.right(), meet.y()));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    painter.setFont(layout.titleFont());
    painter.setPen(QColor(0x55, 0x55, 0x55));
    for (int q = 0; q < Layout::QuadrantCount; ++q) {
        const QRectF r = layout.quadrantLabelRect(Layout::Quadrant(q)).adjusted(4, 0, -4, 0);
        const QString text =
            QFontMetricsF(layout.titleFont())
                .elidedText(layout.quadrantCaption(Layout::Quadrant(q)), Qt::ElideRight, r.width());
        painter.drawText(r, Qt::AlignCenter, own(text));
    }
}

void InfluenceGridRenderer::paintAxes(QPainter& painter, const InfluenceGridLayout& layout) const
{
    painter.setPen(ink);
    painter.setFont(layout.labelFont());
    for (int s = Stakeholder::minScore; s <= Stakeholder::maxScore; ++s) {
        // Scores in the reader's digits (Arabic-Indic in Lebanon, Latin in Morocco).
        const QString score = layout.words().locale.toString(s);
        painter.drawText(layout.interestTickRect(s), Qt::AlignHCenter | Qt::AlignTop, score);
        painter.drawText(layout.influenceTickRect(s), Qt::AlignRight | Qt::AlignVCenter, score);
    }
    painter.setFont(layout.titleFont());
    painter.drawText(layout.interestTitleRect(), Qt::AlignCenter,
                     own(layout.words().interestTitle));
    const QRectF title = layout.influenceTitleRect();
    painter.save();
    painter.translate(title.center());
    painter.rotate(-90);
    painter.drawText(QRectF(-title.width() / 2, -title.height() / 2, title.width(), title.height()),
                     Qt::AlignCenter, own(layout.words().influenceTitle));
    painter.restore();
}

void InfluenceGridRenderer::paintLegend(QPainter& painter, const InfluenceGridLayout& layout) const
{
    if (layout.legendPlace() == Layout::LegendPlace::Apart)
        return;
    painter.setPen(ink);
    painter.setFont(layout.titleFont());
    painter.drawText(layout.legendTitleRect(), Qt::AlignLeft | Qt::AlignVCenter,
                     own(layout.words().legendTitle));
    painter.setFont(layout.labelFont());
    for (const Layout::LegendEntry& entry : layout.legend()) {
        painter.setPen(QPen(m_colors(entry.kind).darker(160), 1));
        painter.setBrush(m_colors(entry.kind));
        painter.drawEllipse(entry.swatch);
        painter.setPen(ink);
        painter.drawText(entry.textRect, Qt::AlignLeft | Qt::AlignVCenter, own(entry.text));
    }
    painter.setPen(ink);
    painter.drawText(layout.boundaryNoteRect(), Qt::AlignLeft | Qt::TextWordWrap,
                     own(layout.words().boundaryNote));
}

void InfluenceGridRenderer::paintCounts(QPainter& painter, const InfluenceGridLayout& layout,
                                        const QSet<QString>& selected) const
{
    QFont number = layout.titleFont();
    number.setPixelSize(number.pixelSize() * 2);
    for (int s = Stakeholder::minScore; s <= Stakeholder::maxScore; ++s) {
        for (int t = Stakeholder::minScore; t <= Stakeholder::maxScore; ++t) {
            const Layout::Cell cell{s, t};
            if (layout.cellMode(cell) != Layout::CellMode::Count)
                continue;
            const std::vector<int>& members = layout.marksIn(cell);
            const bool anySelected =
                !selected.isEmpty() && std::any_of(members.cbegin(), members.cend(), [&](int mark) {
                    return selected.contains(layout.marks()[size_t(mark)].id);
                });
            const QRectF r = layout.countRect(cell);
            painter.setPen(anySelected ? QPen(selectionRing, 2) : QPen(faintLine, 1));
            painter.setBrush(anySelected ? selectionBackground : QColor(255, 255, 255, 170));
            painter.drawRoundedRect(r, 6, 6);
            // The number alone, large: the quadrant's caption and the tooltip say what it counts.
            painter.setPen(ink);
            painter.setFont(number);
            painter.drawText(r, Qt::AlignCenter,
                             layout.words().locale.toString(int(members.size())));
        }
    }
}

void InfluenceGridRenderer::paintMark(QPainter& painter, const InfluenceGridLayout& layout,
                                      int mark, const QPointF& offset, bool selected) const
{
    paintName(painter, layout, mark, offset, selected);
    const Layout::Place& place = layout.place(mark);
    paintDot(painter, place.center + offset, place.radius, layout.marks()[size_t(mark)].kind,
             selected);
}

void InfluenceGridRenderer::paintName(QPainter& painter, const InfluenceGridLayout& layout,
                                      int mark, const QPointF& offset, bool selected) const
{
    const Layout::Place& place = layout.place(mark);
    if (place.name.isEmpty())
        return;
    if (selected) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(selectionBackground);
        painter.drawRoundedRect(place.hitRect.translated(offset), 3, 3);
    }
    painter.setFont(layout.nameFont());
    painter.setPen(ink);
    painter.drawText(place.nameRect.translated(offset), Qt::AlignLeft | Qt::AlignVCenter,
                     own(place.name));
}

void InfluenceGridRenderer::paintDot(QPainter& painter, const QPointF& center, qreal radius,
                                     Stakeholder::Kind kind, bool selected) const
{
    const QColor color = m_colors(kind);
    painter.setPen(QPen(color.darker(160), radius > 3 ? 1 : 0.5));
    painter.setBrush(color);
    painter.drawEllipse(center, radius, radius);
    if (selected) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, 2));
        painter.drawEllipse(center, radius + 1.5, radius + 1.5);
        painter.setPen(QPen(selectionRing, 1.5));
        painter.drawEllipse(center, radius + 2.5, radius + 2.5);
    }
}

void InfluenceGridRenderer::stampDots(QPainter& painter, const InfluenceGridLayout& layout,
                                      const std::vector<int>& marks, bool selected) const
{
    const QTransform transform = painter.worldTransform();
    const qreal scale = transform.m11();
    const qreal ratio = painter.device()->devicePixelRatioF();
    painter.setWorldTransform(QTransform());
    for (int i : marks) {
        const Layout::Place& place = layout.place(i);
        const QImage& dot =
            dotImage(layout.marks()[size_t(i)].kind, place.radius, scale, ratio, selected);
        const QPointF at = transform.map(place.center);
        const QSizeF size = dot.deviceIndependentSize();
        painter.drawImage(
            QPointF(std::round(at.x() - size.width() / 2), std::round(at.y() - size.height() / 2)),
            dot);
    }
    painter.setWorldTransform(transform);
}

const QImage& InfluenceGridRenderer::dotImage(Stakeholder::Kind kind, qreal radius, qreal scale,
                                              qreal pixelRatio, bool selected) const
{
    const quint64 key =
        (quint64(std::lround(radius * 16)) << 32) | (quint64(std::lround(scale * 64)) << 16) |
        (quint64(std::lround(pixelRatio * 8)) << 8) | (quint64(kind) << 1) | quint64(selected);
    auto it = m_dots.find(key);
    if (it != m_dots.end())
        return *it;
    const int side = int(std::ceil(2 * (radius + 4) * scale));
    QImage image(QSize(side, side) * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::transparent);
    {
        QPainter dot(&image);
        dot.setRenderHint(QPainter::Antialiasing);
        dot.translate(side / 2.0, side / 2.0);
        dot.scale(scale, scale);
        paintDot(dot, {}, radius, kind, selected);
    }
    return *m_dots.insert(key, image);
}

void InfluenceGridRenderer::paintDropCell(QPainter& painter, const InfluenceGridLayout& layout,
                                          const InfluenceGridLayout::Cell& cell) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x1C, 0x71, 0xD8), 2, Qt::DashLine));
    painter.setBrush(selectionBackground);
    painter.drawRect(layout.cellRect(cell).adjusted(1, 1, -1, -1));
    painter.restore();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineRowPainter.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace {

// Bars are never thinner than this, so a one-day action stays visible at year zoom.
constexpr qreal minBarWidth = 3;
constexpr qreal maxDiamond = 14;
// Within this many pixels of a bar's end, the end is taken rather than the body.
constexpr qreal edgeGrip = 4;

QPolygonF diamond(const QRectF& box)
{
    return QPolygonF({QPointF(box.center().x(), box.top()), QPointF(box.right(), box.center().y()),
                      QPointF(box.center().x(), box.bottom()),
                      QPointF(box.left(), box.center().y())});
}

} // namespace

TimelineRowPainter::TimelineRowPainter(const QPalette& palette, const TimelineScale& scale,
                                       qreal xOffset, const QDate& today)
    : m_scale(scale), m_xOffset(xOffset), m_today(today), m_text(palette.color(QPalette::Text)),
      m_base(palette.color(QPalette::Base)), m_bar(palette.color(QPalette::Highlight)),
      m_warning(warningColor(palette)), m_muted(mix(m_text, m_base, 0.6)),
      m_baseline(mix(m_text, m_base, 0.45)), m_selection(palette.color(QPalette::Highlight))
{
    m_selection.setAlphaF(0.22);
}

QColor TimelineRowPainter::warningColor(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(255, 138, 101) : QColor(196, 54, 16);
}

QColor TimelineRowPainter::mix(const QColor& a, const QColor& b, qreal towardsB)
{
    const qreal t = std::clamp(towardsB, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

qreal TimelineRowPainter::x(const QDate& date) const
{
    return m_scale.x(date) - m_xOffset;
}

qreal TimelineRowPainter::middleX(const QDate& date) const
{
    return x(date) + m_scale.pixelsPerDay() / 2;
}

QRectF TimelineRowPainter::barRect(const TimelineItem& item, const QRectF& row) const
{
    if (!item.hasBar())
        return {};
    const qreal h = row.height();
    if (item.kind == TimelineItem::Kind::Milestone) {
        const qreal size = std::min(h * 0.6, maxDiamond);
        return {middleX(item.due) - size / 2, row.center().y() - size / 2, size, size};
    }
    const qreal left = x(item.start);
    const qreal width = std::max(x(item.end.addDays(1)) - left, minBarWidth);
    if (item.kind == TimelineItem::Kind::Priority)
        return {left, row.top() + h * 0.3, width, h * 0.4};
    return {left, row.top() + h * 0.18, width, h * 0.48};
}

QRectF TimelineRowPainter::baselineRect(const TimelineItem& item, const QRectF& row) const
{
    const qreal h = row.height();
    if (item.kind == TimelineItem::Kind::Milestone) {
        if (!item.baselineDue.isValid() || item.baselineDue == item.due)
            return {};
        const qreal size = std::min(h * 0.36, maxDiamond * 0.6);
        return {middleX(item.baselineDue) - size / 2, row.center().y() - size / 2, size, size};
    }
    if (item.kind != TimelineItem::Kind::Action || !item.baselineStart.isValid() ||
        !item.baselineEnd.isValid())
        return {};
    const qreal left = x(item.baselineStart);
    const qreal width = std::max(x(item.baselineEnd.addDays(1)) - left, minBarWidth);
    return {left, row.top() + h * 0.72, width, std::max(2.0, h * 0.12)};
}

TimelineDrag::Part TimelineRowPainter::partAt(const TimelineItem& item, const QRectF& row,
                                              qreal x) const
{
    using Part = TimelineDrag::Part;
    if (item.kind == TimelineItem::Kind::Priority || !item.hasBar())
        return Part::None;
    const QRectF bar = barRect(item, row);
    if (item.kind == TimelineItem::Kind::Milestone)
        return x >= bar.left() - 3 && x <= bar.right() + 3 ? Part::Milestone : Part::None;
    if (x < bar.left() - edgeGrip || x > bar.right() + edgeGrip)
        return Part::None;
    // A bar too short for two grips and a body keeps its grips outside it.
    const qreal grip = bar.width() >= 4 * edgeGrip ? edgeGrip : 0;
    if (x <= bar.left() + grip)
        return Part::StartEdge;
    if (x >= bar.right() - grip)
        return Part::EndEdge;
    return Part::Body;
}

void TimelineRowPainter::paintRow(QPainter& painter, const QRectF& row, const TimelineItem& item,
                                  bool selected) const
{
    if (selected)
        painter.fillRect(row, m_selection);
    // A bar may run for months beyond the edges at month zoom: only the part on screen is
    // drawn, so that a repaint costs the screen's size, whatever the plan's length.
    const QRectF shown(-8, row.top(), painter.device()->width() + 16, row.height());
    const QRectF baseline = baselineRect(item, row);
    if (baseline.intersects(shown)) {
        if (item.kind == TimelineItem::Kind::Milestone) {
            painter.setPen(QPen(m_baseline, 1.2));
            painter.setBrush(Qt::NoBrush);
            painter.drawPolygon(diamond(baseline));
        } else {
            painter.fillRect(baseline.intersected(shown), m_baseline);
        }
    }
    const QRectF bar = barRect(item, row);
    if (!bar.intersects(shown))
        return;
    switch (item.kind) {
    case TimelineItem::Kind::Priority:
        paintBracket(painter, bar, shown);
        break;
    case TimelineItem::Kind::Action:
        paintBar(painter, bar.intersected(shown), item, selected);
        break;
    case TimelineItem::Kind::Milestone:
        paintMilestone(painter, bar, item, selected);
        break;
    }
}

void TimelineRowPainter::paintBar(QPainter& painter, const QRectF& bar, const TimelineItem& item,
                                  bool selected) const
{
    QColor fill = m_bar;
    if (item.isCancelled())
        fill = m_muted;
    else if (item.isDone())
        fill = m_muted;
    else if (item.isLate(m_today))
        fill = m_warning;
    painter.setPen(selected ? QPen(m_text, 2) : QPen(fill.darker(125), 1));
    if (item.isCancelled()) {
        // Hatched, not filled: a cancelled action keeps its place but reads as void.
        painter.setBrush(QBrush(fill, Qt::BDiagPattern));
        if (!selected)
            painter.setPen(QPen(fill, 1, Qt::DashLine));
    } else {
        painter.setBrush(fill);
    }
    painter.drawRoundedRect(bar.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
}

void TimelineRowPainter::paintBracket(QPainter& painter, const QRectF& bar,
                                      const QRectF& shown) const
{
    // A summary bar with its ends hanging down: the span of the priority's actions.
    const qreal thick = std::max(3.0, bar.height() * 0.4);
    const qreal hang = bar.height();
    const qreal tip = std::min(bar.width() / 2, hang * 0.8);
    painter.fillRect(QRectF(bar.left(), bar.top(), bar.width(), thick).intersected(shown), m_text);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_text);
    const qreal under = bar.top() + thick;
    if (bar.left() >= shown.left())
        painter.drawPolygon(QPolygonF({QPointF(bar.left(), under), QPointF(bar.left() + tip, under),
                                       QPointF(bar.left(), bar.top() + hang)}));
    if (bar.right() <= shown.right())
        painter.drawPolygon(
            QPolygonF({QPointF(bar.right(), under), QPointF(bar.right(), bar.top() + hang),
                       QPointF(bar.right() - tip, under)}));
}

void TimelineRowPainter::paintMilestone(QPainter& painter, const QRectF& box,
                                        const TimelineItem& item, bool selected) const
{
    const bool late = item.isLate(m_today);
    const QColor outline = late ? m_warning : (item.isCancelled() ? m_muted : m_text);
    painter.setPen(QPen(outline, late || selected ? 2.2 : 1.4));
    if (item.isDone())
        painter.setBrush(m_text);
    else if (item.isCancelled())
        painter.setBrush(QBrush(m_muted, Qt::BDiagPattern));
    else
        painter.setBrush(m_base);
    painter.drawPolygon(diamond(box));
}

void TimelineRowPainter::paintTodayLine(QPainter& painter, qreal top, qreal bottom) const
{
    const qreal at = middleX(m_today);
    painter.setPen(QPen(m_warning, 2));
    painter.drawLine(QPointF(at, top), QPointF(at, bottom));
}

void TimelineRowPainter::paintGrid(QPainter& painter, const QRect& exposed,
                                   const QLocale& locale) const
{
    const TimelineScale::Unit unit = TimelineScale::lowerUnit(m_scale.zoom());
    const QDate from = m_scale.dateAt(m_xOffset + exposed.left());
    const QDate to = m_scale.dateAt(m_xOffset + exposed.right());
    // Opaque colours, mixed with the base beforehand: the grid is painted first, on the base,
    // and a solid fill of the screen's height costs a fraction of a blended one.
    const QColor grid = mix(m_base, m_text, 0.12);
    const QColor weekEnd = mix(m_base, m_text, 0.05);
    const QList<Qt::DayOfWeek> workDays = locale.weekdays();
    const int top = exposed.top();
    const int height = exposed.height();
    const std::vector<TimelineScale::Tick> ticks = TimelineScale::ticks(unit, from, to);
    if (unit == TimelineScale::Unit::Day) {
        for (const TimelineScale::Tick& tick : ticks) {
            if (!workDays.contains(Qt::DayOfWeek(tick.start.dayOfWeek())))
                painter.fillRect(
                    QRectF(x(tick.start), top, m_scale.pixelsPerDay(), height).toAlignedRect(),
                    weekEnd);
        }
    }
    for (const TimelineScale::Tick& tick : ticks) {
        const int left = int(std::floor(x(tick.start)));
        painter.fillRect(left, top, 1, height, grid);
    }
}

void TimelineRowPainter::paintLabel(QPainter& painter, const QPalette& palette,
                                    const QFontMetrics& metrics, const QString& text, qreal x,
                                    const QRectF& bar, const QRect& view)
{
    QRectF box(0, 0, metrics.horizontalAdvance(text) + 12, metrics.height() + 6);
    box.moveLeft(std::clamp(x - box.width() / 2, 0.0, std::max(0.0, view.width() - box.width())));
    box.moveBottom(bar.top() - 4);
    if (box.top() < view.top())
        box.moveTop(bar.bottom() + 4);
    painter.setPen(palette.color(QPalette::ToolTipText));
    painter.setBrush(palette.color(QPalette::ToolTipBase));
    painter.drawRoundedRect(box, 3, 3);
    painter.drawText(box, Qt::AlignCenter, text);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineHeader.h"

#include "TimelineRowPainter.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace {

constexpr int labelPadding = 4;

} // namespace

TimelineHeader::TimelineHeader(QWidget* parent) : QWidget(parent)
{
    // Dates read left to right in every language (see TimelineView.h).
    setLayoutDirection(Qt::LeftToRight);
    setBackgroundRole(QPalette::Button);
    setAutoFillBackground(true);
}

void TimelineHeader::setAxis(const TimelineScale& scale, qreal xOffset, const QDate& today)
{
    m_scale = scale;
    m_offset = xOffset;
    m_today = today;
    update();
}

int TimelineHeader::minimumTierHeight() const
{
    return 2 * (fontMetrics().height() + 4);
}

void TimelineHeader::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    const int half = height() / 2;
    paintTier(painter, QRect(0, 0, width(), half), true);
    paintTier(painter, QRect(0, half, width(), height() - half), false);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, half, width(), half);
    painter.drawLine(0, height() - 1, width(), height() - 1);

    // Today's mark: a small triangle pointing at the line drawn under it in the rows.
    const TimelineRowPainter rows(palette(), m_scale, m_offset, m_today);
    const qreal at = rows.middleX(m_today);
    if (at < -8 || at > width() + 8)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(TimelineRowPainter::warningColor(palette()));
    const qreal bottom = height();
    painter.drawPolygon(
        QPolygonF({QPointF(at - 5, bottom - 6), QPointF(at + 5, bottom - 6), QPointF(at, bottom)}));
}

void TimelineHeader::paintTier(QPainter& painter, const QRect& band, bool upper) const
{
    const TimelineScale& scale = m_scale;
    const qreal offset = m_offset;
    const TimelineScale::Unit unit =
        upper ? TimelineScale::upperUnit(scale.zoom()) : TimelineScale::lowerUnit(scale.zoom());
    const QDate from = scale.dateAt(offset);
    const QDate to = scale.dateAt(offset + band.width());
    const QLocale locale = this->locale();
    const QFontMetrics metrics = fontMetrics();
    const QColor lines = palette().color(QPalette::Mid);
    const QColor text = palette().color(QPalette::ButtonText);
    const std::vector<TimelineScale::Tick> ticks = TimelineScale::ticks(unit, from, to);
    auto labelsOf = [&](const TimelineScale::Tick& tick) {
        QStringList labels = TimelineScale::labels(unit, tick.start, locale);
        // Under a quarter or a year, a month's name without the year the upper tier shows.
        if (!upper && unit == TimelineScale::Unit::Month)
            labels.removeFirst();
        return labels;
    };
    auto firstFitting = [&](const QStringList& labels, qreal room) {
        const auto fits = std::find_if(labels.cbegin(), labels.cend(), [&](const QString& l) {
            return metrics.horizontalAdvance(l) <= room;
        });
        return int(fits - labels.cbegin());
    };
    // One length of label for the whole tier ("Jan Feb Mar", not "Jan February Mar"): the
    // longest that every whole period has room for.
    int level = 0;
    for (const TimelineScale::Tick& tick : ticks) {
        const qreal width = (scale.x(tick.end) - scale.x(tick.start)) - 2 * labelPadding;
        level = std::max(level, firstFitting(labelsOf(tick), width));
    }
    for (const TimelineScale::Tick& tick : ticks) {
        const qreal left = scale.x(tick.start) - offset;
        const qreal right = scale.x(tick.end) - offset;
        painter.setPen(lines);
        painter.drawLine(QPointF(left, band.top()), QPointF(left, band.bottom()));
        // A label stays in the part of its period on screen, so that the month or the year
        // scrolled half away is still named.
        const qreal shownLeft = std::max(left, 0.0);
        const qreal shownRight = std::min(right, qreal(band.width()));
        const qreal room = shownRight - shownLeft - 2 * labelPadding;
        if (room <= 0)
            continue;
        const QStringList labels = labelsOf(tick);
        const int fitting = std::max(level, firstFitting(labels, room));
        if (fitting >= labels.size())
            continue;
        painter.setPen(text);
        const QRectF box(shownLeft + labelPadding, band.top(), room, band.height());
        // The time axis runs left to right in every language: a year is named at its start,
        // on the left, in an Arabic window too.
        painter.drawText(
            box, Qt::AlignVCenter | (upper ? Qt::AlignLeft | Qt::AlignAbsolute : Qt::AlignHCenter),
            labels.at(fitting));
    }
}

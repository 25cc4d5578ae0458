// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineDrag.h"

#include "TimelineItem.h"
#include "TimelineScale.h"

#include <algorithm>

TimelineDrag::TimelineDrag(const QPersistentModelIndex& index, Part part, const QDate& start,
                           const QDate& end, const QPoint& pressedAt)
    : m_index(index), m_part(part), m_originalStart(start), m_originalEnd(end), m_start(start),
      m_end(end), m_pressedAt(pressedAt)
{
}

bool TimelineDrag::follow(const QPoint& at, const TimelineScale& scale, int dragDistance)
{
    if (!isActive())
        return false;
    if (!m_dragging && (at - m_pressedAt).manhattanLength() < dragDistance)
        return false;
    m_dragging = true;
    moveBy(scale.daysFor(at.x() - m_pressedAt.x()));
    return true;
}

qreal TimelineDrag::snappedX(const TimelineScale& scale) const
{
    return m_pressedAt.x() + m_days * scale.pixelsPerDay();
}

void TimelineDrag::applyTo(TimelineItem& item) const
{
    if (m_part == Part::Milestone) {
        item.due = m_start;
    } else {
        item.start = m_start;
        item.end = m_end;
    }
}

void TimelineDrag::moveBy(int days)
{
    m_days = days;
    switch (m_part) {
    case Part::None:
        return;
    case Part::Body:
    case Part::Milestone:
        m_start = m_originalStart.addDays(days);
        m_end = m_originalEnd.addDays(days);
        return;
    case Part::StartEdge:
        m_start = std::min(m_originalStart.addDays(days), m_originalEnd);
        return;
    case Part::EndEdge:
        m_end = std::max(m_originalEnd.addDays(days), m_originalStart);
        return;
    }
}

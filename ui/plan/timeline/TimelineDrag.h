// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QPersistentModelIndex>
#include <QPoint>

class TimelineScale;
struct TimelineItem;

// A bar or a milestone pressed, then dragged: what was taken (the body, one end, a diamond),
// where, its dates when taken, and its dates now, snapped to days. It becomes a drag only past
// the platform's drag distance, so that a click selects without moving. An end never passes
// the other: dragging the end before the start stops at a one-day action.
class TimelineDrag
{
public:
    enum class Part
    {
        None,
        Body,
        StartEdge,
        EndEdge,
        Milestone
    };

    TimelineDrag() = default;
    // For a milestone, start and end are both its due date.
    TimelineDrag(const QPersistentModelIndex& index, Part part, const QDate& start,
                 const QDate& end, const QPoint& pressedAt = {});

    // Pressed (and maybe dragged) and not yet released or cancelled.
    bool isActive() const { return m_part != Part::None; }
    // Moved past the drag distance: the dates shown are the drag's.
    bool isDragging() const { return m_dragging; }
    // The mouse at this point: whether the drag started or is going on (the dates follow it).
    bool follow(const QPoint& at, const TimelineScale& scale, int dragDistance);
    // The x the mouse would be at if it moved by whole days: where the dates label goes.
    qreal snappedX(const TimelineScale& scale) const;
    // The row as it would be if released now.
    void applyTo(TimelineItem& item) const;
    Part part() const { return m_part; }
    const QPersistentModelIndex& index() const { return m_index; }
    // Moves by this many days from where it was taken (not from the last move).
    void moveBy(int days);
    int days() const { return m_days; }
    QDate start() const { return m_start; }
    QDate end() const { return m_end; }
    QDate originalStart() const { return m_originalStart; }
    QDate originalEnd() const { return m_originalEnd; }
    bool changed() const { return m_start != m_originalStart || m_end != m_originalEnd; }

private:
    QPersistentModelIndex m_index;
    Part m_part = Part::None;
    QDate m_originalStart;
    QDate m_originalEnd;
    QDate m_start;
    QDate m_end;
    int m_days = 0;
    QPoint m_pressedAt;
    bool m_dragging = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimelineDrag.h"
#include "TimelineItem.h"
#include "TimelineScale.h"

#include <QColor>
#include <QRectF>

class QFontMetrics;
class QLocale;
class QPainter;
class QPalette;

// Where each mark of a row is and how it is drawn: action bars and their baseline, priority
// brackets, milestone diamonds. Geometry and painting live together so that the view's hit
// testing (barRect) and what the officer sees can never disagree. Colours come from the
// palette, so a dark theme gets a dark timeline.
class TimelineRowPainter
{
public:
    // xOffset: the timeline's horizontal scroll (the x of the viewport's left edge).
    TimelineRowPainter(const QPalette& palette, const TimelineScale& scale, qreal xOffset,
                       const QDate& today);

    // In the row's coordinates (row: the row's rectangle on the viewport). Action and
    // priority: the bar or bracket; milestone: the diamond's box. Empty when nothing is drawn.
    QRectF barRect(const TimelineItem& item, const QRectF& row) const;
    // The adopted baseline: a thin bar under an action's bar, or the box of the small mark at
    // a milestone's baseline date (only when it moved). Empty when there is none.
    QRectF baselineRect(const TimelineItem& item, const QRectF& row) const;
    // The part of the row's mark at x: a milestone's diamond, an action's body or one of its
    // ends (None elsewhere, and on a priority's bracket, which follows its actions).
    TimelineDrag::Part partAt(const TimelineItem& item, const QRectF& row, qreal x) const;
    // The x of a date's day: its left edge, or its middle (milestones, the today line).
    qreal x(const QDate& date) const;
    qreal middleX(const QDate& date) const;

    void paintRow(QPainter& painter, const QRectF& row, const TimelineItem& item,
                  bool selected) const;
    void paintTodayLine(QPainter& painter, qreal top, qreal bottom) const;
    // Behind the rows: a faint line at each period of the header's lower tier, and at month
    // zoom, where a day is wide enough to see, the week-end days (the locale's) shaded.
    void paintGrid(QPainter& painter, const QRect& exposed, const QLocale& locale) const;
    // A label like a tooltip, centred on x above the bar (below it if there is no room).
    static void paintLabel(QPainter& painter, const QPalette& palette, const QFontMetrics& metrics,
                           const QString& text, qreal x, const QRectF& bar, const QRect& view);

    // The palette has no warning role: a red-orange dark enough to read on a light base, or
    // light enough on a dark one.
    static QColor warningColor(const QPalette& palette);
    static QColor mix(const QColor& a, const QColor& b, qreal towardsB);

private:
    void paintBar(QPainter& painter, const QRectF& bar, const TimelineItem& item,
                  bool selected) const;
    void paintBracket(QPainter& painter, const QRectF& bar, const QRectF& shown) const;
    void paintMilestone(QPainter& painter, const QRectF& box, const TimelineItem& item,
                        bool selected) const;

    const TimelineScale& m_scale;
    qreal m_xOffset;
    QDate m_today;
    QColor m_text;
    QColor m_base;
    QColor m_bar;
    QColor m_warning;
    QColor m_muted;
    QColor m_baseline;
    QColor m_selection;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringList>

#include <vector>

class QLocale;

// The timeline's time axis: where a day is in pixels at a zoom, which day a pixel falls in,
// and the periods its two-tier header shows. Pure: no widget, so that it is tested alone.
// x grows with time in every language: a Gantt chart reads left to right even in Arabic
// (docs: the choice is explained in TimelineView.h).
class TimelineScale
{
public:
    enum class Zoom
    {
        Month,
        Quarter,
        Year
    };
    // The periods a header tier is divided in.
    enum class Unit
    {
        Day,
        Month,
        Quarter,
        Year
    };
    // One period of a tier: its first day and the first day after it.
    struct Tick
    {
        QDate start;
        QDate end;
        bool operator==(const Tick& other) const = default;
    };

    TimelineScale() = default;
    // x = 0 is the start of origin's day.
    TimelineScale(const QDate& origin, Zoom zoom);

    QDate origin() const { return m_origin; }
    Zoom zoom() const { return m_zoom; }
    qreal pixelsPerDay() const { return pixelsPerDay(m_zoom); }
    static qreal pixelsPerDay(Zoom zoom);

    // The left edge of the day; the day ends at x(date.addDays(1)).
    qreal x(const QDate& date) const;
    // The day that x falls in (x(d) <= x < x(d + 1)).
    QDate dateAt(qreal x) const;
    // A horizontal drag of dx pixels, in whole days (nearest: the drag snaps to days).
    int daysFor(qreal dx) const;

    // Month zoom: months over days; quarter: quarters over months; year: years over months.
    static Unit upperUnit(Zoom zoom);
    static Unit lowerUnit(Zoom zoom);
    static QDate unitStart(Unit unit, const QDate& date);
    static QDate nextUnitStart(Unit unit, const QDate& date);
    // The periods that overlap [from, to], in order.
    static std::vector<Tick> ticks(Unit unit, const QDate& from, const QDate& to);
    // Labels for the period starting on start, from the longest to the shortest, in the
    // locale's language: the header shows the longest that fits.
    static QStringList labels(Unit unit, const QDate& start, const QLocale& locale);

private:
    QDate m_origin = QDate(2000, 1, 1);
    Zoom m_zoom = Zoom::Quarter;
};

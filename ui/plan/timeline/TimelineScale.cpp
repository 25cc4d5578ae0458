// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineScale.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {

// Quarters have no format in QLocale; their label is translated ("Q3 2026", "T3 2026").
class QuarterLabel
{
    Q_DECLARE_TR_FUNCTIONS(TimelineScale)
public:
    static QString longLabel(int quarter, const QString& year)
    {
        //: A quarter of a year in the timeline's header: %1 its number (1-4), %2 the year.
        return tr("Q%1 %2").arg(quarter).arg(year);
    }
    static QString shortLabel(int quarter)
    {
        //: A quarter of a year in the timeline's header when there is no room for the year.
        return tr("Q%1").arg(quarter);
    }
};

} // namespace

TimelineScale::TimelineScale(const QDate& origin, Zoom zoom) : m_origin(origin), m_zoom(zoom) {}

qreal TimelineScale::pixelsPerDay(Zoom zoom)
{
    // Chosen so that each lower tier's label fits in one period: a day's number at month zoom,
    // a month's full name at quarter zoom, an abbreviated month at year zoom.
    switch (zoom) {
    case Zoom::Month:
        return 24;
    case Zoom::Quarter:
        return 5;
    case Zoom::Year:
        return 1.5;
    }
    return 5;
}

qreal TimelineScale::x(const QDate& date) const
{
    return qreal(m_origin.daysTo(date)) * pixelsPerDay();
}

QDate TimelineScale::dateAt(qreal x) const
{
    return m_origin.addDays(qint64(std::floor(x / pixelsPerDay())));
}

int TimelineScale::daysFor(qreal dx) const
{
    return int(std::lround(dx / pixelsPerDay()));
}

TimelineScale::Unit TimelineScale::upperUnit(Zoom zoom)
{
    switch (zoom) {
    case Zoom::Month:
        return Unit::Month;
    case Zoom::Quarter:
        return Unit::Quarter;
    case Zoom::Year:
        return Unit::Year;
    }
    return Unit::Month;
}

TimelineScale::Unit TimelineScale::lowerUnit(Zoom zoom)
{
    return zoom == Zoom::Month ? Unit::Day : Unit::Month;
}

QDate TimelineScale::unitStart(Unit unit, const QDate& date)
{
    switch (unit) {
    case Unit::Day:
        return date;
    case Unit::Month:
        return QDate(date.year(), date.month(), 1);
    case Unit::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case Unit::Year:
        return QDate(date.year(), 1, 1);
    }
    return date;
}

QDate TimelineScale::nextUnitStart(Unit unit, const QDate& date)
{
    const QDate start = unitStart(unit, date);
    switch (unit) {
    case Unit::Day:
        return start.addDays(1);
    case Unit::Month:
        return start.addMonths(1);
    case Unit::Quarter:
        return start.addMonths(3);
    case Unit::Year:
        return start.addYears(1);
    }
    return start.addDays(1);
}

std::vector<TimelineScale::Tick> TimelineScale::ticks(Unit unit, const QDate& from, const QDate& to)
{
    std::vector<Tick> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    for (QDate start = unitStart(unit, from); start <= to;) {
        const QDate end = nextUnitStart(unit, start);
        result.push_back({start, end});
        start = end;
    }
    return result;
}

QStringList TimelineScale::labels(Unit unit, const QDate& start, const QLocale& locale)
{
    const QString year = locale.toString(start, QStringLiteral("yyyy"));
    switch (unit) {
    case Unit::Day:
        return {locale.toString(start.day())};
    case Unit::Month: {
        // Stand-alone names: "mars 2026", not the genitive some languages use inside a date.
        const QString longName = locale.standaloneMonthName(start.month(), QLocale::LongFormat);
        const QString shortName = locale.standaloneMonthName(start.month(), QLocale::ShortFormat);
        return {longName + QLatin1Char(' ') + year, longName, shortName,
                locale.standaloneMonthName(start.month(), QLocale::NarrowFormat)};
    }
    case Unit::Quarter: {
        const int quarter = (start.month() - 1) / 3 + 1;
        return {QuarterLabel::longLabel(quarter, year), QuarterLabel::shortLabel(quarter)};
    }
    case Unit::Year:
        return {year, locale.toString(start, QStringLiteral("yy"))};
    }
    return {};
}

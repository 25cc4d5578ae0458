// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/CalendarEvent.h"
#include "plan/PlanData.h"

#include <QCoreApplication>
#include <QList>

// The action plan's deadlines as calendar events: one per milestone and one per action's end,
// all-day. The UID is the record's identity with what the event is ("-milestone", "-end"), so
// that a calendar importing a later export updates its entries; SEQUENCE is the record's
// revision, raised by every stored change. Cancelled actions and their milestones are left out:
// nobody needs reminding of them.
class PlanCalendar
{
    Q_DECLARE_TR_FUNCTIONS(PlanCalendar)

public:
    static QList<CalendarEvent> events(const PlanData& plan);
    // The calendar's name: the document's title, or the city's name when it has none.
    static QString calendarName(const PlanData& plan, const QString& cityName);
    static QString uidOf(const Milestone& milestone);
    static QString endUidOf(const Action& action);
};

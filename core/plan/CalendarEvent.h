// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// One all-day entry of the exported calendar (a milestone, an action's end), as CalendarWriter
// writes it. Plain data: the plan export decides what goes in it.
struct CalendarEvent
{
    // Stable for the life of the record (its id with a suffix saying what kind of entry it is),
    // so that a calendar that imports the file again updates the entry instead of adding one.
    QString uid;
    QString summary;
    QString description; // not written when empty
    QDate date;          // the day; an event without a valid date is not written
    // Raised each time the record changes, so that calendars take the new version.
    int sequence = 0;
    QDateTime created;      // UTC; not written when invalid
    QDateTime lastModified; // UTC; not written when invalid
    QStringList categories;

    bool operator==(const CalendarEvent&) const = default;
};

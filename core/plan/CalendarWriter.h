// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "plan/CalendarEvent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// Writes calendar events as an iCalendar file (RFC 5545) with libical: one all-day VEVENT per
// event (Outlook ignores VTODO), marked free time (TRANSP:TRANSPARENT) so that a deadline does
// not block the officer's day. Escaping, folding of long lines and CRLF line ends are
// libical's. What libical would get wrong is prepared before it sees the text: line ends become
// "\n", other control characters are left out (RFC 5545 forbids them in text), and a comma in
// a category is written as U+201A "‚" because libical writes CATEGORIES' commas unescaped, as
// separators.
class CalendarWriter
{
    Q_DECLARE_TR_FUNCTIONS(CalendarWriter)

public:
    // The whole calendar, events in the order given. stamp is every event's DTSTAMP (when the
    // file was made); passing it keeps the output the same for the same events. An event whose
    // day is not valid (or not in the years 1 to 9999) is left out. Empty only when libical
    // fails (out of memory).
    static QByteArray toIcs(const QList<CalendarEvent>& events, const QString& calendarName,
                            const QDateTime& stamp);

    // Writes the calendar at path in one step (QSaveFile: a temporary file beside it, flushed,
    // synced, then renamed over the target), so that a failed write leaves nothing new and an
    // older file whole. Refuses a file that exists unless overwrite (a file made by another
    // program between that check and the rename would be replaced); DTSTAMP is the time now.
    static Result<void> write(const QString& path, const QList<CalendarEvent>& events,
                              const QString& calendarName, bool overwrite);
};

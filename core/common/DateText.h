// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

// How a date is written where one line holds it (a table cell, a sentence, a report): the
// language's short form with the whole year. English's "12/4/26" reads as 1926 to some and as
// a day to others; every date Passerelle shows or reads back carries four digits.
class DateText
{
public:
    // A locale's short date format (the default locale's unless given), its two-digit year
    // made four digits.
    static QString format(const QLocale& locale = QLocale());
    // The date in that format; empty for an invalid date.
    static QString shown(const QDate& date, const QLocale& locale = QLocale());
};

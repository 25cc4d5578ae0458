// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class CityDocument;
class QWidget;

// File > Export calendar…: the action plan's milestones and action ends as an iCalendar file,
// as `passerelle-cli export-ics` writes it. Reading only: a read-only file exports too.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    // Asks where, writes, and returns what to say in the status bar (empty when cancelled or
    // refused; a refusal is shown in a message naming the file).
    static QString run(QWidget* parent, CityDocument& document);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>

// A dated step of an action; done when doneOn is set. Due dates feed the timeline and the
// calendar export of deadlines.
struct Milestone
{
    RecordMeta meta;
    QString actionId;
    QString title;
    QDate dueDate;
    QDate doneOn;      // invalid while not done
    int revision = 0;  // changes of its calendar event (iCalendar SEQUENCE)
    QDate baselineDue; // the due date the council adopted; invalid when not in that plan

    // Due before today and not done.
    bool isLate(const QDate& today) const
    {
        return !isDone() && dueDate.isValid() && dueDate < today;
    }

    bool isDone() const { return doneOn.isValid(); }
    bool operator==(const Milestone&) const = default;
};

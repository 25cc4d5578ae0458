// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>
#include <QStringList>

// A meeting of the City Stakeholder Group with who attended and what was decided; attendance
// and decisions are stored as rows of their own but always read and written with the meeting.
struct GroupMeeting
{
    RecordMeta meta;
    QDate date;
    QString place;
    QString agenda;
    QString minutes;
    // Ids of group members who attended, sorted, without repeats (the repository keeps them so).
    QStringList attendeeMemberIds;
    // Decisions in the order they were taken; blank lines are not decisions and are dropped.
    QStringList decisions;

    bool operator==(const GroupMeeting&) const = default;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>
#include <QStringList>

// Who was consulted on a priority, when, and what they said: a meeting of the stakeholder
// group, named stakeholders of the map, or both. Participants are free text (personal data,
// left out of shared copies).
struct Consultation
{
    RecordMeta meta;
    QString priorityId;
    QDate date;
    QString meetingId;          // a stakeholder-group meeting; empty when none
    QStringList stakeholderIds; // sorted by id once stored
    QString participants;
    QString summary;

    bool operator==(const Consultation&) const = default;
};

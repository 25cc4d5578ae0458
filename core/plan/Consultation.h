// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>

// Who was consulted on a priority and when. Participants are free text (personal data, left
// out of shared copies); the stakeholder, when there is one, links the consultation to the map.
struct Consultation
{
    RecordMeta meta;
    QString priorityId;
    QDate date;
    QString participants;
    QString stakeholderId;
    QString summary;

    bool operator==(const Consultation&) const = default;
};

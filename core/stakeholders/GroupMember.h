// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>

// A stakeholder's seat in the City Stakeholder Group. A stakeholder holds at most one.
struct GroupMember
{
    RecordMeta meta;
    QString stakeholderId;
    QString role;
    // Invalid when the officer does not know when the stakeholder joined.
    QDate joinedOn;

    bool operator==(const GroupMember&) const = default;
};

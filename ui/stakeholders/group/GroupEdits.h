// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"
#include "stakeholders/GroupMeeting.h"

// Edits of a group meeting's attendance and decisions, shared by their models: each is an
// update of the whole meeting (the repository writes its child rows in one transaction).
class GroupEdits
{
public:
    // Validates, then pushes one undo step named text. Returns the reason it was not stored,
    // empty on success.
    static QString editMeeting(const PaneContext& context, const GroupMeeting& before,
                               const GroupMeeting& after, const QString& text);
};

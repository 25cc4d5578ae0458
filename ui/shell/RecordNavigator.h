// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How a pane opens a record that lives in another pane (a priority's evidence in the checklist
// or the profile, an action's lead on the stakeholder map): the shell shows the pane that holds
// the record's table and asks it to select the record.
class RecordNavigator
{
public:
    virtual ~RecordNavigator() = default;
    // table is the record's table in the file ("stakeholder", "checklist_item", ...). Returns
    // whether a pane showed it.
    virtual bool showRecord(const QString& table, const QString& id) = 0;
};

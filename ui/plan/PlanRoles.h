// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

// The item-data roles of the action plan's tree (priority → action → milestone). The tree model
// provides them and every view of the plan reads them (the timeline beside the tree first), so
// that a view never needs the model's class. Every role is read from column 0 of a row.
namespace PlanRoles {

enum Role
{
    // int: what the row is: 0 a priority, 1 an action, 2 a milestone (RowKind below).
    RowKindRole = Qt::UserRole + 100,
    // QDate: an action's first day (inclusive). Invalid when not planned yet. Priorities and
    // milestones leave it invalid: a priority's span is computed from its actions.
    StartDateRole,
    // QDate: an action's last day (inclusive, so a one-day action has start == end).
    EndDateRole,
    // QDate: a milestone's due date. Invalid on priorities and actions.
    DueDateRole,
    // QDate: the day an action or a milestone was done; invalid while it is not.
    DoneOnRole,
    // QDate: the start, end (actions) and due date (milestones) of the adopted baseline, the
    // plan as the City Stakeholder Group adopted it. Invalid when no baseline was adopted or
    // the row was added after it.
    BaselineStartRole,
    BaselineEndRole,
    BaselineDueRole,
    // QString: the row's status as stored in the file: "planned", "in_progress", "done",
    // "delayed" or "cancelled". Empty on priorities.
    StatusRole,
    // bool: the model's own verdict that the row is late (past its end or due date and not
    // done). Views also work it out from their own today, so that a view shown over midnight,
    // or a test with a fixed day, agrees with itself.
    LateRole,
};

// The values of RowKindRole.
enum RowKind
{
    PriorityRow = 0,
    ActionRow = 1,
    MilestoneRow = 2,
};

} // namespace PlanRoles

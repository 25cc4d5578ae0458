// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/AssessmentRound.h"
#include "checklists/GapList.h"
#include "commands/EditCommand.h"
#include "plan/Priority.h"
#include "plan/PriorityEvidence.h"
#include "storage/RowSnapshot.h"

#include <optional>

class PlanRepository;

// "Make a priority from this gap": a draft priority with the gap's theme, a rationale naming
// the item and its answer, and the item as its evidence. One step: undo takes both away, redo
// puts the same records back.
class PriorityFromGapCommand : public EditCommand
{
public:
    PriorityFromGapCommand(CityFile* file, PlanRepository& plan, const AssessmentRound& round,
                           const GapList::Gap& gap, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    // The priority made (its id once done), for the pane to select it.
    const Priority& priority() const { return m_priority; }

    // The draft made from a gap, before it is stored: for the command and its tests.
    static Priority draftFor(const AssessmentRound& round, const GapList::Gap& gap);

private:
    PlanRepository& m_plan;
    Priority m_priority;
    PriorityEvidence m_evidence;
    std::optional<RowSnapshot> m_removed;
};

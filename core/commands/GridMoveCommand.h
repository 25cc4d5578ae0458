// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/EditCommand.h"
#include "stakeholders/Stakeholder.h"

#include <QList>

#include <utility>

class RecordStore;
class StakeholderRepository;

// Several stakeholders moved together on the influence/interest grid: one undo step, written
// in one transaction (one commit per stakeholder made a move of 200 marks take seconds).
// Each stakeholder's change is a child EditRecordCommand, so a refused one drops out alone.
class GridMoveCommand : public EditCommand
{
public:
    // Each pair is a stakeholder before and after the move.
    GridMoveCommand(RecordStore& store, StakeholderRepository& repository,
                    const QList<std::pair<Stakeholder, Stakeholder>>& moves, const QString& text);

    void redo() override;
    void undo() override;

private:
    RecordStore& m_store;
};

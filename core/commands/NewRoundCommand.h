// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/AssessmentRound.h"
#include "commands/EditCommand.h"
#include "storage/RowSnapshot.h"

#include <optional>

class ChecklistRepository;

// Starts an assessment round, optionally from a copy of an earlier round's answers, as one
// undo step: undo removes the round with every answer it holds, redo brings them back with
// the same identities.
class NewRoundCommand : public EditCommand
{
public:
    NewRoundCommand(CityFile* file, ChecklistRepository& repo, AssessmentRound round,
                    QString copyAnswersFrom, const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    // The round as stored (its id once redo() succeeded).
    const AssessmentRound& round() const { return m_round; }

private:
    ChecklistRepository& m_repo;
    AssessmentRound m_round;
    QString m_copyAnswersFrom;
    std::optional<RowSnapshot> m_removed;
};

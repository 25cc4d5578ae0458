// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/Answer.h"
#include "commands/EditCommand.h"
#include "storage/RowSnapshot.h"

#include <optional>

class ChecklistRepository;

// Gives an item its answer in a round (ChecklistRepository::setAnswer) and, on undo, puts back
// the answer it had, or removes the answer when the item had none: "unanswered" and "unknown"
// score differently, so undo must not leave an answer behind. The answer keeps its identity
// through undo and redo.
class SetAnswerCommand : public EditCommand
{
public:
    SetAnswerCommand(CityFile* file, ChecklistRepository& repo, std::optional<Answer> before,
                     Answer after, const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ChecklistRepository& m_repo;
    std::optional<Answer> m_before;
    Answer m_after;
    std::optional<RowSnapshot> m_removed; // the new answer, taken away by undo
};

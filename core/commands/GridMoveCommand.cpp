// SPDX-License-Identifier: GPL-3.0-or-later
#include "GridMoveCommand.h"

#include "commands/RecordCommands.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/RecordStore.h"

GridMoveCommand::GridMoveCommand(RecordStore& store, StakeholderRepository& repository,
                                 const QList<std::pair<Stakeholder, Stakeholder>>& moves,
                                 const QString& text)
    : EditCommand(store.file(), text), m_store(store)
{
    for (const auto& [before, after] : moves)
        new EditRecordCommand<StakeholderRepository, Stakeholder>(store.file(), repository, before,
                                                                  after, after.name, this);
}

void GridMoveCommand::redo()
{
    // The children's writes join this transaction.
    if (!check(m_store.inTransaction([this] {
            EditCommand::redo();
            return Result<void>{};
        })))
        return;
    // A step that moved nothing (every mark refused, as in a read-only file) is no step: the
    // stack drops it instead of keeping an undo entry that would do nothing.
    bool movedAny = false;
    for (int i = 0; i < childCount() && !movedAny; ++i)
        movedAny = !child(i)->isObsolete();
    if (!movedAny)
        setObsolete(true);
}

void GridMoveCommand::undo()
{
    check(m_store.inTransaction([this] {
        EditCommand::undo();
        return Result<void>{};
    }));
}

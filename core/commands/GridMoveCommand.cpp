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
    check(m_store.inTransaction([this] {
        EditCommand::redo();
        return Result<void>{};
    }));
}

void GridMoveCommand::undo()
{
    check(m_store.inTransaction([this] {
        EditCommand::undo();
        return Result<void>{};
    }));
}

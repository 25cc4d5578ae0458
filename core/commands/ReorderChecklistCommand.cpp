// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReorderChecklistCommand.h"

#include "checklists/ChecklistRepository.h"

ReorderChecklistCommand::ReorderChecklistCommand(CityFile* file, ChecklistRepository& repo,
                                                 Level level, const QString& parentId,
                                                 const QStringList& before,
                                                 const QStringList& after, const QString& text,
                                                 QUndoCommand* parent)
    : EditCommand(file, text, parent), m_repo(repo), m_level(level), m_parentId(parentId),
      m_before(before), m_after(after)
{
}

void ReorderChecklistCommand::redo()
{
    apply(m_after);
}

void ReorderChecklistCommand::undo()
{
    apply(m_before);
}

void ReorderChecklistCommand::apply(const QStringList& order)
{
    check(m_level == Level::Areas ? m_repo.reorderAreas(m_parentId, order)
                                  : m_repo.reorderItems(m_parentId, order));
}

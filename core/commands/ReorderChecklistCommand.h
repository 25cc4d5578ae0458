// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/EditCommand.h"

#include <QStringList>

class ChecklistRepository;

// Moves an area among the checklist's areas, or an item among its area's items: the whole
// order before and after is kept, so undo puts every position back as it was.
class ReorderChecklistCommand : public EditCommand
{
public:
    enum class Level
    {
        Areas, // parentId: the checklist
        Items  // parentId: the area
    };

    ReorderChecklistCommand(CityFile* file, ChecklistRepository& repo, Level level,
                            const QString& parentId, const QStringList& before,
                            const QStringList& after, const QString& text,
                            QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const QStringList& order);

    ChecklistRepository& m_repo;
    Level m_level;
    QString m_parentId;
    QStringList m_before;
    QStringList m_after;
};

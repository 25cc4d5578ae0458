// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/EditCommand.h"

#include <QHash>
#include <QStringList>

class PlanRepository;

// Puts the priorities in a new order: ranks 1..N follow it, written in one transaction so that
// a drag is one undo step. Undo gives every priority the rank it had before, unranked (0) ones
// included.
class ReorderPrioritiesCommand : public EditCommand
{
public:
    // order: every priority's id, the most important first.
    ReorderPrioritiesCommand(CityFile* file, PlanRepository& plan, const QStringList& order,
                             const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const QHash<QString, int>& ranks);

    PlanRepository& m_plan;
    QHash<QString, int> m_before;
    QHash<QString, int> m_after;
};

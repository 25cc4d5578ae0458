// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/EditCommand.h"
#include "plan/PlanBaseline.h"
#include "plan/PlanRepository.h"

#include <QDate>

#include <optional>

class Repositories;

// The council adopts the priorities document on a date: the validated priorities become
// adopted, the document records the day, and the plan's dates and budgets become the baseline
// that slippage is measured against. One step, undone whole.
class AdoptPlanCommand : public EditCommand
{
public:
    AdoptPlanCommand(Repositories& repositories, const QDate& date, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Repositories& m_repositories;
    QDate m_date;
    // What the adoption replaced, set while it is done.
    std::optional<PlanRepository::Adoption> m_before;
    std::optional<PlanBaseline> m_baseline;
};

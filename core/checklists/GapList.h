// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/Answer.h"
#include "checklists/AssessmentRound.h"
#include "checklists/ChecklistArea.h"
#include "checklists/ChecklistItem.h"

#include <QList>

#include <optional>

// The gaps of a round: the items it asks that are answered not met or partly met, the
// starting points of the city's priorities. Pure functions over data already loaded, like
// Scoring, so the pane, the reports and the CLI list the same gaps.
class GapList
{
public:
    struct Gap
    {
        ChecklistArea area;
        ChecklistItem item;
        Answer answer;
    };

    static bool isGap(Answer::Value value);
    // The item as a gap of the round, or nullopt: not asked, not answered, or no gap.
    static std::optional<Gap> gapFor(const AssessmentRound& round, const ChecklistArea& area,
                                     const ChecklistItem& item, const Answer* answer);
    // In checklist order (area by area, as items are given).
    static QList<Gap> gaps(const AssessmentRound& round, const QList<ChecklistArea>& areas,
                           const QList<ChecklistItem>& items, const QList<Answer>& answers);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "GapList.h"

#include <QHash>

bool GapList::isGap(Answer::Value value)
{
    return value == Answer::Value::NotMet || value == Answer::Value::PartlyMet;
}

std::optional<GapList::Gap> GapList::gapFor(const AssessmentRound& round, const ChecklistArea& area,
                                            const ChecklistItem& item, const Answer* answer)
{
    if (!answer || !isGap(answer->value) || !item.isActiveOn(round.heldOn) ||
        item.areaId != area.meta.id)
        return std::nullopt;
    return Gap{area, item, *answer};
}

QList<GapList::Gap> GapList::gaps(const AssessmentRound& round, const QList<ChecklistArea>& areas,
                                  const QList<ChecklistItem>& items, const QList<Answer>& answers)
{
    QHash<QString, const ChecklistArea*> areaById;
    for (const ChecklistArea& a : areas)
        areaById.insert(a.meta.id, &a);
    QHash<QString, const Answer*> answerByItem;
    for (const Answer& a : answers) {
        if (a.roundId == round.meta.id)
            answerByItem.insert(a.itemId, &a);
    }
    QList<Gap> result;
    for (const ChecklistItem& item : items) {
        const ChecklistArea* area = areaById.value(item.areaId);
        if (!area)
            continue;
        if (std::optional<Gap> gap = gapFor(round, *area, item, answerByItem.value(item.meta.id)))
            result << *gap;
    }
    return result;
}

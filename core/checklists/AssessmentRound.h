// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>
#include <QStringList>

// One assessment of a checklist (e.g. yearly). Rounds are repeated so that progress over time
// is visible; the template version is kept so that later changes to the checklist do not
// rewrite what an earlier round was asked.
struct AssessmentRound
{
    RecordMeta meta;
    QString templateId;
    QString label; // unique in the file ("2025", "Baseline")
    QDate heldOn;
    int templateVersion = 0; // 0 on add: the checklist's current version
    QString notes;
    // Stakeholders who took part, stored as round_participant rows, in the order they were
    // added; duplicates are dropped.
    QStringList participantIds;

    bool operator==(const AssessmentRound&) const = default;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

// What a priority rests on: either a gap found by a service-access checklist (an item) or a key
// figure of the migration profile, never both, so that the document can cite each one exactly.
struct PriorityEvidence
{
    RecordMeta meta;
    QString priorityId;
    QString itemId;   // a checklist item; empty when the evidence is a figure
    QString figureId; // a profile figure; empty when the evidence is an item
    QString note;

    bool operator==(const PriorityEvidence&) const = default;
};

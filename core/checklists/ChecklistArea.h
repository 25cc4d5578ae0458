// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

// One area of a checklist: a basic service (education, health, housing, ...) or a
// cross-cutting recommendation (institutional, awareness, cooperation, ...).
struct ChecklistArea
{
    RecordMeta meta;
    QString templateId;
    QString key; // unique within its checklist
    QString title;
    QString description;
    QString themeId; // empty: no theme
    int position = 0;

    bool operator==(const ChecklistArea&) const = default;
};

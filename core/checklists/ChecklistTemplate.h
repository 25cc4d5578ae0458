// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

// A service-access checklist (the MC2CM basic services, an MGI-like framework, the city's own).
// The key is stable across languages and files, so that partner cities compare the same
// checklist and a newer version of a built-in one can be matched to the stored one.
struct ChecklistTemplate
{
    RecordMeta meta;
    QString key;
    QString title;
    int version = 1;
    bool builtin = false;

    bool operator==(const ChecklistTemplate&) const = default;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

// A theme of the shared list that tags stakeholders, checklist areas, priorities and actions.
// Built-in themes have a key (stable across languages and cities); the officer may add more.
struct Theme
{
    RecordMeta meta;
    QString builtinKey;
    QString name;
    int position = 0;

    bool isBuiltin() const { return !builtinKey.isEmpty(); }
    bool operator==(const Theme&) const = default;
};

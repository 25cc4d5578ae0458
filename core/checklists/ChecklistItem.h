// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>

// A statement a city can meet ("A newly arrived child can enrol in a public school without a
// residence permit"). An item that no longer applies is retired rather than deleted, so the
// answers earlier rounds gave it stay and progress over time remains visible.
struct ChecklistItem
{
    RecordMeta meta;
    QString areaId;
    QString key; // unique within its area
    QString statement;
    QString guidance;
    QString themeId; // empty: no theme
    int position = 0;
    int addedInVersion = 1;
    QDate retiredOn; // null: still in use

    bool isRetired() const { return retiredOn.isValid(); }
    // Whether a round held on that day should still ask the item.
    bool isActiveOn(const QDate& day) const { return !retiredOn.isValid() || day < retiredOn; }
    bool operator==(const ChecklistItem&) const = default;
};

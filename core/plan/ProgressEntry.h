// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>

// One dated line of an action's progress log. The author is personal data, left out of shared
// copies.
struct ProgressEntry
{
    RecordMeta meta;
    QString actionId;
    QDate date;
    QString text;
    QString author;

    bool operator==(const ProgressEntry&) const = default;
};

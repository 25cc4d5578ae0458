// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <optional>

// Money for an action from one funding source (municipal budget, AMIF, MMPTF, ...). Amounts are
// whole cents so that the sums in council reports are exact.
struct BudgetLine
{
    RecordMeta meta;
    QString actionId;
    QString label;
    QString fundingSource;
    QString currency = QStringLiteral("EUR"); // ISO 4217, three letters, stored in capitals
    qint64 plannedCents = 0;
    qint64 spentCents = 0;
    qint64 committedCents = 0;                  // promised by contract or decision, not yet paid
    std::optional<qint64> baselinePlannedCents; // what the council adopted; none when added later

    bool operator==(const BudgetLine&) const = default;
};

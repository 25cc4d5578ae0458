// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <optional>

// The city the file is about. Exactly one per file.
struct City
{
    RecordMeta meta;
    QString name;
    QString country;
    QString region;
    QString language = QStringLiteral("en");
    std::optional<qint64> population;
    std::optional<int> populationYear;
    QString populationSource;

    bool operator==(const City&) const = default;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <optional>

// Spatial distribution: a district of the city with its population and migrant population.
struct District
{
    RecordMeta meta;
    QString name;
    std::optional<qint64> population;
    std::optional<qint64> migrantPopulation;
    std::optional<int> year;
    QString source;
    QString notes;
    int position = 0;

    bool operator==(const District&) const = default;
};

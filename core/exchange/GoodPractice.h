// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

// An entry of the good-practice library, which travels between partner cities: what a city
// did, on which theme, and where it is documented.
struct GoodPractice
{
    RecordMeta meta;
    QString title;
    QString cityName; // the city where it was done, as written by whoever recorded it
    QString themeId;  // empty: no theme
    QString description;
    QString source;
    QString partnerId; // empty: not from a partner city (or the partner was removed)
    QString tags;      // words or short phrases separated by commas, as the officer typed them

    bool operator==(const GoodPractice&) const = default;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

class CityComparison;

// A comparison as JSON for scripts (`passerelle-cli compare`), under the stable key names
// docs/compare.md lists. Scores, coverage and progress are fractions 0..1, money in cents.
class CompareJson
{
public:
    static QJsonObject toJson(const CityComparison& comparison);
};

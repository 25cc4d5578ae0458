// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

// Migrants by country of origin: one figure, with its year and source.
struct MigrantOrigin
{
    RecordMeta meta;
    QString country;
    qint64 number = 0;
    int year = 0;
    QString source;
    int position = 0;

    bool operator==(const MigrantOrigin&) const = default;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

// A key figure of the profile ("Foreign-born residents: 12 400"), always with source and year.
struct ProfileFigure
{
    RecordMeta meta;
    QString label;
    double value = 0;
    QString unit;
    int year = 0;
    QString source;
    QString themeId;
    int position = 0;

    bool operator==(const ProfileFigure&) const = default;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/District.h"
#include "profile/MigrantOrigin.h"
#include "profile/ProfileFigure.h"

// The migration profile's records the profile repository's tests share, every field set.
namespace ProfileRecords {

MigrantOrigin origin(const QString& country, qint64 number, int position = 0);
District district(const QString& name, int position = 0);
ProfileFigure figure(const QString& label, int position = 0);

} // namespace ProfileRecords

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QDate>

#include <optional>

// How an action's result is measured: a baseline, a target and the latest value, each of which
// may still be unknown (std::nullopt, stored as NULL, never as a misleading zero).
struct Indicator
{
    RecordMeta meta;
    QString actionId;
    QString name;
    QString unit;
    std::optional<double> baseline;
    std::optional<double> target;
    std::optional<double> current;
    QDate measuredOn; // when current was measured; invalid when unknown

    bool operator==(const Indicator&) const = default;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Indicator.h"
#include "plan/IndicatorValue.h"

#include <QList>

#include <optional>

// Where an indicator stands from its measured values: the latest one when each value is the
// total so far, their sum when each is one period's; and how far that is from the baseline to
// the target. Pure functions, for the pane, the reports and the CLI alike.
class IndicatorMeasure
{
public:
    // nullopt while nothing was measured. values in any order.
    static std::optional<double> current(const Indicator& indicator,
                                         const QList<IndicatorValue>& values);
    // 0..1 (more than 1 past the target), from baseline (0 when unknown) to target; nullopt
    // without a target or when the target equals the baseline.
    static std::optional<double> progress(const Indicator& indicator,
                                          const QList<IndicatorValue>& values);
};

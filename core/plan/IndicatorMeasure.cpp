// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorMeasure.h"

#include <algorithm>

std::optional<double> IndicatorMeasure::current(const Indicator& indicator,
                                                const QList<IndicatorValue>& values)
{
    if (values.isEmpty())
        return std::nullopt;
    if (indicator.aggregation == Indicator::Aggregation::Sum) {
        double sum = 0;
        for (const IndicatorValue& v : values)
            sum += v.value;
        return sum;
    }
    // The latest measured; of two on the same day, the one entered last.
    const auto latest = std::max_element(values.cbegin(), values.cend(),
                                         [](const IndicatorValue& a, const IndicatorValue& b) {
                                             return std::tie(a.measuredOn, a.meta.createdAt) <
                                                    std::tie(b.measuredOn, b.meta.createdAt);
                                         });
    return latest->value;
}

std::optional<double> IndicatorMeasure::progress(const Indicator& indicator,
                                                 const QList<IndicatorValue>& values)
{
    const std::optional<double> now = current(indicator, values);
    if (!now || !indicator.target)
        return std::nullopt;
    const double from = indicator.baseline.value_or(0);
    if (*indicator.target == from)
        return std::nullopt;
    return (*now - from) / (*indicator.target - from);
}

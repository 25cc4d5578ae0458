// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "plan/Indicator.h"
#include "plan/IndicatorValue.h"
#include "plan/PlanData.h"

class ReportLanguage;
class ReportStyle;

// The status report's indicators: a table of each one against its target, then their small
// charts (the values over time, the target dashed), eight to a figure so that a page holds
// sixteen of them.
class PlanIndicatorFigure
{
public:
    static void append(ReportDocument& doc, const QList<Indicator>& indicators,
                       const QList<IndicatorValue>& values, const PlanData& plan,
                       const ReportLanguage& language, const ReportStyle& style);

    static constexpr int chartsPerFigure = 8;
    static constexpr double chartWidth = 112;
    static constexpr double chartHeight = 78;
    static constexpr double labelPoints = 7;
};

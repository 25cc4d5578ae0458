// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportLanguage.h"
#include "ReportOptions.h"
#include "common/Result.h"

class Repositories;

// The action plan's status report for the council and the funders: the headline figures, what
// is late and why (the progress notes), what was done since a date the officer picks, the
// slippage against the plan the council adopted, the budget by funding source, the indicators
// against their targets with their small charts, and the timeline across as many pages as it
// needs (PlanTimelineFigure).
class ActionPlanReport
{
public:
    static Result<ReportDocument> build(Repositories& repos, const ReportOptions& options,
                                        const ReportLanguage& language);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportLanguage.h"
#include "ReportOptions.h"
#include "common/Result.h"

class Repositories;

// The service-access report: the latest round's scores per area with their coverage and the
// chart the Scores tab draws (ScoreChart), the change since the previous round of the same
// checklist, the gaps (GapList) and the priorities made from them (their evidence).
class ServiceAccessReport
{
public:
    static Result<ReportDocument> build(Repositories& repos, const ReportOptions& options,
                                        const ReportLanguage& language);

    // The latest round's scores per area with coverage, and the chart, for this report and
    // the priorities document's annex; no heading of level 1.
    static void appendScores(ReportDocument& doc, Repositories& repos, const ReportOptions& options,
                             const ReportLanguage& language);
};

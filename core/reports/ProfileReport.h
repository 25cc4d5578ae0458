// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportLanguage.h"
#include "ReportOptions.h"
#include "common/Result.h"

class Repositories;

// The city migration profile (MC2CM's knowledge component) as a report: the key figures with
// their sources, the origins of migrants, their spread across districts, and the narrative
// sections with their sources.
class ProfileReport
{
public:
    static Result<ReportDocument> build(Repositories& repos, const ReportOptions& options,
                                        const ReportLanguage& language);

    // A summary of the profile for the priorities document's context chapter: the opening of
    // the overview, the key figures and their sources, the largest origins; no heading of
    // level 1 (the caller writes it).
    static void appendProfileSummary(ReportDocument& doc, Repositories& repos,
                                     const ReportOptions& options, const ReportLanguage& language);
};

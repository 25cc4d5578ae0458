// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportLanguage.h"
#include "ReportOptions.h"
#include "common/Result.h"

class Repositories;

// The stakeholder map report: the influence/interest grid and the relations network drawn by
// the panes' renderers, the stakeholders by strategy (the grid's quadrants) and by kind, the
// City Stakeholder Group, and, only when the officer includes personal data, the contact
// persons.
class StakeholdersReport
{
public:
    static Result<ReportDocument> build(Repositories& repos, const ReportOptions& options,
                                        const ReportLanguage& language);

    // The stakeholder group's members as a table with a sentence on the group's meetings, for
    // this report and the priorities document's annex; no heading of its own. The contact
    // person of each member only with personal data included.
    static void appendGroupMembers(ReportDocument& doc, Repositories& repos,
                                   const ReportOptions& options, const ReportLanguage& language);
};

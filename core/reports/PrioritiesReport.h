// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportLanguage.h"
#include "ReportOptions.h"
#include "common/Result.h"

class Repositories;

// The priorities document, the main report: what the council adopts and the city publishes.
// A cover (city, title, date, version, status), the contents, 1 the context (the introduction
// and a summary of the migration profile with its sources), 2 the method (the participatory
// process: the stakeholder group, its meetings, who was consulted), 3 the priorities (each with
// its rationale, evidence, expected outcome and actions), and annexes (the group's members, the
// service-access scores).
class PrioritiesReport
{
public:
    static Result<ReportDocument> build(Repositories& repos, const ReportOptions& options,
                                        const ReportLanguage& language);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportLanguage.h"
#include "ReportOptions.h"

class Repositories;

// What every report has around its content, in the report's language: the metadata (title,
// author: the city's integration office; subject; language and direction), the header (city,
// title), the footer (page X of Y, the date) and, for the long reports, the cover.
class ReportFrame
{
public:
    // Sets everything but the cover; cityName as the profile has it.
    static void apply(ReportDocument& document, const ReportLanguage& language,
                      const ReportOptions& options, const QString& cityName, const QString& title,
                      const QString& subject);
    // The city's name from the profile; the file's name for the city when it has none.
    static QString cityName(Repositories& repos);
};

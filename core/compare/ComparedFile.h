// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "compare/CitySummary.h"
#include "storage/CityFile.h"

// The one place a file to compare is opened: read-only, checked before opening (structure,
// city, personal-data list, and the pages, rules and references of the tables a comparison
// reads), never written. A partner's file will be opened through its private copy here.
class ComparedFile
{
public:
    static CityFile::OpenResult open(const QString& path);
    // Opens, reads and closes: the summary, or why the file was refused (FileError's message).
    static Result<CitySummary> summarise(const QString& path, const QDate& today);
};

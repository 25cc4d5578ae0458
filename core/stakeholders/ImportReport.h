// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/CsvTable.h"

#include <QList>
#include <QString>
#include <QStringList>

// What a stakeholder import did: counts, and each rejected row with its line in the file and
// a translated reason naming the way out.
struct ImportReport
{
    struct Rejected
    {
        int line = 0;
        QString reason;

        bool operator==(const Rejected&) const = default;
    };

    int imported = 0;      // new stakeholders
    int updated = 0;       // existing stakeholders overwritten (policy "update")
    int skipped = 0;       // existing stakeholders left alone (policy "skip")
    int contactsAdded = 0; // contact persons added, to new or existing stakeholders
    QList<Rejected> rejected;
    // Header cells matching no known column: their values were not imported.
    QStringList ignoredColumns;
    CsvEncoding encoding = CsvEncoding::Utf8;
    CsvDelimiter delimiter = CsvDelimiter::Comma;
};

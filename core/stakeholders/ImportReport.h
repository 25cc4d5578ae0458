// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/ContactPerson.h"
#include "stakeholders/CsvTable.h"
#include "stakeholders/Stakeholder.h"
#include "themes/Theme.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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

    // A record as it was before the import changed it, and as the import left it.
    template <typename T> struct Change
    {
        T before;
        T after;
    };
    // Every record the import wrote, as stored, in the order written: what an undo step needs
    // to take the import back and to do it again with the same identities.
    struct Changes
    {
        QList<Stakeholder> added;
        QList<Change<Stakeholder>> updated;
        QList<ContactPerson> contactsAdded;
        QList<Change<ContactPerson>> contactsUpdated;
        QList<Theme> themesAdded;
        // What the file remembered of imported values before and after (ImportValueMemory);
        // memoryChanged when the import changed it.
        std::optional<QString> memoryBefore;
        std::optional<QString> memoryAfter;
        bool memoryChanged = false;

        bool isEmpty() const
        {
            return added.isEmpty() && updated.isEmpty() && contactsAdded.isEmpty() &&
                   contactsUpdated.isEmpty() && themesAdded.isEmpty() && !memoryChanged;
        }
    };

    int imported = 0;      // new stakeholders
    int updated = 0;       // existing stakeholders overwritten (policy "update")
    int skipped = 0;       // existing stakeholders left alone (policy "skip")
    int contactsAdded = 0; // contact persons added, to new or existing stakeholders
    QList<Rejected> rejected;
    // The themes made for theme values nothing matched, by name; and how many further new
    // theme values were left out (an import makes at most StakeholderCsvImport::maxNewThemes).
    QStringList themesCreated;
    int themesNotCreated = 0;
    // Header cells matching no known column: their values were not imported.
    QStringList ignoredColumns;
    CsvEncoding encoding = CsvEncoding::Utf8;
    CsvDelimiter delimiter = CsvDelimiter::Comma;
    Changes changes;
};

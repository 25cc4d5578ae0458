// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "stakeholders/ContactPerson.h"
#include "stakeholders/CsvReader.h"
#include "stakeholders/ImportReport.h"
#include "stakeholders/ImportValueMatcher.h"
#include "stakeholders/ImportValueWriter.h"
#include "stakeholders/Stakeholder.h"
#include "stakeholders/StakeholderCsvColumns.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

class RecordStore;
class StakeholderRepository;
class ThemeRepository;

// Imports stakeholders and their contact persons from a CSV file (see CsvReader for the
// reading, StakeholderCsvColumns for the columns). The whole import is one transaction: a
// cancel or any write error leaves the file as it was. Rows that do not validate are left
// out and reported with their line; the others are imported.
//
// A row whose name repeats an earlier row's and that fills no stakeholder column (kind, level,
// themes, influence, interest, notes, notes_private) adds a further contact person to that
// stakeholder: this is how StakeholderCsvExport writes stakeholders with several contacts. Any
// other repeat is rejected as a duplicate. Empty cells of a new stakeholder take the defaults of a
// new stakeholder (NGO, local, influence and interest 3); with the policy "update", empty cells
// leave the existing value alone.
//
// Kinds, levels and themes are read by ImportValueMatcher, with the officer's choices for the
// values it does not recognise; those choices are remembered in the city file
// (ImportValueMemory) as part of the import. A row is never left out for a theme: a theme value
// with no choice becomes a new theme (at most maxNewThemes per import).
class StakeholderCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(StakeholderCsvImport)

public:
    using Column = StakeholderCsvColumns::Column;

    // What to do with a row whose name folds like an existing stakeholder's.
    enum class DuplicatePolicy
    {
        Skip,   // leave the existing stakeholder alone
        Update, // overwrite it with the row's non-empty cells, add its contact
        New     // add another stakeholder, named with a suffix: "Caritas (2)"
    };

    // Per header cell, the column its values go to; nullopt leaves the cell out.
    using Mapping = QList<std::optional<Column>>;

    struct Options
    {
        CsvReader::Options csv;
        DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
        // What unrecognised values mean; by default, what the city file remembers.
        std::optional<ImportValueChoices> values;
    };

    // An import makes at most this many themes; further new theme values are left out.
    static constexpr int maxNewThemes = ImportValueWriter::maxNewThemes;
    // The unrecognised values a preview lists for the officer to choose what they mean.
    static constexpr qsizetype maxListedValues = 200;
    // The names of stakeholders already in the file a preview lists.
    static constexpr qsizetype maxListedNames = 200;

    // One data row mapped onto a stakeholder and its contact person.
    struct Row
    {
        int line = 0;
        Stakeholder stakeholder;
        ContactPerson contact;
        bool hasContact = false;
        QSet<Column> filled; // the columns with a non-empty cell
        // Theme values that become new themes, as written (their ids are made by the import).
        QStringList newThemes;
        QStringList newThemeKeys; // their matchKeys
        std::optional<Error> problem;
        // Its name folds like a stakeholder already in the file (see DuplicatePolicy).
        bool existing = false;
    };

    // The first rows mapped, for a dialog to show before importing.
    struct Preview
    {
        QStringList header;
        Mapping columns; // per header cell, the column it maps to
        QList<Row> rows;
        int totalRows = 0;
        // Distinct names of the whole file that match a stakeholder already in the file, and
        // the first maxListedNames of them as the file writes them.
        int existingMatches = 0;
        QStringList existingNames;
        // The kind, level and theme values of the whole file the rules do not recognise (the
        // officer's choices may), at most maxListedValues; unlistedValues counts the others.
        QList<ImportValueMatcher::Value> unknownValues;
        int unlistedValues = 0;
        CsvEncoding encoding = CsvEncoding::Utf8;
        CsvDelimiter delimiter = CsvDelimiter::Comma;
    };

    // Returns true to cancel; asked before each row.
    using CancelCheck = std::function<bool()>;

    StakeholderCsvImport(RecordStore& store, StakeholderRepository& stakeholders,
                         ThemeRepository& themes);

    // The columns recognised from the header's names, English or French; a second header of
    // the same meaning is left out (the first one wins).
    static Mapping autoMapping(const QStringList& header);

    // What the city file remembers of the values of earlier imports.
    ImportValueChoices rememberedChoices() const;

    // With a mapping, the officer's choice of columns replaces the recognised one; with
    // values, the officer's choices replace those the file remembers.
    Result<Preview> preview(const CsvTable& table, int maxRows,
                            const std::optional<Mapping>& mapping = {},
                            const std::optional<ImportValueChoices>& values = {}) const;
    Result<ImportReport> run(const CsvTable& table, DuplicatePolicy onDuplicate,
                             const CancelCheck& cancelled = {});
    // values: what unrecognised values mean, which the file then remembers for the values of
    // this table (a value without a choice is forgotten).
    Result<ImportReport> run(const CsvTable& table, const Mapping& mapping,
                             DuplicatePolicy onDuplicate, const ImportValueChoices& values,
                             const CancelCheck& cancelled = {});
    // Reads the file, then imports it: nothing is written when the file cannot be read.
    Result<ImportReport> run(const QString& path, const Options& options,
                             const CancelCheck& cancelled = {});

    static Error cancelledError();

private:
    // Stakeholder id -> folded name -> the contact of that name, as the import leaves them.
    using ContactIndex = QHash<QString, QHash<QString, ContactPerson>>;

    static Result<Mapping> checkMapping(const CsvTable& table, const Mapping& mapping);
    static Row mapRow(const CsvRow& csv, const Mapping& columns, const ImportValueMatcher& values);
    ImportValueMatcher matcher(const ImportValueChoices& values) const;
    // Adds the row's contact to the stakeholder, or, when a contact of that name is there
    // already, completes its e-mail and phone. The stakeholder's contacts are read once into
    // the index: a stakeholder with thousands of contact rows must not read them all again for
    // each (22 s for 3,000 rows).
    Result<void> writeContact(const QString& stakeholderId, ContactPerson contact,
                              ContactIndex& index, ImportReport& report);

    RecordStore& m_store;
    StakeholderRepository& m_stakeholders;
    ThemeRepository& m_themes;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderCsvImport.h"

#include "common/TextFolding.h"
#include "common/TextLimits.h"
#include "common/Validation.h"
#include "stakeholders/ImportValueWriter.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/RecordStore.h"
#include "themes/ThemeRepository.h"

namespace {

using Column = StakeholderCsvColumns::Column;

// The columns that describe the stakeholder itself; a repeated name filling none of them is a
// further contact person of the same stakeholder.
const QList<Column> stakeholderColumns = {Column::Kind,        Column::Level,    Column::Themes,
                                          Column::Influence,   Column::Interest, Column::Notes,
                                          Column::NotesPrivate};

// The names the officer sees in the interface, which the import accepts as they are (as it
// accepts the stored keys and the English and French names).
template <typename Value> QString acceptedNames(const QList<Value>& values)
{
    QStringList names;
    for (Value v : values)
        names << Stakeholder::label(v);
    return names.join(QStringLiteral(", "));
}

} // namespace

StakeholderCsvImport::StakeholderCsvImport(RecordStore& store, StakeholderRepository& stakeholders,
                                           ThemeRepository& themes)
    : m_store(store), m_stakeholders(stakeholders), m_themes(themes)
{
}

Error StakeholderCsvImport::cancelledError()
{
    return {tr("The import was cancelled: nothing was changed in the city file. Import the CSV "
               "file again when you are ready.")};
}

ImportValueChoices StakeholderCsvImport::rememberedChoices() const
{
    return ImportValueWriter(m_store, m_themes).remembered();
}

ImportValueMatcher StakeholderCsvImport::matcher(const ImportValueChoices& values) const
{
    return ImportValueMatcher(m_themes.themes(), values);
}

StakeholderCsvImport::Mapping StakeholderCsvImport::autoMapping(const QStringList& header)
{
    Mapping columns;
    QSet<Column> seen;
    for (const QString& cell : header) {
        std::optional<Column> c = StakeholderCsvColumns::fromHeader(cell);
        if (c && seen.contains(*c))
            c.reset();
        if (c)
            seen.insert(*c);
        columns << c;
    }
    return columns;
}

Result<StakeholderCsvImport::Mapping> StakeholderCsvImport::checkMapping(const CsvTable& table,
                                                                         const Mapping& mapping)
{
    Mapping columns = mapping;
    // Cells past the header are reported per row; a shorter mapping leaves the rest out.
    columns.resize(table.header.size());
    QSet<Column> seen;
    for (const std::optional<Column>& c : std::as_const(columns)) {
        if (!c)
            continue;
        if (seen.contains(*c)) {
            return Error{tr("Two columns of the CSV file are imported as “%1”. Keep one of them "
                            "and set the other to “Not imported”.")
                             .arg(StakeholderCsvColumns::label(*c))};
        }
        seen.insert(*c);
    }
    if (!seen.contains(Column::Name)) {
        return Error{tr("The first line of the CSV file (line %1) has no column of stakeholder "
                        "names; it reads: %2. Name that column “name” or “nom”, then import "
                        "again.")
                         .arg(table.headerLine)
                         .arg(table.header.join(QStringLiteral(" | ")).left(200))};
    }
    return columns;
}

StakeholderCsvImport::Row StakeholderCsvImport::mapRow(const CsvRow& csv, const Mapping& columns,
                                                       const ImportValueMatcher& values)
{
    Row row;
    row.line = csv.line;
    QHash<Column, QString> cells;
    std::optional<Error> tooLong;
    for (qsizetype i = 0; i < csv.fields.size(); ++i) {
        if (i >= columns.size()) {
            if (!csv.fields.at(i).trimmed().isEmpty() && !row.problem) {
                row.problem = Error{
                    tr("This line has %1 fields where the header has %2: a value holding the "
                       "separator must be put in double quotes. Correct the line, or save the "
                       "file again from your spreadsheet.")
                        .arg(csv.fields.size())
                        .arg(columns.size())};
            }
            continue;
        }
        // Notes keep their spaces and line breaks (an export read back is the same text);
        // every other cell is a name, a key or a number, where stray spaces are typing slips.
        const std::optional<Column> column = columns.at(i);
        const QString& raw = csv.fields.at(i);
        if (column && !raw.trimmed().isEmpty()) {
            cells.insert(*column, *column == Column::Notes ? raw : raw.trimmed());
            row.filled.insert(*column);
            // Notes are pages, every other cell a line; a longer cell is a mistake (a quote
            // left open swallows the lines after it) or not a stakeholder list at all.
            const qsizetype max =
                *column == Column::Notes ? TextLimits::maxLongText : TextLimits::maxShortText;
            if (!tooLong && !row.problem)
                tooLong = Validation::maxLength(
                    cells.value(*column), max,
                    tr("The “%1” cell").arg(StakeholderCsvColumns::label(*column)));
        }
    }
    if (tooLong) {
        // Nothing else is read of the row; its name still marks its contact rows as refused.
        row.problem = tooLong;
        row.stakeholder.name = cells.value(Column::Name);
        return row;
    }
    auto fail = [&row](Error e) {
        if (!row.problem)
            row.problem = std::move(e);
    };
    Stakeholder& s = row.stakeholder;
    s.name = cells.value(Column::Name);
    if (s.name.isEmpty())
        fail({tr("The stakeholder's name is missing. Fill it in, or delete the line.")});
    if (cells.contains(Column::Kind)) {
        if (auto kind = values.kind(cells.value(Column::Kind)))
            s.kind = *kind;
        else {
            fail({tr("“%1” is not a kind of stakeholder. Use one of: %2; or say which kind it "
                     "means when you import.")
                      .arg(TextLimits::shortened(cells.value(Column::Kind)),
                           acceptedNames(Stakeholder::allKinds()))});
        }
    }
    if (cells.contains(Column::Level)) {
        if (auto level = values.level(cells.value(Column::Level)))
            s.level = *level;
        else {
            fail({tr("“%1” is not a level. Use one of: %2; or say which level it means when "
                     "you import.")
                      .arg(TextLimits::shortened(cells.value(Column::Level)),
                           acceptedNames(Stakeholder::allLevels()))});
        }
    }
    const auto score = [&](Column column, int& target, const QString& field) {
        if (!cells.contains(column))
            return;
        bool ok = false;
        const int value = cells.value(column).toInt(&ok);
        if (ok && value >= Stakeholder::minScore && value <= Stakeholder::maxScore) {
            target = value;
            return;
        }
        // An empty cell keeps the value the field already has (the default for a new one).
        fail({tr("%1 must be a whole number from %2 to %3, not “%4”. Correct the cell, or "
                 "leave it empty to use %5.")
                  .arg(field)
                  .arg(Stakeholder::minScore)
                  .arg(Stakeholder::maxScore)
                  .arg(TextLimits::shortened(cells.value(column)))
                  .arg(target)});
    };
    score(Column::Influence, s.influence, tr("The influence"));
    score(Column::Interest, s.interest, tr("The interest"));
    // A theme never leaves the row out: a value nothing matches becomes a theme of its own.
    QSet<QString> newKeys;
    for (const QString& theme : StakeholderCsvColumns::splitList(cells.value(Column::Themes))) {
        const ImportValueMatcher::ThemeMatch match = values.theme(theme);
        using Outcome = ImportValueMatcher::ThemeMatch::Outcome;
        if (match.outcome == Outcome::Existing && !s.themeIds.contains(match.themeId))
            s.themeIds << match.themeId;
        if (match.outcome == Outcome::New && !match.key.isEmpty() && !newKeys.contains(match.key)) {
            newKeys.insert(match.key);
            row.newThemes << theme;
            row.newThemeKeys << match.key;
        }
    }
    s.notes = cells.value(Column::Notes);
    // Without the column (or with an empty cell) a new stakeholder's notes are not private, as
    // in a CSV written before the column existed.
    if (cells.contains(Column::NotesPrivate)) {
        if (const std::optional<bool> flag =
                StakeholderCsvColumns::yesNoFrom(cells.value(Column::NotesPrivate)))
            s.notesPrivate = *flag;
        else {
            fail({tr("“%1” does not say whether the notes are private: write yes or no, or "
                     "leave the cell empty for notes that are not private.")
                      .arg(cells.value(Column::NotesPrivate))});
        }
    }

    ContactPerson& c = row.contact;
    c.name = cells.value(Column::Contact);
    c.email = cells.value(Column::Email);
    c.phone = cells.value(Column::Phone);
    row.hasContact = !c.name.isEmpty() || !c.email.isEmpty() || !c.phone.isEmpty();
    if (row.hasContact && c.name.isEmpty())
        fail({tr("The contact person's name is missing while an e-mail or phone is given. Fill "
                 "in the contact's name, or empty the e-mail and phone.")});
    if (!c.email.isEmpty() && !ContactPerson::looksLikeEmail(c.email))
        fail({tr("“%1” does not look like an e-mail address (name@example.org). Correct it, or "
                 "leave the e-mail empty.")
                  .arg(TextLimits::shortened(c.email))});
    if (!c.phone.isEmpty() && !ContactPerson::looksLikePhone(c.phone))
        fail({tr("“%1” does not look like a phone number: use digits, spaces and + - ( ) . "
                 "only, with at least six digits. Correct it, or leave the phone empty.")
                  .arg(TextLimits::shortened(c.phone))});
    // A row left out makes no theme.
    if (row.problem) {
        row.newThemes.clear();
        row.newThemeKeys.clear();
    }
    return row;
}

Result<StakeholderCsvImport::Preview>
StakeholderCsvImport::preview(const CsvTable& table, int maxRows,
                              const std::optional<Mapping>& mapping,
                              const std::optional<ImportValueChoices>& values) const
{
    Result<Mapping> columns = checkMapping(table, mapping.value_or(autoMapping(table.header)));
    if (!columns)
        return columns.error();
    Preview p;
    p.header = table.header;
    p.columns = columns.value();
    p.totalRows = int(table.rows.size());
    p.encoding = table.encoding;
    p.delimiter = table.delimiter;
    const ImportValueMatcher themes = matcher(values ? *values : rememberedChoices());
    for (const ImportValueMatcher::Value& v :
         ImportValueMatcher::distinctValues(table, p.columns)) {
        if (themes.knows(v))
            continue;
        if (p.unknownValues.size() < maxListedValues)
            p.unknownValues << v;
        else
            ++p.unlistedValues;
    }
    QSet<QString> existing;
    for (const Stakeholder& s : m_stakeholders.stakeholderSummaries())
        existing.insert(TextFolding::fold(s.name));
    const qsizetype nameColumn = p.columns.indexOf(Column::Name);
    QSet<QString> matched;
    for (const CsvRow& row : table.rows) {
        const QString key = TextFolding::fold(row.fields.value(nameColumn).trimmed());
        if (key.isEmpty() || !existing.contains(key) || matched.contains(key))
            continue;
        matched.insert(key);
        if (p.existingNames.size() < maxListedNames)
            p.existingNames << TextLimits::shortened(row.fields.value(nameColumn).trimmed());
    }
    p.existingMatches = int(matched.size());
    for (qsizetype i = 0; i < table.rows.size() && i < maxRows; ++i) {
        Row row = mapRow(table.rows.at(i), p.columns, themes);
        row.existing = existing.contains(TextFolding::fold(row.stakeholder.name));
        p.rows << row;
    }
    return p;
}

Result<void> StakeholderCsvImport::writeContact(const QString& stakeholderId, ContactPerson contact,
                                                ContactIndex& index, ImportReport& report)
{
    auto known = index.find(stakeholderId);
    if (known == index.end()) {
        QHash<QString, ContactPerson> byName;
        for (const ContactPerson& c : m_stakeholders.contacts(stakeholderId)) {
            // The first of a name is the one completed, as the file lists them.
            const QString name = TextFolding::fold(c.name);
            if (!byName.contains(name))
                byName.insert(name, c);
        }
        known = index.insert(stakeholderId, byName);
    }
    const QString key = TextFolding::fold(contact.name);
    if (const auto before = known->find(key); before != known->end()) {
        if (contact.email.isEmpty() && contact.phone.isEmpty())
            return {};
        ContactPerson after = *before;
        if (!contact.email.isEmpty())
            after.email = contact.email;
        if (!contact.phone.isEmpty())
            after.phone = contact.phone;
        if (Result<void> r = m_stakeholders.update(after); !r)
            return r;
        report.changes.contactsUpdated.append({*before, after});
        *before = after;
        return {};
    }
    contact.stakeholderId = stakeholderId;
    if (Result<void> r = m_stakeholders.add(contact); !r)
        return r;
    known->insert(key, contact);
    ++report.contactsAdded;
    report.changes.contactsAdded.append(contact);
    return {};
}

Result<ImportReport> StakeholderCsvImport::run(const QString& path, const Options& options,
                                               const CancelCheck& cancelled)
{
    Result<CsvTable> table = CsvReader::read(path, options.csv);
    if (!table)
        return table.error();
    return run(table.value(), autoMapping(table.value().header), options.onDuplicate,
               options.values ? *options.values : rememberedChoices(), cancelled);
}

Result<ImportReport> StakeholderCsvImport::run(const CsvTable& table, DuplicatePolicy onDuplicate,
                                               const CancelCheck& cancelled)
{
    return run(table, autoMapping(table.header), onDuplicate, rememberedChoices(), cancelled);
}

Result<ImportReport> StakeholderCsvImport::run(const CsvTable& table, const Mapping& mapping,
                                               DuplicatePolicy onDuplicate,
                                               const ImportValueChoices& values,
                                               const CancelCheck& cancelled)
{
    Result<Mapping> mapped = checkMapping(table, mapping);
    if (!mapped)
        return mapped.error();
    const Mapping& columns = mapped.value();
    ImportReport report;
    report.encoding = table.encoding;
    report.delimiter = table.delimiter;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (!columns.at(i) && !table.header.at(i).isEmpty())
            report.ignoredColumns << TextLimits::shortened(table.header.at(i));
    }
    ImportValueMatcher themes = matcher(values);
    ImportValueWriter writer(m_store, m_themes);

    // Existing stakeholders by folded name: one read, whatever the file's size.
    QHash<QString, Stakeholder> existing;
    for (Stakeholder& s : m_stakeholders.stakeholders())
        existing.insert(TextFolding::fold(s.name), std::move(s));
    QSet<QString> usedKeys(existing.keyBegin(), existing.keyEnd());
    struct Seen
    {
        int line = 0;
        QString stakeholderId; // empty when the row was skipped or rejected
        bool rejected = false;
    };
    QHash<QString, Seen> seen; // folded name -> first row of that name in the file
    ContactIndex contacts;

    const Result<void> written = m_store.inTransaction([&]() -> Result<void> {
        if (Result<void> r =
                writer.remember(ImportValueMatcher::distinctValues(table, columns), values, report);
            !r)
            return r;
        for (const CsvRow& csv : table.rows) {
            if (cancelled && cancelled())
                return cancelledError();
            Row row = mapRow(csv, columns, themes);
            if (row.problem) {
                report.rejected.append({row.line, row.problem->message});
                // Its further contact rows must not create the stakeholder with defaults.
                const QString key = TextFolding::fold(row.stakeholder.name);
                if (!key.isEmpty() && !seen.contains(key))
                    seen.insert(key, {row.line, {}, true});
                continue;
            }
            Stakeholder& s = row.stakeholder;
            const QString key = TextFolding::fold(s.name);
            if (const auto earlier = seen.constFind(key); earlier != seen.cend()) {
                const bool contactOnly =
                    row.hasContact &&
                    std::none_of(stakeholderColumns.cbegin(), stakeholderColumns.cend(),
                                 [&](Column c) { return row.filled.contains(c); });
                if (contactOnly && earlier->rejected) {
                    report.rejected.append(
                        {row.line, tr("This contact person belongs to “%1” of line %2, which was "
                                      "not imported. Correct line %2, then import again.")
                                       .arg(TextLimits::shortened(s.name))
                                       .arg(earlier->line)});
                } else if (!contactOnly) {
                    report.rejected.append(
                        {row.line, tr("“%1” repeats the stakeholder of line %2. Keep one of the "
                                      "two lines, or leave only the contact columns filled on "
                                      "this one to add a further contact person.")
                                       .arg(TextLimits::shortened(s.name))
                                       .arg(earlier->line)});
                } else if (!earlier->stakeholderId.isEmpty()) {
                    if (Result<void> r =
                            writeContact(earlier->stakeholderId, row.contact, contacts, report);
                        !r)
                        return r;
                }
                continue;
            }
            const auto current = existing.constFind(key);
            if (current != existing.cend() && onDuplicate == DuplicatePolicy::Skip) {
                ++report.skipped;
                seen.insert(key, {row.line, {}});
                continue;
            }
            if (current != existing.cend() && onDuplicate == DuplicatePolicy::Update) {
                Stakeholder next = *current;
                const auto has = [&row](Column c) { return row.filled.contains(c); };
                if (has(Column::Kind))
                    next.kind = s.kind;
                if (has(Column::Level))
                    next.level = s.level;
                if (has(Column::Influence))
                    next.influence = s.influence;
                if (has(Column::Interest))
                    next.interest = s.interest;
                if (has(Column::Themes))
                    next.themeIds = s.themeIds;
                if (has(Column::Notes))
                    next.notes = s.notes;
                if (has(Column::NotesPrivate))
                    next.notesPrivate = s.notesPrivate;
                if (std::optional<Error> e = m_stakeholders.validate(next)) {
                    report.rejected.append({row.line, e->message});
                    continue;
                }
                if (Result<void> r = writer.makeThemes(row.newThemes, row.newThemeKeys, s.themeIds,
                                                       themes, report);
                    !r)
                    return r;
                if (has(Column::Themes))
                    next.themeIds = s.themeIds;
                if (Result<void> r = m_stakeholders.update(next); !r)
                    return r;
                ++report.updated;
                report.changes.updated.append({*current, next});
                s = next;
            } else {
                if (current != existing.cend()) {
                    // Policy "new": the first free "Name (n)", counting this file's rows too.
                    const QString base = s.name;
                    for (int n = 2; usedKeys.contains(TextFolding::fold(s.name)); ++n)
                        s.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
                }
                if (std::optional<Error> e = m_stakeholders.validate(s)) {
                    report.rejected.append({row.line, e->message});
                    continue;
                }
                if (Result<void> r = writer.makeThemes(row.newThemes, row.newThemeKeys, s.themeIds,
                                                       themes, report);
                    !r)
                    return r;
                if (Result<void> r = m_stakeholders.add(s); !r)
                    return r;
                ++report.imported;
                report.changes.added.append(s);
                usedKeys.insert(TextFolding::fold(s.name));
            }
            seen.insert(key, {row.line, s.meta.id});
            if (row.hasContact) {
                if (Result<void> r = writeContact(s.meta.id, row.contact, contacts, report); !r)
                    return r;
            }
        }
        return {};
    });
    if (!written)
        return written.error();
    return report;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a stakeholder CSV file, imported as the import dialog imports it. The table
// CsvReader reads (fuzz_csvreader's part) goes through the import's column mapping and row checks
// (StakeholderCsvImport::preview) and the import itself, against a small city file made once;
// the import runs in a transaction that is never committed, so that every input starts from the
// same file. Both read the file they are given and its themes on each call: some fifty times
// slower than reading the CSV alone, hence a target of its own.
#include "FuzzSupport.h"

#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "stakeholders/CsvReader.h"
#include "stakeholders/StakeholderCsvImport.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

// The city the preview compares names and themes with: built-in themes and one stakeholder,
// so that rows naming a theme or an existing stakeholder take the matching paths too.
struct City
{
    std::unique_ptr<CityFile> file;
    std::unique_ptr<Repositories> repos;
    std::unique_ptr<StakeholderCsvImport> import;
};

City& city()
{
    static City c;
    return c;
}

void makeCity()
{
    CityFile::OpenResult created = CitySeeder::createFile(
        Fuzz::scratchDir() + QStringLiteral("/csv.passerelle"),
        {QStringLiteral("Fuzz"), QStringLiteral("FR")}, CitySeeder::Checklists::None);
    if (!created)
        Fuzz::fail("cannot create the city file", created.error().message());
    City& c = city();
    c.file = created.take();
    // Every import is rolled back and the file thrown away at the end: no journal on disk and
    // no sync, or each input would wait for the disk.
    QSqlQuery pragma(c.file->database());
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = MEMORY")) ||
        !pragma.exec(QStringLiteral("PRAGMA synchronous = OFF")))
        Fuzz::fail("cannot set the city file's journal", pragma.lastError().text());
    c.repos = std::make_unique<Repositories>(*c.file);
    Stakeholder caritas;
    caritas.name = QStringLiteral("Caritas");
    if (Result<void> r = c.repos->stakeholders().add(caritas); !r)
        Fuzz::fail("cannot add a stakeholder", r.error().message);
    c.import = std::make_unique<StakeholderCsvImport>(c.repos->store(), c.repos->stakeholders(),
                                                      c.repos->themes());
}

void checkPreview(const CsvTable& table)
{
    const StakeholderCsvImport::Mapping mapping = StakeholderCsvImport::autoMapping(table.header);
    if (mapping.size() != table.header.size())
        Fuzz::fail("the mapping does not cover the header");
    Result<StakeholderCsvImport::Preview> preview =
        city().import->preview(table, int(table.rows.size()));
    if (!preview) {
        if (preview.error().message.isEmpty())
            Fuzz::fail("a refused preview says nothing");
        return;
    }
    const StakeholderCsvImport::Preview& p = preview.value();
    if (p.rows.size() != table.rows.size() || p.totalRows != table.rows.size())
        Fuzz::fail("the preview lost rows");
    for (const StakeholderCsvImport::Row& row : p.rows) {
        if (row.problem && row.problem->message.isEmpty())
            Fuzz::fail("a rejected row says nothing", QString::number(row.line));
        if (!row.problem && row.stakeholder.name.trimmed().isEmpty())
            Fuzz::fail("a row without a name is accepted", QString::number(row.line));
    }
}

void checkImport(const CsvTable& table, StakeholderCsvImport::DuplicatePolicy policy)
{
    // The import joins a transaction already open (RecordStore::inTransaction); this one rolls
    // back when it goes out of scope.
    TransactionGuard guard(city().file->database());
    if (!guard.isActive())
        Fuzz::fail("cannot open a transaction", guard.lastError());
    Result<ImportReport> report = city().import->run(table, policy);
    if (!report) {
        if (report.error().message.isEmpty())
            Fuzz::fail("a refused import says nothing");
        return;
    }
    // Each row is imported, updated, skipped or rejected at most once (a row adding a further
    // contact person is none of these).
    const ImportReport& r = report.value();
    if (r.imported + r.updated + r.skipped + r.rejected.size() > table.rows.size())
        Fuzz::fail("the import counts more rows than the file has");
    for (const ImportReport::Rejected& rejected : r.rejected) {
        if (rejected.reason.isEmpty() || rejected.line < 1)
            Fuzz::fail("a rejected row is not said where or why", QString::number(rejected.line));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::initialize();
    makeCity();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Not a copy: an over-read past the input's end is then AddressSanitizer's to see.
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    Result<CsvTable> table = CsvReader::parse(bytes);
    if (!table) {
        if (table.error().message.isEmpty())
            Fuzz::fail("a refused file says nothing");
        return 0;
    }
    checkPreview(table.value());
    // Each policy for an existing name in turn, chosen by the input so that a finding replays.
    checkImport(table.value(), StakeholderCsvImport::DuplicatePolicy(size % 3));
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a stakeholder CSV file as CsvReader reads it (encoding, separator, libcsv),
// and the columns the import recognises in its header. What the import does with the rows needs
// a city file: fuzz_csvimport.
#include "FuzzSupport.h"

#include "stakeholders/CsvReader.h"
#include "stakeholders/StakeholderCsvImport.h"

#include <cstddef>
#include <cstdint>

namespace {

bool sameTable(const CsvTable& a, const CsvTable& b)
{
    if (a.header != b.header || a.headerLine != b.headerLine || a.rows.size() != b.rows.size())
        return false;
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        if (a.rows.at(i).line != b.rows.at(i).line || a.rows.at(i).fields != b.rows.at(i).fields)
            return false;
    }
    return true;
}

void checkTable(const QByteArray& bytes, const CsvTable& table)
{
    // Line numbers are what a rejected row is reported with: never before the header, never
    // going back.
    int previous = table.headerLine;
    if (previous < 1)
        Fuzz::fail("the header line is not a line", QString::number(previous));
    for (const CsvRow& row : table.rows) {
        if (row.line < previous)
            Fuzz::fail("a row's line goes back", QString::number(row.line));
        previous = row.line;
    }
    // The dialog lets the officer confirm what was detected: the same choice made by hand
    // must read the same table.
    CsvReader::Options chosen;
    chosen.encoding = table.encoding;
    chosen.delimiter = table.delimiter;
    Result<CsvTable> again = CsvReader::parse(bytes, chosen);
    if (!again)
        Fuzz::fail("the detected encoding and separator do not read", again.error().message);
    if (!sameTable(table, again.value()))
        Fuzz::fail("the detected encoding and separator read another table");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::initialize();
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
    checkTable(bytes, table.value());
    if (StakeholderCsvImport::autoMapping(table.value().header).size() !=
        table.value().header.size())
        Fuzz::fail("the mapping does not cover the header");
    return 0;
}

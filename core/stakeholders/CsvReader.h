// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "stakeholders/CsvTable.h"

#include <QByteArray>
#include <QCoreApplication>

// How to read a CSV file (outside CsvReader so that it can be a default argument).
struct CsvReadOptions
{
    // A stakeholder list is a few thousand rows of a few hundred bytes; the whole file is held
    // in memory (several times: bytes, text, fields) while it is imported. Larger files are
    // refused before a byte is read.
    static constexpr qint64 defaultMaxBytes = 32LL * 1024 * 1024;
    // Five times the longest real list (a couple of thousand stakeholders, a row per contact
    // person). Each row is one or two records written: this many import in under two seconds,
    // the 100,000 tiny rows of a megabyte would take seven.
    static constexpr qsizetype defaultMaxRows = 10000;
    // A spreadsheet's export with every column a contact manager keeps; the column chooser
    // shows one line per column.
    static constexpr qsizetype defaultMaxColumns = 500;

    CsvEncoding encoding = CsvEncoding::Auto;
    CsvDelimiter delimiter = CsvDelimiter::Auto;
    qint64 maxBytes = defaultMaxBytes;
    qsizetype maxRows = defaultMaxRows;       // data rows, the header line left out
    qsizetype maxColumns = defaultMaxColumns; // fields on any line
};

// Reads a CSV file the way an officer's spreadsheet wrote it: detects the encoding and the
// separator, parses with libcsv (quotes, separators and newlines inside fields) and refuses,
// before parsing, what is not a CSV file at all: not a regular file, too large, empty, binary;
// and while parsing, more rows or columns than a stakeholder list has.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    using Options = CsvReadOptions;

    static Result<CsvTable> read(const QString& path, const Options& options = {});
    // The same on bytes already in memory (tests, clipboard); name is used in messages.
    static Result<CsvTable> parse(const QByteArray& bytes, const Options& options = {},
                                  const QString& name = {});

    static CsvEncoding detectEncoding(const QByteArray& bytes);
    static QString decode(const QByteArray& bytes, CsvEncoding encoding);
    // The separator giving the first lines of text the most consistent field count.
    static CsvDelimiter detectDelimiter(const QString& text);
    static char delimiterChar(CsvDelimiter delimiter);

    static QString name(CsvEncoding encoding);
    static QString name(CsvDelimiter delimiter);
};

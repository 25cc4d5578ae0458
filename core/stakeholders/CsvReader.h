// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "stakeholders/CsvTable.h"

#include <QByteArray>
#include <QCoreApplication>

// How to read a CSV file (outside CsvReader so that it can be a default argument).
struct CsvReadOptions
{
    // Larger files are refused before a byte is read: a stakeholder list is a few thousand
    // rows, and the whole file is held in memory while it is imported.
    static constexpr qint64 defaultMaxBytes = 100LL * 1024 * 1024;

    CsvEncoding encoding = CsvEncoding::Auto;
    CsvDelimiter delimiter = CsvDelimiter::Auto;
    qint64 maxBytes = defaultMaxBytes;
};

// Reads a CSV file the way an officer's spreadsheet wrote it: detects the encoding and the
// separator, parses with libcsv (quotes, separators and newlines inside fields) and refuses,
// before parsing, what is not a CSV file at all: too large, empty, binary.
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

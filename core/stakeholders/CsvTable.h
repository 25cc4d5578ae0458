// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

// How a CSV file's bytes are turned into text. Auto looks at the bytes: UTF-8 (with or without
// a byte order mark) when they are valid UTF-8, else Windows-1252, what spreadsheets on Windows
// write in Western Europe.
enum class CsvEncoding
{
    Auto,
    Utf8,
    Windows1252
};

// The field separator. Auto picks the one that gives the first lines a consistent field count.
enum class CsvDelimiter
{
    Auto,
    Comma,
    Semicolon,
    Tab
};

// One record of a CSV file with the physical line it starts on (1-based, counting the newlines
// inside quoted fields), so that a report points at the line a text editor shows.
struct CsvRow
{
    int line = 0;
    QStringList fields;
};

// A CSV file as read: its header, its records (blank lines left out) and what was detected.
struct CsvTable
{
    QStringList header;
    int headerLine = 0;
    QList<CsvRow> rows;
    CsvEncoding encoding = CsvEncoding::Utf8;
    CsvDelimiter delimiter = CsvDelimiter::Comma;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

#include <memory>

class CityFile;

// Opens a city file for a command that only reads it (scores, plan, export-ics), read-only and
// checked as every opening is, or only in the tables the command reads; prints why it cannot be
// read.
class ReadableCityFile
{
public:
    // nullptr when the file cannot be read; the reason is on err.
    static std::unique_ptr<CityFile> open(const QString& path, QTextStream& err);
    // Checks the tables read, the city and the structure only (CityFile::openToRead).
    static std::unique_ptr<CityFile> open(const QString& path, const QStringList& tables,
                                          QTextStream& err);
};

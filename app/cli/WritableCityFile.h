// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

class CityFile;

// Opens a city file for a command that writes to it: prints why it cannot (a refused file, a
// read-only file or folder) or what opening had to do first (an interrupted change undone).
class WritableCityFile
{
    Q_DECLARE_TR_FUNCTIONS(WritableCityFile)

public:
    // nullptr when the file cannot be written; the reason is on err.
    static std::unique_ptr<CityFile> open(const QString& path, QTextStream& err);
};

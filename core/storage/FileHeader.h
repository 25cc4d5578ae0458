// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The first 100 bytes of an SQLite file, read without opening it through SQLite, so that a file
// of another kind can be recognised and refused without the slightest write.
struct FileHeader
{
    bool readable = false;
    bool isSqlite = false;
    quint32 applicationId = 0;
    quint32 userVersion = 0;

    static FileHeader read(const QString& path);
};

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
    // Bytes 18 and 19 (write and read format) are 2 in write-ahead-log mode, which Passerelle
    // never uses itself: such a file was last written by another program.
    bool walMode = false;

    static FileHeader read(const QString& path);
};

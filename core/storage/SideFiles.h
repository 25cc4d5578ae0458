// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What lies beside a city file that SQLite would read with it: a rollback journal left by an
// interrupted change, or a write-ahead log left by another program. Looked at byte by byte,
// without SQLite, so that looking never changes them.
struct SideFiles
{
    enum class Journal
    {
        None,
        // Begins with SQLite's journal header: an interrupted change to be rolled back.
        Hot,
        // Present and not empty, but not a journal SQLite wrote (garbage, a stray copy): SQLite
        // would still refuse to read the file through a read-only connection because of it.
        Stray
    };

    Journal journal = Journal::None;
    // A write-ahead log with content beside a file in that mode.
    bool pendingLog = false;

    static QString journalPath(const QString& path) { return path + QStringLiteral("-journal"); }
    static QString logPath(const QString& path) { return path + QStringLiteral("-wal"); }
    static QString logIndexPath(const QString& path) { return path + QStringLiteral("-shm"); }

    static SideFiles look(const QString& path, bool walMode);
};

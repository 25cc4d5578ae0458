// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ContentCheck.h"
#include "storage/FileError.h"
#include "storage/FileHeader.h"
#include "storage/SideFiles.h"
#include "storage/SqliteConnection.h"

#include <atomic>
#include <optional>

// The checks every opening of a city file makes, in the order they can be made: the path and
// the first 100 bytes (no SQLite yet), then, on a connection of their own, the structure and
// the content. None of them writes.
class FileChecks
{
public:
    // What can be said of a path and its header before SQLite sees the file.
    static std::optional<FileError> path(const QString& path, FileHeader* header);
    // How the file can be read without writing anything beside it: read-only connections take
    // part in SQLite's locking (safe beside a writer), but refuse a file with a stray journal
    // and would create a log index for a file in log mode; immutable ones read the file alone.
    static SqliteConnection::Mode readingMode(const FileHeader& header, const SideFiles& side);
    // The structure (SchemaCheck), then the content to the given depth. cancel, when set,
    // interrupts the checks (a file closed while its check runs); tables, when given, limits an
    // Opening check to the tables a read-only command reads (ContentCheck::run).
    static std::optional<FileError> content(const QString& path, SqliteConnection::Mode mode,
                                            ContentCheck::Depth depth,
                                            const std::atomic<bool>* cancel = nullptr,
                                            const QStringList& tables = {});
};

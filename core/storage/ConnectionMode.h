// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a connection to a city file is opened (SqliteConnection).
enum class ConnectionMode
{
    ReadWrite,
    ReadOnly,
    // Read-only, and SQLite told the file cannot change: it takes no lock and never looks at a
    // journal or log beside the file, so nothing beside it is read, made or removed.
    Immutable
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/ConnectionDefences.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

// One QSQLITE connection to a city file with SQLite's defences applied, closed and removed
// from Qt's registry when destroyed. Every connection Passerelle opens on a file it did not
// just create is one of these.
class SqliteConnection
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly,
        // Read-only, and SQLite told the file cannot change: it takes no lock and never looks
        // at a journal or log beside the file, so nothing beside it is read, made or removed.
        Immutable
    };

    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    // The error is SQLite's text, for a FileError's details.
    static Result<std::unique_ptr<SqliteConnection>> open(const QString& path, Mode mode);

    QSqlDatabase database() const { return m_db; }
    ConnectionDefences& defences() const { return *m_defences; }
    Mode mode() const { return m_mode; }

private:
    SqliteConnection(QString name, Mode mode);

    QString m_name;
    Mode m_mode;
    QSqlDatabase m_db;
    std::unique_ptr<ConnectionDefences> m_defences;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

// The city file's schema: its identity (application id, version) and its creation.
class Schema
{
public:
    // PRAGMA application_id of every Passerelle file: "PSRL" in ASCII.
    static constexpr quint32 applicationId = 0x5053524C;
    static constexpr int currentVersion = 3;

    // Creates every table of the current version and writes the personal_data rows the
    // catalogue describes. The caller holds the transaction.
    static Result<void> create(QSqlDatabase db);
    // The same at an older version (a version-1 file for the migration tests, the schema a
    // version-1 file is checked against before it is updated). version is 1..currentVersion.
    static Result<void> createAt(QSqlDatabase db, int version);
    // The SQL statements that bring a file to version from the one before (version 1: from
    // nothing), in order: schema_vN.sql.
    static QStringList statements(int version);
    // Runs statements(version). The caller holds the transaction.
    static Result<void> upgradeTo(QSqlDatabase db, int version);
    // The tables holding records (each with id, created_at, updated_at, origin_city).
    static QStringList recordTables(QSqlDatabase db);

private:
    // Lists the catalogue's personal columns that the file's tables have in personal_data.
    static Result<void> listPersonalColumns(QSqlDatabase db);
};

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
    static constexpr int currentVersion = 1;

    // Creates every table of the current version and writes the personal_data rows the
    // catalogue describes. The caller holds the transaction.
    static Result<void> create(QSqlDatabase db);
    // The SQL statements of the current schema (schema_v1.sql), in order.
    static QStringList statements();
    // The tables holding records (each with id, created_at, updated_at, origin_city).
    static QStringList recordTables(QSqlDatabase db);
};

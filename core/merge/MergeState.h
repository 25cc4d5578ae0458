// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <optional>

// What the officer's file remembers of one partner (format version 3): its partner_import row
// and its merge_base rows, read and written as a whole so that undo puts back exactly what was.
struct MergeState
{
    struct Import
    {
        QString importedAt;
        QString sharedAt; // empty: NULL
        QString cityName;
        bool operator==(const Import&) const = default;
    };

    std::optional<Import> import;
    // MergeState::key(table, id) → row_hash.
    QHash<QString, QString> hashes;

    bool operator==(const MergeState&) const = default;

    static QString key(const QString& table, const QString& id)
    {
        return table + QLatin1Char(':') + id;
    }

    static Result<MergeState> read(QSqlDatabase db, const QString& partnerCity);
    // Writes the difference between from (what the file holds) and to. Inside the caller's
    // transaction.
    static Result<void> write(QSqlDatabase db, const QString& partnerCity, const MergeState& from,
                              const MergeState& to);
};

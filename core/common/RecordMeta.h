// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <QVariant>

// The identity every record carries: a UUID, UTC timestamps and the city whose file first held
// it. Merges between partner cities rely on all four.
struct RecordMeta
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString originCity;

    bool isNew() const { return id.isEmpty(); }
    bool operator==(const RecordMeta&) const = default;

    static QString newId();
    static QDateTime now();
    static QString toText(const QDateTime& utc);
    static QDateTime fromText(const QString& text);

    // Reads id, created_at, updated_at, origin_city from columns first..first+3 of a row
    // (SqlRows, QSqlQuery).
    template <typename Row> static RecordMeta read(const Row& row, int first = 0)
    {
        RecordMeta meta;
        meta.id = row.value(first).toString();
        meta.createdAt = fromText(row.value(first + 1).toString());
        meta.updatedAt = fromText(row.value(first + 2).toString());
        meta.originCity = row.value(first + 3).toString();
        return meta;
    }
};

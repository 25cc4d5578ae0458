// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"
#include "common/Validation.h"
#include "storage/SqlRows.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

// Reading helpers shared by the repositories: prepared SELECTs (catalogue/TableSelect) mapped
// to domain values by a read function of a row (SqlRows).
namespace Queries {

template <typename T, typename Read>
QList<T> readAll(const QSqlDatabase& db, const QString& sql, Read read,
                 const QVariantList& bindings = {})
{
    QList<T> out;
    SqlRows rows(db, sql, bindings);
    while (rows.next())
        out << read(rows);
    return out;
}

template <typename T, typename Read>
std::optional<T> readOne(const QSqlDatabase& db, const QString& sql, const QString& id, Read read)
{
    SqlRows rows(db, sql, {id});
    if (rows.next())
        return read(rows);
    return std::nullopt;
}

// Whether table holds a record with this id. The table name comes from the repositories' code.
inline bool exists(const QSqlDatabase& db, const char* table, const QString& id)
{
    if (id.isEmpty())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    return q.exec() && q.next();
}

// An unknown-reference error when id is set but names nothing: the officer gets a message
// instead of a foreign-key failure. An empty id is no reference.
inline std::optional<Error> reference(const QSqlDatabase& db, const char* table, const QString& id,
                                      const QString& field)
{
    if (id.isEmpty() || exists(db, table, id))
        return std::nullopt;
    return Validation::unknownReference(field);
}

// The same, for a reference that may not be empty (a child's parent).
inline std::optional<Error> requiredReference(const QSqlDatabase& db, const char* table,
                                              const QString& id, const QString& field)
{
    if (!id.isEmpty() && exists(db, table, id))
        return std::nullopt;
    return Validation::unknownReference(field);
}

} // namespace Queries

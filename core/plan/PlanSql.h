// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/Validation.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

// SQL helpers shared by the plan's two repositories: text bound so that NOT NULL columns accept
// it, and references checked against the file, so that the officer gets a message instead of a
// foreign-key failure.
namespace PlanSql {

// Qt binds a null QString as NULL, which the NOT NULL DEFAULT '' text columns refuse; an
// untouched field of a new record is such a null string.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// Whether table holds a record with this id. The table name comes from the repositories' code.
inline bool exists(const QSqlDatabase& db, const char* table, const QString& id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    return q.exec() && q.next();
}

// An unknown-reference error when id is set but names nothing; an empty id is no reference.
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

inline std::optional<Error> requiredDate(const QDate& date, const QString& field)
{
    return Validation::required(date.isValid() ? date.toString(Qt::ISODate) : QString(), field);
}

} // namespace PlanSql

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QVariant>

#include <optional>

// Conversions between domain values and what is bound to or read from SQLite: empty optional
// and empty reference ids become NULL, and back. NULL is an invalid QVariant; RecordStore binds
// a null QString as '' (text columns are NOT NULL), so only these helpers produce NULL.
namespace SqlValue {

inline QVariant null()
{
    return QVariant();
}

template <typename T> QVariant of(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : null();
}

inline QVariant reference(const QString& id)
{
    return id.isEmpty() ? null() : QVariant(id);
}

inline QVariant date(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : null();
}

inline QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline std::optional<qint64> toOptionalInt64(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

inline std::optional<int> toOptionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

inline std::optional<double> toOptionalDouble(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace SqlValue

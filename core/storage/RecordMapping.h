// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/TableSelect.h"
#include "common/RecordMeta.h"
#include "common/SqlValue.h"
#include "storage/RecordStore.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <optional>

// One field of a record kind's struct bound to a column of its described table: how the value
// is bound when written and set when read.
template <typename T> struct RecordField
{
    const char* column;
    std::function<QVariant(const T&)> toSql;
    std::function<void(T&, const QVariant&)> fromSql;
};

// How a record kind's struct maps onto its table, said once: the table's name and a field per
// column the kind keeps. Reading a row, the columns a write names and the SELECT all come from
// it, so a new kind is its catalogue description, this mapping and its domain rules. The column
// names are the catalogue's (TableSelect checks them), read by index, never by name per row.
template <typename T> class RecordMapping
{
public:
    RecordMapping(const char* table, QList<RecordField<T>> fields)
        : m_select(table), m_table(table), m_fields(std::move(fields))
    {
        m_indexes.reserve(m_fields.size());
        for (const RecordField<T>& f : std::as_const(m_fields))
            m_indexes << m_select.column(f.column);
    }

    const char* table() const { return m_table; }
    // "SELECT <every column> FROM <table> <tail>" (tail: WHERE, ORDER BY, bound values only).
    QString sql(const QString& tail = {}) const { return m_select.sql(tail); }

    // A row of sql()'s SELECT (SqlRows, QSqlQuery).
    template <typename Row> T read(const Row& q) const
    {
        T record;
        record.meta = RecordMeta::read(q);
        for (qsizetype i = 0; i < m_fields.size(); ++i)
            m_fields.at(i).fromSql(record, q.value(m_indexes.at(i)));
        return record;
    }

    QList<RecordStore::Column> columns(const T& record) const
    {
        QList<RecordStore::Column> out;
        out.reserve(m_fields.size());
        for (const RecordField<T>& f : m_fields)
            out.append({f.column, f.toSql(record)});
        return out;
    }

private:
    TableSelect m_select;
    const char* m_table;
    QList<RecordField<T>> m_fields;
    QList<int> m_indexes;
};

// The usual bindings: plain values (text, whole and decimal numbers, flags), optional numbers
// (NULL when empty), dates (YYYY-MM-DD, NULL when invalid), references (NULL when empty) and
// enumerations stored as their text.
namespace RecordFields {

namespace detail {

template <typename V> QVariant toSql(const V& value)
{
    return QVariant::fromValue(value);
}
inline QVariant toSql(bool value)
{
    return QVariant(value ? 1 : 0); // the schema's flags are INTEGER 0 or 1
}
inline QVariant toSql(const QDate& value)
{
    return SqlValue::date(value);
}
template <typename V> QVariant toSql(const std::optional<V>& value)
{
    return SqlValue::of(value);
}

template <typename V> void fromSql(const QVariant& sql, V& value)
{
    value = sql.value<V>();
}
inline void fromSql(const QVariant& sql, bool& value)
{
    value = sql.toInt() != 0;
}
inline void fromSql(const QVariant& sql, QDate& value)
{
    value = SqlValue::toDate(sql);
}
template <typename V> void fromSql(const QVariant& sql, std::optional<V>& value)
{
    value = sql.isNull() ? std::nullopt : std::optional<V>(sql.value<V>());
}

} // namespace detail

template <typename T, typename V> RecordField<T> field(const char* column, V T::*member)
{
    return {column, [member](const T& r) { return detail::toSql(r.*member); },
            [member](T& r, const QVariant& v) { detail::fromSql(v, r.*member); }};
}

// Text the officer typed, stored without the spaces around it.
template <typename T> RecordField<T> trimmed(const char* column, QString T::*member)
{
    return {column, [member](const T& r) { return QVariant((r.*member).trimmed()); },
            [member](T& r, const QVariant& v) { r.*member = v.toString(); }};
}

// The id of another record, or none (NULL).
template <typename T> RecordField<T> reference(const char* column, QString T::*member)
{
    return {column, [member](const T& r) { return SqlValue::reference(r.*member); },
            [member](T& r, const QVariant& v) { r.*member = v.toString(); }};
}

// An enum class stored as readable text (the schema's CHECK lists the texts): toText(E) gives
// the text, fromText(const QString&) the value, with the kind's fallback for a text it does not
// know.
template <typename T, typename E, typename ToText, typename FromText>
RecordField<T> enumeration(const char* column, E T::*member, ToText toText, FromText fromText)
{
    return {column, [member, toText](const T& r) { return QVariant(toText(r.*member)); },
            [member, fromText](T& r, const QVariant& v) { r.*member = fromText(v.toString()); }};
}

} // namespace RecordFields

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Queries.h"
#include "storage/RecordMapping.h"
#include "storage/RecordStore.h"

// The reads and writes every record kind has, over its mapping: all records, one by id, and
// add, update and remove, each one transaction. A repository keeps one per kind and adds what
// is the kind's own: its validation, its order, the rows written with it, its signals.
template <typename T> class RecordTable
{
public:
    RecordTable(RecordStore& store, const RecordMapping<T>& mapping)
        : m_store(store), m_mapping(mapping)
    {
    }

    const RecordMapping<T>& mapping() const { return m_mapping; }

    // tail: WHERE and ORDER BY, with bound values only.
    QList<T> all(const QString& tail = {}, const QVariantList& bindings = {}) const
    {
        return Queries::readAll<T>(
            m_store.database(), m_mapping.sql(tail),
            [this](const QSqlQuery& q) { return m_mapping.read(q); }, bindings);
    }

    std::optional<T> one(const QString& id) const
    {
        return Queries::readOne<T>(m_store.database(),
                                   m_mapping.sql(QStringLiteral("WHERE id = ?")), id,
                                   [this](const QSqlQuery& q) { return m_mapping.read(q); });
    }

    // One transaction each; a new record gets its id, timestamps and city of origin.
    Result<void> add(T& record)
    {
        return m_store.insertOne(m_mapping.table(), record.meta, m_mapping.columns(record));
    }
    Result<void> update(T& record)
    {
        return m_store.updateOne(m_mapping.table(), record.meta, m_mapping.columns(record));
    }
    // What the delete took, for undo; every row is announced by its owner (RowAnnouncer).
    Result<RowSnapshot> remove(const T& record)
    {
        return m_store.removeOne(m_mapping.table(), record.meta.id);
    }

    // Inside RecordStore::inTransaction, with other writes.
    Result<void> insert(T& record)
    {
        return m_store.insert(m_mapping.table(), record.meta, m_mapping.columns(record));
    }
    Result<void> write(T& record)
    {
        return m_store.update(m_mapping.table(), record.meta, m_mapping.columns(record));
    }

private:
    RecordStore& m_store;
    const RecordMapping<T>& m_mapping;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/KindAnnouncements.h"
#include "storage/Queries.h"
#include "storage/RecordMapping.h"
#include "storage/RecordStore.h"

// The reads and writes every record kind has, over its mapping: all records, one by id, and
// add, update and remove, each one transaction. A repository keeps one per kind, tells it the
// kind's signals once (announceAs), and adds what is the kind's own: its validation, its order,
// the rows written with it.
template <typename T> class RecordTable
{
public:
    RecordTable(RecordStore& store, const RecordMapping<T>& mapping)
        : m_store(store), m_mapping(mapping)
    {
    }

    const RecordMapping<T>& mapping() const { return m_mapping; }

    // The kind's signals. A write through this table announces the record once it is committed
    // (RecordStore::announce), and a row of the kind that any delete took or any restore put
    // back, or whose reference one cleared or set again, is announced through kinds.
    template <typename Repository>
    void announceAs(KindAnnouncements& kinds, Repository* repository,
                    void (Repository::*added)(const T&), void (Repository::*updated)(const T&),
                    void (Repository::*removed)(const QString&))
    {
        follow(kinds, repository, added, updated, removed,
               [this](const QString& id) { return one(id); });
    }

    // The same, for a kind whose record is more than its row (an action and its partners, a
    // round and its participants): a record a restore put back or whose reference changed is
    // read whole, by the repository's own reader, rather than by one(id).
    template <typename Repository>
    void announceAs(KindAnnouncements& kinds, Repository* repository,
                    void (Repository::*added)(const T&), void (Repository::*updated)(const T&),
                    void (Repository::*removed)(const QString&),
                    std::optional<T> (Repository::*read)(const QString&) const)
    {
        follow(kinds, repository, added, updated, removed,
               [repository, read](const QString& id) { return (repository->*read)(id); });
    }

    // tail: WHERE and ORDER BY, with bound values only.
    QList<T> all(const QString& tail = {}, const QVariantList& bindings = {}) const
    {
        return Queries::readAll<T>(
            m_store.database(), m_mapping.sql(tail),
            [this](const SqlRows& q) { return m_mapping.read(q); }, bindings);
    }

    std::optional<T> one(const QString& id) const
    {
        return Queries::readOne<T>(m_store.database(),
                                   m_mapping.sql(QStringLiteral("WHERE id = ?")), id,
                                   [this](const SqlRows& q) { return m_mapping.read(q); });
    }

    // One transaction each; a new record gets its id, timestamps and city of origin.
    Result<void> add(T& record)
    {
        return announced(
            m_store.insertOne(m_mapping.table(), record.meta, m_mapping.columns(record)), m_added,
            record);
    }
    Result<void> update(T& record)
    {
        return announced(
            m_store.updateOne(m_mapping.table(), record.meta, m_mapping.columns(record)), m_updated,
            record);
    }
    // What the delete took, for undo; every row is announced by its owner (RowAnnouncer).
    Result<RowSnapshot> remove(const T& record)
    {
        return m_store.removeOne(m_mapping.table(), record.meta.id);
    }
    // The record and the rows that hang on it (its theme links, its attendance), written by
    // dependents in the same transaction: all of it is stored, or none.
    Result<void> addWith(T& record, const std::function<Result<void>()>& dependents)
    {
        return announced(m_store.insertWith(m_mapping.table(), record.meta,
                                            m_mapping.columns(record), dependents),
                         m_added, record);
    }
    Result<void> updateWith(T& record, const std::function<Result<void>()>& dependents)
    {
        return announced(m_store.updateWith(m_mapping.table(), record.meta,
                                            m_mapping.columns(record), dependents),
                         m_updated, record);
    }

    // Inside RecordStore::inTransaction, with other writes.
    Result<void> insert(T& record)
    {
        return announced(m_store.insert(m_mapping.table(), record.meta, m_mapping.columns(record)),
                         m_added, record);
    }
    Result<void> write(T& record)
    {
        return announced(m_store.update(m_mapping.table(), record.meta, m_mapping.columns(record)),
                         m_updated, record);
    }
    // What it took is announced by its owners once the transaction commits, as remove()'s is.
    Result<RowSnapshot> erase(const QString& id)
    {
        Result<RowSnapshot> taken = m_store.remove(m_mapping.table(), id);
        if (taken) {
            m_store.announce([&announcer = m_store.announcer(), rows = taken.value()] {
                announcer.removed(rows);
            });
        }
        return taken;
    }

private:
    template <typename Repository>
    void follow(KindAnnouncements& kinds, Repository* repository,
                void (Repository::*added)(const T&), void (Repository::*updated)(const T&),
                void (Repository::*removed)(const QString&),
                std::function<std::optional<T>(const QString&)> read)
    {
        m_added = [repository, added](const T& r) { (repository->*added)(r); };
        m_updated = [repository, updated](const T& r) { (repository->*updated)(r); };
        kinds.follow(QString::fromLatin1(m_mapping.table()),
                     {[repository, removed](const QString& id) { (repository->*removed)(id); },
                      [this, read](const QString& id) {
                          if (std::optional<T> r = read(id))
                              m_added(*r);
                      },
                      [this, read](const QString& id) {
                          if (std::optional<T> r = read(id))
                              m_updated(*r);
                      }});
    }

    Result<void> announced(Result<void> written, const std::function<void(const T&)>& signal,
                           const T& record)
    {
        if (written && signal)
            m_store.announce([signal, record] { signal(record); });
        return written;
    }

    std::function<void(const T&)> m_added;
    std::function<void(const T&)> m_updated;
    RecordStore& m_store;
    const RecordMapping<T>& m_mapping;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"
#include "common/Result.h"
#include "storage/RowAnnouncer.h"
#include "storage/RowSnapshot.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <map>

class CityFile;

// The shared writing machinery under every repository: prepared INSERT/UPDATE/DELETE over a
// record table, the four identity columns kept right, transactions that commit or leave nothing,
// and snapshots of what a delete removes so that undo restores it exactly, following the
// catalogue's references. Table and column names come from the repositories' code and the
// catalogue, never from user input; values are always bound.
class RecordStore
{
public:
    struct Column
    {
        const char* name;
        QVariant value;
    };

    // file, when given, is told of every committed write (status bar, "last written").
    RecordStore(QSqlDatabase db, QString cityId, CityFile* file = nullptr);
    explicit RecordStore(CityFile& file);

    CityFile* file() const { return m_file; }
    QSqlDatabase database() const { return m_db; }
    QString cityId() const { return m_cityId; }

    // Runs work inside one transaction; commits and tells the file it was written only if all
    // of it succeeded. Inside an open transaction (creation, import) it joins that one.
    Result<void> inTransaction(const std::function<Result<void>()>& work);

    // How a repository announces a write (emits its signals): at once, or, while a transaction
    // of this store's own is open, once it has committed, in the order announced; never when it
    // rolls back. So a model never hears of a row that an import's failure or cancel took back.
    // Inside a transaction opened by someone else (a file being created) it announces at once.
    void announce(std::function<void()> announcement);

    // Without a transaction of their own: call them inside inTransaction().
    // insert() gives a new record its id, timestamps and city of origin; a record that already
    // has an id (redo, restore, merge) keeps it and its created_at.
    Result<void> insert(const char* table, RecordMeta& meta, const QList<Column>& columns);
    Result<void> update(const char* table, RecordMeta& meta, const QList<Column>& columns);
    Result<RowSnapshot> remove(const char* table, const QString& id);
    Result<void> restore(const RowSnapshot& snapshot);
    Result<RowSnapshot> snapshot(const QString& table, const QString& id);

    // The same, each in a transaction of its own: one user edit, one commit. removeOne and
    // restoreOne then hand every row the snapshot took or put back, and every reference it
    // cleared or set again, to the repository owning it (announcer()), whichever repository
    // asked.
    Result<void> insertOne(const char* table, RecordMeta& meta, const QList<Column>& columns);
    Result<void> updateOne(const char* table, RecordMeta& meta, const QList<Column>& columns);
    Result<RowSnapshot> removeOne(const char* table, const QString& id);
    Result<void> restoreOne(const RowSnapshot& snapshot);
    // A record and the rows that hang on it (a stakeholder's themes, a meeting's attendance),
    // written in one transaction: all of it is stored, or none.
    Result<void> insertWith(const char* table, RecordMeta& meta, const QList<Column>& columns,
                            const std::function<Result<void>()>& dependents);
    Result<void> updateWith(const char* table, RecordMeta& meta, const QList<Column>& columns,
                            const std::function<Result<void>()>& dependents);

    // Where the repositories listen for their rows.
    RowAnnouncer& announcer() { return m_announcer; }

    // A plain SQL error turned into a message an officer can act on.
    static Error sqlError(const QString& detail);

private:
    QSqlQuery& prepared(const QString& sql);
    Result<void> collect(const TableDescription& table, const QString& column,
                         const QVariant& value, RowSnapshot& out, int depth);

    QSqlDatabase m_db;
    QString m_cityId;
    CityFile* m_file = nullptr;
    RowAnnouncer m_announcer;
    // Set while a transaction this store opened is in progress: announcements wait in m_held.
    bool m_holding = false;
    QList<std::function<void()>> m_held;
    std::map<QString, QSqlQuery> m_statements; // QSqlQuery is move-only
};

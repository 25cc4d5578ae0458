// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkRows.h"

#include "storage/RecordStore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

LinkRows::LinkRows(RecordStore& store, const char* linkTable, const char* ownerColumn,
                   const char* targetColumn)
    : m_store(store), m_table(linkTable), m_owner(ownerColumn), m_target(targetColumn)
{
}

QHash<QString, QStringList> LinkRows::read(const char* ownerTable, const QString& where,
                                           const QVariantList& bindings) const
{
    // One query for the links of all the owners read, rather than one per owner. The names
    // are the repositories' constants; values are bound.
    QHash<QString, QStringList> links;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.%2, l.%3 FROM %1 l JOIN %4 ON %4.id = l.%2 %5 "
                             "ORDER BY l.%3")
                  .arg(QLatin1String(m_table), QLatin1String(m_owner), QLatin1String(m_target),
                       QLatin1String(ownerTable), where));
    for (const QVariant& v : bindings)
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next())
            links[q.value(0).toString()] << q.value(1).toString();
    }
    return links;
}

Result<void> LinkRows::write(const QString& ownerId, const QStringList& targets)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, %2 FROM %1 WHERE %3 = ?")
                  .arg(QLatin1String(m_table), QLatin1String(m_target), QLatin1String(m_owner)));
    q.addBindValue(ownerId);
    if (!q.exec())
        return RecordStore::sqlError(q.lastError().text());
    QHash<QString, QString> stored; // target id -> link row id
    while (q.next())
        stored.insert(q.value(1).toString(), q.value(0).toString());
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (targets.contains(it.key()))
            continue;
        if (Result<RowSnapshot> r = m_store.remove(m_table, it.value()); !r)
            return r.error();
    }
    for (const QString& target : targets) {
        if (stored.contains(target))
            continue;
        RecordMeta meta;
        if (Result<void> r =
                m_store.insert(m_table, meta, {{m_owner, ownerId}, {m_target, target}});
            !r)
            return r;
    }
    return {};
}

QStringList LinkRows::ownersChanged(const RowSnapshot& snapshot, const char* ownerTable) const
{
    const QLatin1String owners(ownerTable);
    QSet<QString> announced;
    for (const RowSnapshot::Row& row : snapshot.rows) {
        if (row.table == owners)
            announced.insert(row.values.value(QStringLiteral("id")).toString());
    }
    for (const RowSnapshot::Reference& ref : snapshot.nullified) {
        if (ref.table == owners)
            announced.insert(ref.id);
    }
    QStringList changed;
    for (const RowSnapshot::Row& row : snapshot.rows) {
        if (row.table != QLatin1String(m_table))
            continue;
        const QString id = row.values.value(QLatin1String(m_owner)).toString();
        if (announced.contains(id))
            continue;
        announced.insert(id);
        changed << id;
    }
    return changed;
}

QStringList LinkRows::normalized(const QStringList& ids)
{
    QStringList out;
    for (const QString& id : ids) {
        if (!id.isEmpty())
            out << id;
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordStore.h"

#include "storage/CityFile.h"
#include "storage/SqliteHandle.h"
#include "storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {
constexpr int maxCascadeDepth = 8;

// Qt binds a null QString as SQL NULL; every text column is NOT NULL, and NULL is only ever
// meant where SqlValue says so (an invalid QVariant). So an unset text is stored as ''.
QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)
public:
    // SQLite's own texts for its result codes (sqlite3ErrStr) are fixed, so the cause can be
    // told from them whatever path the error took through Qt.
    static QString writeFailed(const QString& detail)
    {
        if (detail.contains(QLatin1String("readonly database")))
            return tr("The change could not be stored: the city file or its folder has become "
                      "read-only (or the disk was removed). Nothing was changed; make the file "
                      "writable again, or use File > Save a copy as… to keep working on a copy.");
        if (detail.contains(QLatin1String("disk is full")))
            return tr("The change could not be stored: the disk is full. Nothing was changed; "
                      "free some space on the disk, then try again.");
        if (detail.contains(QLatin1String("database is locked")))
            return tr("The change could not be stored: another program is using the city file. "
                      "Nothing was changed; close the other program, then try again.");
        return tr("The change could not be stored in the city file (%1). Nothing was changed; "
                  "check that the file is still reachable (a removed disk, a lost network "
                  "folder), then try again.")
            .arg(detail);
    }
    static QString notFound()
    {
        return tr("The record no longer exists in the city file; it may have been deleted. "
                  "Refresh the view and try again.");
    }
};
} // namespace

RecordStore::RecordStore(QSqlDatabase db, QString cityId, CityFile* file)
    : m_db(std::move(db)), m_cityId(std::move(cityId)), m_file(file)
{
}

RecordStore::RecordStore(CityFile& file) : RecordStore(file.database(), file.cityId(), &file) {}

QSqlQuery& RecordStore::prepared(const QString& sql)
{
    // Repositories write the same few statements thousands of times in an import or the demo:
    // prepare each once per file.
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(database());
        query.prepare(sql);
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return it->second;
}

Error RecordStore::sqlError(const QString& detail)
{
    return Error{Messages::writeFailed(detail)};
}

Result<void> RecordStore::inTransaction(const std::function<Result<void>()>& work)
{
    // Inside a transaction already (a file being created, an import): the outer one commits.
    if (sqlite3* handle = sqliteHandle(m_db); handle && !sqlite3_get_autocommit(handle))
        return work();
    TransactionGuard guard(database());
    if (!guard.isActive())
        return sqlError(guard.lastError());
    if (Result<void> r = work(); !r)
        return r;
    if (!guard.commit())
        return sqlError(guard.lastError());
    if (m_file)
        m_file->noteWritten();
    return {};
}

Result<void> RecordStore::insertOne(const char* table, RecordMeta& meta,
                                    const QList<Column>& columns)
{
    return inTransaction([&] { return insert(table, meta, columns); });
}

Result<void> RecordStore::updateOne(const char* table, RecordMeta& meta,
                                    const QList<Column>& columns)
{
    return inTransaction([&] { return update(table, meta, columns); });
}

Result<void> RecordStore::insertWith(const char* table, RecordMeta& meta,
                                     const QList<Column>& columns,
                                     const std::function<Result<void>()>& dependents)
{
    return inTransaction([&]() -> Result<void> {
        if (Result<void> w = insert(table, meta, columns); !w)
            return w;
        return dependents();
    });
}

Result<void> RecordStore::updateWith(const char* table, RecordMeta& meta,
                                     const QList<Column>& columns,
                                     const std::function<Result<void>()>& dependents)
{
    return inTransaction([&]() -> Result<void> {
        if (Result<void> w = update(table, meta, columns); !w)
            return w;
        return dependents();
    });
}

Result<RowSnapshot> RecordStore::removeOne(const char* table, const QString& id)
{
    Result<RowSnapshot> snap = Error{};
    Result<void> done = inTransaction([&]() -> Result<void> {
        snap = remove(table, id);
        return snap ? Result<void>() : Result<void>(snap.error());
    });
    if (!done)
        return done.error();
    return snap;
}

Result<void> RecordStore::restoreOne(const RowSnapshot& snapshot)
{
    return inTransaction([&] { return restore(snapshot); });
}

Result<void> RecordStore::insert(const char* table, RecordMeta& meta, const QList<Column>& columns)
{
    RecordMeta next = meta;
    const QDateTime now = RecordMeta::now();
    if (next.id.isEmpty()) {
        next.id = RecordMeta::newId();
        next.createdAt = now;
        next.updatedAt = now;
    }
    if (!next.createdAt.isValid())
        next.createdAt = now;
    if (!next.updatedAt.isValid())
        next.updatedAt = now;
    if (next.originCity.isEmpty())
        next.originCity = cityId();

    QString names = QStringLiteral("id, created_at, updated_at, origin_city");
    QString marks = QStringLiteral("?, ?, ?, ?");
    for (const Column& c : columns) {
        names += QStringLiteral(", ") + QLatin1String(c.name);
        marks += QStringLiteral(", ?");
    }
    QSqlQuery& query = prepared(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(QLatin1String(table), names, marks));
    query.addBindValue(next.id);
    query.addBindValue(RecordMeta::toText(next.createdAt));
    query.addBindValue(RecordMeta::toText(next.updatedAt));
    query.addBindValue(next.originCity);
    for (const Column& c : columns)
        query.addBindValue(bindable(c.value));
    if (!query.exec())
        return sqlError(query.lastError().text());
    meta = next;
    return {};
}

Result<void> RecordStore::update(const char* table, RecordMeta& meta, const QList<Column>& columns)
{
    const QDateTime now = RecordMeta::now();
    QString sets = QStringLiteral("updated_at = ?");
    for (const Column& c : columns)
        sets += QStringLiteral(", ") + QLatin1String(c.name) + QStringLiteral(" = ?");
    QSqlQuery& query =
        prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(QLatin1String(table), sets));
    query.addBindValue(RecordMeta::toText(now));
    for (const Column& c : columns)
        query.addBindValue(bindable(c.value));
    query.addBindValue(meta.id);
    if (!query.exec())
        return sqlError(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return Error{Messages::notFound()};
    meta.updatedAt = now;
    return {};
}

const QList<RecordStore::ForeignKey>& RecordStore::referencesTo(const QString& table)
{
    if (!m_referencesLoaded) {
        m_referencesLoaded = true;
        QSqlQuery query(database());
        query.prepare(QStringLiteral(
            "SELECT m.name, f.\"table\", f.\"from\", f.on_delete FROM sqlite_master m, "
            "pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"));
        if (query.exec()) {
            while (query.next()) {
                const QString onDelete = query.value(3).toString().toUpper();
                if (onDelete != QLatin1String("CASCADE") && onDelete != QLatin1String("SET NULL"))
                    continue;
                m_references[query.value(1).toString()].append(
                    {query.value(0).toString(), query.value(2).toString(),
                     onDelete == QLatin1String("CASCADE")});
            }
        }
    }
    static const QList<ForeignKey> none;
    const auto it = m_references.constFind(table);
    return it == m_references.constEnd() ? none : *it;
}

Result<void> RecordStore::collect(const QString& table, const QString& column,
                                  const QVariant& value, RowSnapshot& out, int depth)
{
    if (depth > maxCascadeDepth)
        return {};
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, column));
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError().text());
    QList<QVariantMap> found;
    while (query.next()) {
        const QSqlRecord rec = query.record();
        QVariantMap values;
        for (int i = 0; i < rec.count(); ++i)
            values.insert(rec.fieldName(i), rec.value(i));
        found << values;
    }
    for (const QVariantMap& values : std::as_const(found)) {
        const QString id = values.value(QStringLiteral("id")).toString();
        const bool seen = std::any_of(out.rows.cbegin(), out.rows.cend(), [&](const auto& row) {
            return row.table == table && row.values.value(QStringLiteral("id")) == id;
        });
        if (seen)
            continue;
        out.rows.append({table, values});
        for (const ForeignKey& fk : referencesTo(table)) {
            if (fk.cascade) {
                if (Result<void> r = collect(fk.table, fk.column, id, out, depth + 1); !r)
                    return r;
                continue;
            }
            QSqlQuery refs(database());
            refs.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(fk.table, fk.column));
            refs.addBindValue(id);
            if (!refs.exec())
                return sqlError(refs.lastError().text());
            while (refs.next())
                out.nullified.append({fk.table, refs.value(0).toString(), fk.column, id});
        }
    }
    return {};
}

Result<RowSnapshot> RecordStore::snapshot(const QString& table, const QString& id)
{
    RowSnapshot snap;
    if (Result<void> r = collect(table, QStringLiteral("id"), id, snap, 0); !r)
        return r.error();
    if (snap.isEmpty())
        return Error{Messages::notFound()};
    return snap;
}

Result<RowSnapshot> RecordStore::remove(const char* table, const QString& id)
{
    Result<RowSnapshot> snap = snapshot(QLatin1String(table), id);
    if (!snap)
        return snap;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query.lastError().text());
    return snap;
}

Result<void> RecordStore::restore(const RowSnapshot& snapshot)
{
    QSqlQuery query(database());
    for (const RowSnapshot::Row& row : snapshot.rows) {
        const QStringList names = row.values.keys();
        QStringList marks;
        for (qsizetype i = 0; i < names.size(); ++i)
            marks << QStringLiteral("?");
        query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(row.table, names.join(QStringLiteral(", ")),
                               marks.join(QStringLiteral(", "))));
        for (const QString& name : names)
            query.addBindValue(row.values.value(name));
        if (!query.exec())
            return sqlError(query.lastError().text());
    }
    for (const RowSnapshot::Reference& ref : snapshot.nullified) {
        query.prepare(
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(ref.table, ref.column));
        query.addBindValue(ref.value);
        query.addBindValue(ref.id);
        if (!query.exec())
            return sqlError(query.lastError().text());
    }
    return {};
}

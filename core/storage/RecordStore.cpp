// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordStore.h"

#include "catalogue/Catalogue.h"
#include "storage/CityFile.h"
#include "storage/SqliteHandle.h"
#include "storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

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
    static QString notChecked()
    {
        return tr("Passerelle is still checking the city file, which takes a few seconds for a "
                  "large file. Your change was not made; make it again in a moment.");
    }
    static QString notFound()
    {
        return tr("The record no longer exists in the city file; it may have been deleted. "
                  "Refresh the view and try again.");
    }
};
// Whether a write names a described table and described columns: names in SQL come from the
// catalogue alone. Checked when a statement is first prepared, so never once per row.
std::optional<Error> undescribed(const char* table, const QList<RecordStore::Column>& columns)
{
    const TableDescription* description = Catalogue::table(QLatin1String(table));
    if (!description)
        return RecordStore::sqlError(QStringLiteral("no such table: ") + QLatin1String(table));
    for (const RecordStore::Column& c : columns) {
        if (description->indexOf(QLatin1String(c.name)) < 0)
            return RecordStore::sqlError(QStringLiteral("no such column: %1.%2")
                                             .arg(QLatin1String(table), QLatin1String(c.name)));
    }
    return std::nullopt;
}

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
    // No write before the file's content has passed its check (it runs once the window is
    // shown), and none at all into a file that failed it.
    if (m_file && m_file->contentState() != CityFile::ContentState::Checked)
        return Error{Messages::notChecked()};
    // Inside a transaction already (ours, or a file being created): the outer one commits.
    if (sqlite3* handle = sqliteHandle(m_db); handle && !sqlite3_get_autocommit(handle))
        return work();
    TransactionGuard guard(database());
    if (!guard.isActive())
        return sqlError(guard.lastError());
    // Whatever way this returns, the held announcements go with the transaction: on a rollback
    // they announced rows that are no longer there.
    m_holding = true;
    m_held.clear();
    const auto release = qScopeGuard([this] {
        m_holding = false;
        m_held.clear();
    });
    if (Result<void> r = work(); !r)
        return r;
    if (!guard.commit())
        return sqlError(guard.lastError());
    // Taken before they are delivered: a listener may start an edit of its own.
    const QList<std::function<void()>> held = std::exchange(m_held, {});
    m_holding = false;
    if (m_file)
        m_file->noteWritten();
    for (const std::function<void()>& announcement : held)
        announcement();
    return {};
}

void RecordStore::announce(std::function<void()> announcement)
{
    if (m_holding)
        m_held.append(std::move(announcement));
    else
        announcement();
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
    announce([this, taken = snap.value()] { m_announcer.removed(taken); });
    return snap;
}

Result<void> RecordStore::restoreOne(const RowSnapshot& snapshot)
{
    Result<void> done = inTransaction([&] { return restore(snapshot); });
    if (done)
        announce([this, snapshot] { m_announcer.restored(snapshot); });
    return done;
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
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(QLatin1String(table), names, marks);
    if (!m_statements.contains(sql)) {
        if (std::optional<Error> e = undescribed(table, columns))
            return *e;
    }
    QSqlQuery& query = prepared(sql);
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
    const QString sql =
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(QLatin1String(table), sets);
    if (!m_statements.contains(sql)) {
        if (std::optional<Error> e = undescribed(table, columns))
            return *e;
    }
    QSqlQuery& query = prepared(sql);
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

namespace {

// A table the catalogue describes: the only names a statement built here may hold.
const TableDescription* described(const QString& table)
{
    return Catalogue::table(table);
}

Error unknownTable(const QString& table)
{
    return RecordStore::sqlError(QStringLiteral("no such table: ") + table.left(60));
}

} // namespace

Result<void> RecordStore::collect(const TableDescription& table, const QString& column,
                                  const QVariant& value, RowSnapshot& out, int depth)
{
    if (depth > maxCascadeDepth)
        return {};
    const QStringList names = table.columnNames();
    QSqlQuery& query =
        prepared(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                     .arg(names.join(QStringLiteral(", ")), table.tableName(), column));
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError().text());
    QList<QVariantMap> found;
    while (query.next()) {
        QVariantMap values;
        for (qsizetype i = 0; i < names.size(); ++i)
            values.insert(names.at(i), query.value(int(i)));
        found << values;
    }
    query.finish();
    for (const QVariantMap& values : std::as_const(found)) {
        const QString id = values.value(QLatin1String(TableDescription::idColumn)).toString();
        const bool seen = std::any_of(out.rows.cbegin(), out.rows.cend(), [&](const auto& row) {
            return row.table == table.tableName() &&
                   row.values.value(QLatin1String(TableDescription::idColumn)) == id;
        });
        if (seen)
            continue;
        out.rows.append({table.tableName(), values});
        for (const Catalogue::Reference& ref : Catalogue::referencesTo(table.tableName())) {
            const QString referring = ref.key->columnName();
            switch (ref.key->onDelete) {
            case ForeignKeyDescription::OnDelete::Cascade:
                if (Result<void> r = collect(*ref.table, referring, id, out, depth + 1); !r)
                    return r;
                break;
            case ForeignKeyDescription::OnDelete::SetNull: {
                QSqlQuery refs(database());
                refs.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                                 .arg(ref.table->tableName(), referring));
                refs.addBindValue(id);
                if (!refs.exec())
                    return sqlError(refs.lastError().text());
                while (refs.next())
                    out.nullified.append(
                        {ref.table->tableName(), refs.value(0).toString(), referring, id});
                break;
            }
            case ForeignKeyDescription::OnDelete::Restrict:
                // The delete itself is refused while such a row exists.
                break;
            }
        }
    }
    return {};
}

Result<RowSnapshot> RecordStore::snapshot(const QString& table, const QString& id)
{
    const TableDescription* description = described(table);
    if (!description)
        return unknownTable(table);
    RowSnapshot snap;
    if (Result<void> r =
            collect(*description, QLatin1String(TableDescription::idColumn), id, snap, 0);
        !r)
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
    for (const RowSnapshot::Row& row : snapshot.rows) {
        const TableDescription* table = described(row.table);
        if (!table)
            return unknownTable(row.table);
        // The catalogue's columns, in its order: one statement per table, whatever the map.
        QStringList names;
        QStringList marks;
        for (const ColumnDescription& c : table->columns) {
            if (row.values.contains(c.columnName())) {
                names << c.columnName();
                marks << QStringLiteral("?");
            }
        }
        QSqlQuery& query = prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                        .arg(table->tableName(), names.join(QStringLiteral(", ")),
                                             marks.join(QStringLiteral(", "))));
        for (const QString& name : std::as_const(names))
            query.addBindValue(row.values.value(name));
        if (!query.exec())
            return sqlError(query.lastError().text());
    }
    for (const RowSnapshot::Reference& ref : snapshot.nullified) {
        const TableDescription* table = described(ref.table);
        if (!table || !table->foreignKey(ref.column))
            return unknownTable(ref.table);
        QSqlQuery& query = prepared(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                                        .arg(table->tableName(), ref.column));
        query.addBindValue(ref.value);
        query.addBindValue(ref.id);
        if (!query.exec())
            return sqlError(query.lastError().text());
    }
    return {};
}

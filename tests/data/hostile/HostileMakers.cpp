// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileMakers.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace HostileFiles::Make {

const QString fileName = QStringLiteral("city.passerelle");

QString copyBase(const QString& folder, const QString& base, const QString& name)
{
    const QString path = QDir(folder).filePath(name);
    return QFile::copy(base, path) ? path : QString();
}

// Runs statements on a plain connection without Passerelle's defences, as another program (or
// someone crafting a file) would.
bool tamper(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString& sql : statements) {
            if (ok && !q.exec(sql)) {
                qWarning("tamper: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString tampered(const QString& folder, const QString& base, const QStringList& statements)
{
    const QString path = copyBase(folder, base);
    return !path.isEmpty() && tamper(path, statements) ? path : QString();
}

QString patched(const QString& folder, const QString& base, qint64 offset, const QByteArray& bytes)
{
    const QString path = copyBase(folder, base);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadWrite) || !file.seek(offset) ||
        file.write(bytes) != bytes.size())
        return {};
    return path;
}

QString truncated(const QString& folder, const QString& base, qint64 size)
{
    const QString path = copyBase(folder, base);
    return !path.isEmpty() && QFile::resize(path, size) ? path : QString();
}

QString writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray noise(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        seed = seed * 1664525u + 1013904223u;
        bytes[i] = char(seed >> 24);
    }
    return bytes;
}

namespace {
// Touches many pages, so that a small cache spills them into the file before the commit.
const QString bigChange = QStringLiteral(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
    "INSERT INTO file_meta (key, value) SELECT 'junk' || i, hex(randomblob(400)) FROM n");
} // namespace

// A change stopped half way: the file with some of the change's pages written, and the hot
// journal holding the pages as they were, copied while the transaction is still open.
QString interrupted(const QString& folder, const QString& base, const QString& name)
{
    const QString source = copyBase(folder, base, QStringLiteral(".source.passerelle"));
    const QString path = QDir(folder).filePath(name);
    const QString connection = QUuid::createUuid().toString();
    bool ok = !source.isEmpty();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(source);
        ok = ok && db.open();
        QSqlQuery q(db);
        for (const QString& sql :
             {QStringLiteral("PRAGMA cache_size = 2"), QStringLiteral("BEGIN IMMEDIATE"),
              QStringLiteral("UPDATE city SET name = 'Half-written'"), bigChange}) {
            if (ok && !q.exec(sql)) {
                qWarning("interrupted: %s", qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        ok = ok && QFile::copy(source, path) &&
             QFile::copy(source + QStringLiteral("-journal"), path + QStringLiteral("-journal"));
        q.exec(QStringLiteral("ROLLBACK"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QFile::remove(source);
    return ok ? path : QString();
}

// A file in write-ahead-log mode, with a committed change still in its log when withLog.
QString logMode(const QString& folder, const QString& base, bool withLog)
{
    const QString source = copyBase(folder, base, QStringLiteral(".source.passerelle"));
    const QString path = QDir(folder).filePath(fileName);
    const QString connection = QUuid::createUuid().toString();
    bool ok = !source.isEmpty();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(source);
        ok = ok && db.open();
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (withLog) {
            ok = ok && q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")) &&
                 q.exec(QStringLiteral("UPDATE city SET region = 'From the log'"));
            ok = ok && QFile::copy(source, path) &&
                 QFile::copy(source + QStringLiteral("-wal"), path + QStringLiteral("-wal"));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!withLog)
        ok = ok && QFile::copy(source, path);
    QFile::remove(source);
    return ok ? path : QString();
}

// The unique name index turned into a plain one for a moment, so that a duplicate slips in.
QStringList duplicateNameKey()
{
    return {QStringLiteral("PRAGMA writable_schema = ON"),
            QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, 'UNIQUE INDEX', 'INDEX') "
                           "WHERE name = 'stakeholder_name_key'"),
            QStringLiteral("PRAGMA writable_schema = RESET"),
            QStringLiteral("INSERT INTO stakeholder (id, created_at, updated_at, origin_city, "
                           "name, name_key, kind) SELECT lower(hex(randomblob(18))), created_at, "
                           "updated_at, origin_city, name || ' ', name_key, kind FROM stakeholder "
                           "LIMIT 1"),
            QStringLiteral("PRAGMA writable_schema = ON"),
            QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, 'CREATE INDEX', "
                           "'CREATE UNIQUE INDEX') WHERE name = 'stakeholder_name_key'")};
}

// The name index made partial for a moment, so that a new row is missing from it.
QStringList indexMissingRow()
{
    return {QStringLiteral("PRAGMA writable_schema = ON"),
            QStringLiteral("UPDATE sqlite_schema SET sql = sql || ' WHERE 0' "
                           "WHERE name = 'stakeholder_name_key'"),
            QStringLiteral("PRAGMA writable_schema = RESET"),
            QStringLiteral("INSERT INTO stakeholder (id, created_at, updated_at, origin_city, "
                           "name, name_key, kind) SELECT lower(hex(randomblob(18))), created_at, "
                           "updated_at, origin_city, 'Unindexed', 'unindexed', kind FROM "
                           "stakeholder LIMIT 1"),
            QStringLiteral("PRAGMA writable_schema = ON"),
            QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, ' WHERE 0', '') "
                           "WHERE name = 'stakeholder_name_key'")};
}

} // namespace HostileFiles::Make

// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityFile.h"

#include "FileHeader.h"
#include "Migrator.h"
#include "Schema.h"
#include "SqliteHandle.h"
#include "TransactionGuard.h"
#include "common/RecordMeta.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>
#include <QUuid>

namespace {

const QString driverName = QStringLiteral("QSQLITE");
const QString readOnlyOptions = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000");
const QString readWriteOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");

QString newConnectionName()
{
    return QStringLiteral("passerelle-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// access() says yes to root for any file; a file or folder with no write bit at all is still
// meant to be read-only, so honour the bits too.
bool isMeantWritable(const QFileInfo& info)
{
    constexpr auto anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

// Text columns are NOT NULL; Qt would bind an unset QString as NULL.
QString notNull(const QString& text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QString lockPathFor(const QString& path)
{
    const QFileInfo info(path);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".lock");
}

// Runs quick_check and a first look at the content through a read-only connection.
std::optional<QString> checkIntegrity(const QString& path)
{
    const QString name = newConnectionName();
    std::optional<QString> problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName, name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnlyOptions);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
                problem = query.lastError().text();
            } else {
                QStringList lines;
                while (query.next())
                    lines << query.value(0).toString();
                if (lines != QStringList{QStringLiteral("ok")})
                    problem = lines.mid(0, 3).join(QStringLiteral("; "));
            }
            if (!problem) {
                query.prepare(QStringLiteral("SELECT count(*) FROM city"));
                if (!query.exec() || !query.next())
                    problem = query.lastError().text();
                else if (query.value(0).toInt() != 1)
                    problem = QStringLiteral("the file holds no city");
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

Result<void> vacuumInto(const QSqlDatabase& db, const QString& target)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        return Error{query.lastError().text()};
    return {};
}

Result<void> backupOlderFile(const QString& path, const QString& backup)
{
    const QString name = newConnectionName();
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName, name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnlyOptions);
        if (!db.open())
            result = Error{db.lastError().text()};
        else
            result = vacuumInto(db, backup);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

CityFile::CityFile(QString path, QString connectionName, ReadOnlyReason readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_readOnlyReason(readOnly), m_undoStack(std::make_unique<QUndoStack>())
{
}

CityFile::~CityFile()
{
    m_undoStack.reset();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::optional<FileError> CityFile::inspect(const QString& path)
{
    using Code = FileError::Code;
    const QFileInfo info(path);
    if (!info.exists())
        return FileError(Code::NotFound, path);
    if (!info.isFile())
        return FileError(Code::NotAFile, path);
    const FileHeader header = FileHeader::read(path);
    if (!header.readable)
        return FileError(Code::NotReadable, path);
    if (!header.isSqlite)
        return FileError(Code::NotSqlite, path);
    if (header.applicationId != Schema::applicationId)
        return FileError(Code::OtherApplication, path);
    if (header.userVersion > quint32(Schema::currentVersion))
        return FileError(Code::TooNew, path, QString::number(header.userVersion));
    if (header.userVersion == 0)
        return FileError(Code::Damaged, path, QStringLiteral("no format version"));
    if (std::optional<QString> problem = checkIntegrity(path))
        return FileError(Code::Damaged, path, *problem);
    return std::nullopt;
}

QString CityFile::backupPathFor(const QString& path, int version)
{
    const QFileInfo info(path);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
           QStringLiteral(".before-update-v%1.").arg(version) + info.suffix();
}

CityFile::OpenResult CityFile::open(const QString& path, Access access, const Migrator* migrator)
{
    const Migrator builtin(Migrator::builtinSteps());
    const Migrator& steps = migrator ? *migrator : builtin;
    using Code = FileError::Code;
    if (std::optional<FileError> problem = inspect(path))
        return *problem;

    const QFileInfo info(path);
    ReadOnlyReason readOnly = ReadOnlyReason::None;
    if (access == Access::ReadOnly)
        readOnly = ReadOnlyReason::Requested;
    else if (!isMeantWritable(info))
        readOnly = ReadOnlyReason::FileNotWritable;
    else if (!isMeantWritable(QFileInfo(info.absolutePath())))
        readOnly = ReadOnlyReason::FolderNotWritable;

    auto file = std::unique_ptr<CityFile>(
        new CityFile(info.absoluteFilePath(), newConnectionName(), readOnly));
    if (readOnly == ReadOnlyReason::None) {
        file->m_lock = std::make_unique<QLockFile>(lockPathFor(path));
        file->m_lock->setStaleLockTime(0); // stale only when its process is gone
        if (!file->m_lock->tryLock(0)) {
            if (file->m_lock->error() == QLockFile::LockFailedError)
                return FileError(Code::AlreadyOpen, path);
            file->m_lock.reset();
            file->m_readOnlyReason = ReadOnlyReason::FolderNotWritable;
        }
    }

    const int version = int(FileHeader::read(path).userVersion);
    if (version < steps.targetVersion()) {
        if (file->isReadOnly())
            return FileError(Code::MigrationFailed, path,
                             tr("the file or its folder is read-only"));
        if (Result<void> r = backupOlderFile(path, backupPathFor(path, version)); !r)
            return FileError(Code::CannotWrite, backupPathFor(path, version), r.error().message);
    }
    return finishOpen(std::move(file), steps);
}

CityFile::OpenResult CityFile::finishOpen(std::unique_ptr<CityFile> file, const Migrator& migrator)
{
    using Code = FileError::Code;
    file->m_db = QSqlDatabase::addDatabase(driverName, file->m_connectionName);
    file->m_db.setDatabaseName(file->m_path);
    file->m_db.setConnectOptions(file->isReadOnly() ? readOnlyOptions : readWriteOptions);
    if (!file->m_db.open())
        return FileError(Code::Database, file->m_path, file->m_db.lastError().text());
    QString error;
    if (!file->configure(&error))
        return FileError(Code::Database, file->m_path, error);

    QSqlQuery query(file->m_db);
    if (!file->isReadOnly()) {
        query.exec(QStringLiteral("PRAGMA user_version"));
        const int version = query.next() ? query.value(0).toInt() : 0;
        if (version < migrator.targetVersion()) {
            if (Result<void> r = migrator.migrate(file->m_db, version); !r)
                return FileError(Code::MigrationFailed, file->m_path, r.error().message);
        }
    }
    query.prepare(QStringLiteral("SELECT id FROM city LIMIT 1"));
    if (!query.exec() || !query.next())
        return FileError(Code::Damaged, file->m_path, query.lastError().text());
    file->m_cityId = query.value(0).toString();
    file->m_lastWrite = QFileInfo(file->m_path).lastModified().toUTC();
    if (file->isReadOnly())
        file->m_undoStack->setUndoLimit(1);
    return OpenResult(std::move(file));
}

bool CityFile::configure(QString* error)
{
    if (sqlite3* handle = sqliteHandle(m_db)) {
        // Refuse writes that could corrupt the file even from crafted SQL, and never load
        // native code named by a file.
        sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
        sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    } else {
        *error = QStringLiteral("no native SQLite handle");
        return false;
    }
    QSqlQuery query(m_db);
    const QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                                 QStringLiteral("PRAGMA synchronous = FULL"),
                                 QStringLiteral("PRAGMA secure_delete = ON"),
                                 // 32 MiB of page cache: large network files read and sort fast.
                                 QStringLiteral("PRAGMA cache_size = -32768")};
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma)) {
            *error = query.lastError().text();
            return false;
        }
    }
    if (isReadOnly() && !query.exec(QStringLiteral("PRAGMA query_only = ON"))) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

CityFile::OpenResult CityFile::create(const QString& path, const NewCity& city, const Seed& seed)
{
    using Code = FileError::Code;
    const QFileInfo info(path);
    if (info.exists())
        return FileError(Code::Exists, path);
    if (!QDir().mkpath(info.absolutePath()))
        return FileError(Code::CannotWrite, path);
    // Built under a temporary name and renamed when complete: a failure leaves no half file.
    const QString temp =
        info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".creating");
    QFile::remove(temp);
    const QString name = newConnectionName();
    Result<void> built;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName, name);
        db.setDatabaseName(temp);
        if (!db.open()) {
            built = Error{db.lastError().text()};
        } else {
            built = [&]() -> Result<void> {
                QSqlQuery pragma(db);
                pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
                TransactionGuard guard(db);
                if (!guard.isActive())
                    return Error{guard.lastError()};
                if (Result<void> r = Schema::create(db); !r)
                    return r;
                const QString id = RecordMeta::newId();
                const QString now = RecordMeta::toText(RecordMeta::now());
                QSqlQuery query(db);
                query.prepare(QStringLiteral(
                    "INSERT INTO city (id, created_at, updated_at, origin_city, name, country, "
                    "language) VALUES (?, ?, ?, ?, ?, ?, ?)"));
                for (const QVariant& v :
                     {QVariant(id), QVariant(now), QVariant(now), QVariant(id),
                      QVariant(city.name.trimmed()), QVariant(notNull(city.country)),
                      QVariant(notNull(city.language))})
                    query.addBindValue(v);
                if (!query.exec())
                    return Error{query.lastError().text()};
                query.prepare(QStringLiteral("INSERT INTO file_meta (key, value) VALUES (?, ?)"));
                query.addBindValue(QStringLiteral("created_by"));
                query.addBindValue(QStringLiteral("Passerelle ") +
                                   QStringLiteral(PASSERELLE_VERSION));
                if (!query.exec())
                    return Error{query.lastError().text()};
                if (seed) {
                    if (Result<void> r = seed(db, id); !r)
                        return r;
                }
                if (!guard.commit())
                    return Error{guard.lastError()};
                return {};
            }();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!built) {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        return FileError(Code::CannotWrite, path, built.error().message);
    }
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return FileError(Code::CannotWrite, path);
    }
    return open(path);
}

Result<void> CityFile::saveCopyAs(const QString& target) const
{
    const QFileInfo info(target);
    if (info.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Error{tr("A copy cannot replace the open file itself. Choose another name.")};
    const QString temp =
        info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".copying");
    QFile::remove(temp);
    // query_only also forbids VACUUM INTO; a read-only connection still protects the original.
    QSqlQuery pragma(m_db);
    if (isReadOnly())
        pragma.exec(QStringLiteral("PRAGMA query_only = OFF"));
    Result<void> copied = vacuumInto(m_db, temp);
    if (isReadOnly())
        pragma.exec(QStringLiteral("PRAGMA query_only = ON"));
    if (Result<void> r = copied; !r) {
        QFile::remove(temp);
        return Error{tr("The copy “%1” could not be written: %2. Choose another folder, or free "
                        "some disk space.")
                         .arg(QDir::toNativeSeparators(target), r.error().message)};
    }
    if (info.exists() && !QFile::remove(target)) {
        QFile::remove(temp);
        return Error{tr("The file “%1” could not be replaced. Close any program using it, or "
                        "choose another name.")
                         .arg(QDir::toNativeSeparators(target))};
    }
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        return Error{tr("The copy “%1” could not be written. Choose another folder.")
                         .arg(QDir::toNativeSeparators(target))};
    }
    return {};
}

void CityFile::noteWritten()
{
    m_lastWrite = QDateTime::currentDateTimeUtc();
    emit written(m_lastWrite);
}

void CityFile::reportWriteFailure(const QString& message)
{
    emit writeFailed(message);
}

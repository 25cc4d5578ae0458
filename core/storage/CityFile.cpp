// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityFile.h"

#include "ContentCheck.h"
#include "FileChecks.h"
#include "FileHeader.h"
#include "Migrator.h"
#include "Recovery.h"
#include "Schema.h"
#include "SchemaCheck.h"
#include "SideFiles.h"
#include "SqliteConnection.h"
#include "SqliteHandle.h"
#include "TransactionGuard.h"
#include "common/RecordMeta.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QUndoStack>

namespace {

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

// Why a file could not be written where the officer asked: each cause has its own way out.
FileError writeProblem(const QString& path, const QString& detail)
{
    using Code = FileError::Code;
    QFileInfo folder(QFileInfo(path).absolutePath());
    while (!folder.exists() && !folder.isRoot())
        folder = QFileInfo(folder.absolutePath());
    const QStorageInfo storage(folder.absoluteFilePath());
    if (!isMeantWritable(folder) || (storage.isValid() && storage.isReadOnly()))
        return FileError(Code::ReadOnlyLocation, path);
    constexpr qint64 nearlyFull = 1024 * 1024;
    if (detail.contains(QLatin1String("disk is full")) ||
        (storage.isValid() && storage.bytesAvailable() < nearlyFull))
        return FileError(Code::DiskFull, path);
    return FileError(Code::CannotWrite, path, detail);
}

Result<void> vacuumInto(const QSqlDatabase& db, const QString& target)
{
    // VACUUM INTO attaches its target: the one attachment Passerelle itself makes, allowed
    // for that statement alone.
    sqlite3* handle = sqliteHandle(db);
    if (handle)
        sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 1);
    const auto closeAgain = qScopeGuard([handle] {
        if (handle)
            sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
    });
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        return Error{query.lastError().text()};
    return {};
}

Result<void> backupOlderFile(const QString& path, const QString& backup)
{
    Result<std::unique_ptr<SqliteConnection>> opened =
        SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    if (!opened)
        return opened.error();
    return vacuumInto(opened.value()->database(), backup);
}

} // namespace

CityFile::CityFile(QString path, ReadOnlyReason readOnly)
    : m_path(std::move(path)), m_readOnlyReason(readOnly),
      m_undoStack(std::make_unique<QUndoStack>())
{
}

CityFile::~CityFile()
{
    if (m_checkThread) {
        m_cancelCheck = true;
        m_checkThread->wait();
    }
    m_undoStack.reset();
    m_connection.reset();
}

ConnectionDefences& CityFile::defences() const
{
    return m_connection->defences();
}

QSqlDatabase CityFile::database() const
{
    return m_connection ? m_connection->database() : QSqlDatabase();
}

std::optional<FileError> CityFile::inspect(const QString& path, CheckDepth depth)
{
    FileHeader header;
    if (std::optional<FileError> problem = FileChecks::path(path, &header))
        return problem;
    const SideFiles side = SideFiles::look(path, header.walMode);
    if (side.journal == SideFiles::Journal::Hot)
        return FileError(FileError::Code::InterruptedChange, path);
    if (side.pendingLog)
        return FileError(FileError::Code::PendingLog, path);
    return FileChecks::content(path, FileChecks::readingMode(header, side), depth);
}

QString CityFile::backupPathFor(const QString& path, int version)
{
    const QFileInfo info(path);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
           QStringLiteral(".before-update-v%1.").arg(version) + info.suffix();
}

CityFile::OpenResult CityFile::open(const QString& path, Access access, const Migrator* migrator,
                                    Checking checking)
{
    return openChecked(path, access, migrator, checking, {});
}

CityFile::OpenResult CityFile::openToRead(const QString& path, const QStringList& tables)
{
    return openChecked(path, Access::ReadOnly, nullptr, Checking::BeforeOpening, tables);
}

CityFile::OpenResult CityFile::openChecked(const QString& path, Access access,
                                           const Migrator* migrator, Checking checking,
                                           const QStringList& tables)
{
    const Migrator builtin(Migrator::builtinSteps());
    const Migrator& steps = migrator ? *migrator : builtin;
    using Code = FileError::Code;
    FileHeader header;
    if (std::optional<FileError> problem = FileChecks::path(path, &header))
        return *problem;

    const QFileInfo info(path);
    ReadOnlyReason readOnly = ReadOnlyReason::None;
    if (access == Access::ReadOnly)
        readOnly = ReadOnlyReason::Requested;
    else if (!isMeantWritable(info))
        readOnly = ReadOnlyReason::FileNotWritable;
    else if (!isMeantWritable(QFileInfo(info.absolutePath())))
        readOnly = ReadOnlyReason::FolderNotWritable;

    auto file = std::unique_ptr<CityFile>(new CityFile(info.absoluteFilePath(), readOnly));
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

    SideFiles side = SideFiles::look(path, header.walMode);
    const bool interrupted = side.journal == SideFiles::Journal::Hot || side.pendingLog;
    if (interrupted && file->isReadOnly()) {
        if (file->m_readOnlyReason == ReadOnlyReason::Requested)
            return FileError(side.pendingLog ? Code::PendingLog : Code::InterruptedChange, path);
        return FileError(Code::RecoveryNeedsWrite, path);
    }
    // Log mode is another program's: a writable file is brought back to Passerelle's own
    // journal mode (with the log's committed changes) before anything else.
    if (!file->isReadOnly() && (interrupted || header.walMode)) {
        Result<Recovery::Outcome, FileError> recovered =
            Recovery::run(path, side, header.walMode, [](const QString& copy) {
                return FileChecks::content(copy, SqliteConnection::Mode::ReadOnly,
                                           ContentCheck::Depth::Opening);
            });
        if (!recovered)
            return recovered.error();
        file->m_recovery = recovered.value();
        header = FileHeader::read(path);
        side = SideFiles::look(path, header.walMode);
        checking = Checking::BeforeOpening; // the copy was checked completely
    }
    const int version = int(header.userVersion);
    // A file about to be updated is checked completely first: the update writes to it.
    if (version < steps.targetVersion())
        checking = Checking::BeforeOpening;
    if (checking == Checking::Automatic)
        checking =
            info.size() > backgroundCheckBytes ? Checking::InBackground : Checking::BeforeOpening;
    const bool deferred = checking == Checking::InBackground;
    const SqliteConnection::Mode reading = FileChecks::readingMode(header, side);
    if (file->m_recovery == Recovery::Outcome::None) {
        if (std::optional<FileError> problem = FileChecks::content(
                path, reading, deferred ? ContentCheck::Depth::Quick : ContentCheck::Depth::Opening,
                nullptr, tables))
            return *problem;
    }

    if (version < steps.targetVersion()) {
        if (file->isReadOnly())
            return FileError(Code::MigrationFailed, path,
                             tr("the file or its folder is read-only"));
        if (Result<void> r = backupOlderFile(path, backupPathFor(path, version)); !r)
            return FileError(Code::CannotWrite, backupPathFor(path, version), r.error().message);
    }
    const SqliteConnection::Mode mode =
        file->isReadOnly() ? reading : SqliteConnection::Mode::ReadWrite;
    OpenResult opened = finishOpen(std::move(file), steps, mode);
    if (opened && deferred)
        opened.value()->startBackgroundCheck(reading);
    return opened;
}

void CityFile::startBackgroundCheck(SqliteConnection::Mode mode)
{
    m_contentState = ContentState::Checking;
    auto result = std::make_shared<std::optional<FileError>>();
    m_checkThread.reset(QThread::create([path = m_path, mode, result, cancel = &m_cancelCheck] {
        *result = FileChecks::content(path, mode, ContentCheck::Depth::Opening, cancel);
    }));
    connect(m_checkThread.get(), &QThread::finished, this, [this, result] {
        if (m_cancelCheck)
            return;
        m_contentProblem = *result;
        m_contentState = m_contentProblem ? ContentState::Refused : ContentState::Checked;
        emit contentChecked();
    });
    m_checkThread->start();
}

void CityFile::waitForContentCheck()
{
    if (m_checkThread)
        m_checkThread->wait();
    QCoreApplication::sendPostedEvents(this);
}

CityFile::OpenResult CityFile::finishOpen(std::unique_ptr<CityFile> file, const Migrator& migrator,
                                          SqliteConnection::Mode mode)
{
    using Code = FileError::Code;
    Result<std::unique_ptr<SqliteConnection>> opened = SqliteConnection::open(file->m_path, mode);
    if (!opened)
        return FileError(Code::Database, file->m_path, opened.error().message);
    file->m_connection = opened.take();
    QString error;
    if (!file->configure(&error))
        return FileError(Code::Database, file->m_path, error);

    QSqlQuery query(file->database());
    if (!file->isReadOnly()) {
        query.exec(QStringLiteral("PRAGMA user_version"));
        const int version = query.next() ? query.value(0).toInt() : 0;
        // A statement left open would keep the tables a migration drops locked.
        query.finish();
        if (version < migrator.targetVersion()) {
            if (Result<void> r = migrator.migrate(file->database(), version); !r)
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
    QSqlQuery query(database());
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
        return writeProblem(path, {});
    // Built under a temporary name and renamed when complete: a failure leaves no half file.
    const QString temp =
        info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".creating");
    QFile::remove(temp);
    Result<void> built = [&]() -> Result<void> {
        Result<std::unique_ptr<SqliteConnection>> opened =
            SqliteConnection::open(temp, SqliteConnection::Mode::ReadWrite);
        if (!opened)
            return opened.error();
        QSqlDatabase db = opened.value()->database();
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
        for (const QVariant& v : {QVariant(id), QVariant(now), QVariant(now), QVariant(id),
                                  QVariant(city.name.trimmed()), QVariant(notNull(city.country)),
                                  QVariant(notNull(city.language))})
            query.addBindValue(v);
        if (!query.exec())
            return Error{query.lastError().text()};
        query.prepare(QStringLiteral("INSERT INTO file_meta (key, value) VALUES (?, ?)"));
        query.addBindValue(QStringLiteral("created_by"));
        query.addBindValue(QStringLiteral("Passerelle ") + QStringLiteral(PASSERELLE_VERSION));
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
    if (!built) {
        QFile::remove(temp);
        QFile::remove(SideFiles::journalPath(temp));
        return writeProblem(path, built.error().message);
    }
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return writeProblem(path, {});
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
    QSqlQuery pragma(database());
    if (isReadOnly())
        pragma.exec(QStringLiteral("PRAGMA query_only = OFF"));
    Result<void> copied = vacuumInto(database(), temp);
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

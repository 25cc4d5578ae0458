// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recovery.h"

#include "storage/SqliteConnection.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <unistd.h>
#else
#include <io.h>
#endif

namespace {

void removeCopy(const QString& copy)
{
    for (const QString& p : {copy, SideFiles::journalPath(copy), SideFiles::logPath(copy),
                             SideFiles::logIndexPath(copy)})
        QFile::remove(p);
}

// Why a copy could not be made: a full disk and a read-only folder need different ways out.
FileError copyError(const QString& path)
{
    const QFileInfo info(path);
    const QStorageInfo storage(info.absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < 2 * info.size())
        return FileError(FileError::Code::DiskFull, path);
    if (storage.isReadOnly())
        return FileError(FileError::Code::RecoveryNeedsWrite, path);
    return FileError(FileError::Code::CannotWrite, path);
}

// The rename that puts the recovered copy in place is only as durable as the data under it.
bool flushToDisk(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return _commit(file.handle()) == 0;
#endif
}

std::filesystem::path nativePath(const QString& path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

} // namespace

QString Recovery::notice(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None:
        return {};
    case Outcome::UndidInterruptedChange:
        return tr("The last change to this file had not been finished when Passerelle or the "
                  "computer stopped. That unfinished change was undone, as if it had never been "
                  "started; everything stored before it is in the file. Check the last thing you "
                  "were doing and do it again if it is missing.");
    case Outcome::TookInLog:
        return tr("Another program had left changes to this file in a separate file beside it "
                  "(ending in “-wal”). They are now part of the city file.");
    }
    return {};
}

Result<Recovery::Outcome, FileError> Recovery::run(const QString& path, const SideFiles& side,
                                                   bool walMode, const Check& check)
{
    using Code = FileError::Code;
    const QFileInfo info(path);
    const QString copy = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                         QStringLiteral(".recovering");
    removeCopy(copy);
    const bool journal = side.journal == SideFiles::Journal::Hot;
    if (!QFile::copy(path, copy) ||
        (journal && !QFile::copy(SideFiles::journalPath(path), SideFiles::journalPath(copy))) ||
        (walMode && side.pendingLog &&
         !QFile::copy(SideFiles::logPath(path), SideFiles::logPath(copy)))) {
        removeCopy(copy);
        return copyError(path);
    }
    QFile::setPermissions(copy, QFile::permissions(copy) | QFile::WriteOwner);

    QString failure;
    {
        Result<std::unique_ptr<SqliteConnection>> opened =
            SqliteConnection::open(copy, SqliteConnection::Mode::ReadWrite);
        if (!opened) {
            failure = opened.error().message;
        } else {
            QSqlQuery query(opened.value()->database());
            // Reading the schema makes SQLite play the journal back; leaving log mode makes it
            // copy the log's committed changes into the file and delete the log.
            const QString sql = walMode ? QStringLiteral("PRAGMA journal_mode = DELETE")
                                        : QStringLiteral("SELECT count(*) FROM sqlite_schema");
            if (!query.exec(sql) || !query.next())
                failure = query.lastError().text();
            else if (walMode && query.value(0).toString() != QLatin1String("delete"))
                failure = query.value(0).toString();
        }
    }
    if (failure.isEmpty() &&
        (QFile::exists(SideFiles::journalPath(copy)) || QFile::exists(SideFiles::logPath(copy))))
        failure = QStringLiteral("the journal was not played back");
    if (!failure.isEmpty()) {
        removeCopy(copy);
        return FileError(Code::Damaged, path, failure);
    }
    if (std::optional<FileError> problem = check(copy)) {
        removeCopy(copy);
        return FileError(problem->code(), path, problem->detail());
    }
    if (!flushToDisk(copy)) {
        removeCopy(copy);
        return copyError(path);
    }
    // Replace first, then remove the journal: should the computer stop in between, the old
    // journal beside the recovered file only writes back the pages the recovery wrote already.
    std::error_code error;
    std::filesystem::rename(nativePath(copy), nativePath(path), error);
    if (error) {
        removeCopy(copy);
        return copyError(path);
    }
    for (const QString& p :
         {SideFiles::journalPath(path), SideFiles::logPath(path), SideFiles::logIndexPath(path)})
        QFile::remove(p);
    if (journal)
        return Outcome::UndidInterruptedChange;
    return side.pendingLog ? Outcome::TookInLog : Outcome::None;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/CheckDepth.h"
#include "storage/ConnectionMode.h"
#include "storage/FileError.h"
#include "storage/Recovery.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class Migrator;
class ConnectionDefences;
class QLockFile;
class SqliteConnection;
class QThread;
class QUndoStack;

// One open city file: the SQLite connection with Passerelle's safety settings, its lock, its
// undo stack, and the guarantees around opening (a file that is not fit is refused before a
// single byte of it can change).
class CityFile : public QObject
{
    Q_OBJECT

public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };
    enum class ReadOnlyReason
    {
        None,
        Requested,
        FileNotWritable,
        FolderNotWritable
    };

    enum class Checking
    {
        // Every check before open() returns (the command line, tests).
        BeforeOpening,
        // The cheap checks before, the content (pages, rules, references) on a thread of its
        // own: the window can be shown at once, and the file refuses every write until the
        // check has passed (contentChecked()).
        InBackground,
        // BeforeOpening for a file of up to backgroundCheckBytes, where the checks take a few
        // tens of milliseconds; InBackground for larger ones (the desktop program).
        Automatic
    };
    static constexpr qint64 backgroundCheckBytes = 8 * 1024 * 1024;
    enum class ContentState
    {
        Checked,
        Checking,
        Refused
    };

    struct NewCity
    {
        QString name;
        QString country;
        QString language = QStringLiteral("en");
    };

    using OpenResult = Result<std::unique_ptr<CityFile>, FileError>;

    ~CityFile() override;

    // The checks made before opening, reading only: nullopt when the file can be opened. Never
    // writes, here or beside the file: an interrupted change or a pending log is reported, not
    // recovered. Thorough adds the full integrity check (`passerelle-cli check`).
    static std::optional<FileError> inspect(const QString& path,
                                            CheckDepth depth = CheckDepth::Opening);
    // migrator: the format steps to apply to an older file (the built-in ones by default; tests
    // pass their own to exercise the update path).
    static OpenResult open(const QString& path, Access access = Access::ReadWrite,
                           const Migrator* migrator = nullptr,
                           Checking checking = Checking::BeforeOpening);
    // Read-only, for a command that reads only the given tables (an export): the structure, the
    // city and the personal-data list are checked as always, but the pages, rules and
    // references of those tables alone, so a large file's other records cost nothing.
    static OpenResult openToRead(const QString& path, const QStringList& tables);
    // A writable file whose last change was interrupted is recovered first (Recovery); the
    // outcome says what the officer should be told.
    // Creates a new file at the current schema version; refuses to overwrite an existing one.
    // seed, when given, fills the new file inside the same transaction (the demo generator,
    // built-in themes), so a failure anywhere leaves no file behind.
    using Seed = std::function<Result<void>(QSqlDatabase db, const QString& cityId)>;
    static OpenResult create(const QString& path, const NewCity& city, const Seed& seed = {});
    // Where open() puts the copy of an older file before updating it.
    static QString backupPathFor(const QString& path, int version);

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    // What opening had to do first (undo an interrupted change); None almost always.
    Recovery::Outcome recovery() const { return m_recovery; }
    // The connection's defences (tests lower its limits).
    ConnectionDefences& defences() const;
    bool isReadOnly() const { return m_readOnlyReason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    QString cityId() const { return m_cityId; }
    QUndoStack* undoStack() const { return m_undoStack.get(); }
    QDateTime lastWrite() const { return m_lastWrite; }

    // Checked until an opening InBackground is under way; Refused when its check failed (the
    // file must then be closed: contentProblem() says why).
    ContentState contentState() const { return m_contentState; }
    std::optional<FileError> contentProblem() const { return m_contentProblem; }
    // Blocks until the background check is done and its result delivered (tests, the CLI).
    void waitForContentCheck();

    // Writes a consistent copy (SQLite's VACUUM INTO), never a raw copy of the bytes.
    Result<void> saveCopyAs(const QString& target) const;

    // Called by the repositories after each committed write.
    void noteWritten();
    // Called when an edit could not be stored; the shell shows the message.
    void reportWriteFailure(const QString& message);

signals:
    // The background check has finished: contentState() is Checked or Refused.
    void contentChecked();
    void written(const QDateTime& when);
    void writeFailed(const QString& message);

private:
    CityFile(QString path, ReadOnlyReason readOnly);
    void startBackgroundCheck(ConnectionMode mode);
    static OpenResult openChecked(const QString& path, Access access, const Migrator* migrator,
                                  Checking checking, const QStringList& tables);
    static OpenResult finishOpen(std::unique_ptr<CityFile> file, const Migrator& migrator,
                                 ConnectionMode mode);
    bool configure(QString* error);

    QString m_path;
    std::unique_ptr<SqliteConnection> m_connection;
    Recovery::Outcome m_recovery = Recovery::Outcome::None;
    ContentState m_contentState = ContentState::Checked;
    std::optional<FileError> m_contentProblem;
    std::unique_ptr<QThread> m_checkThread;
    std::atomic<bool> m_cancelCheck = false;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    QString m_cityId;
    QDateTime m_lastWrite;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QUndoStack> m_undoStack;
};

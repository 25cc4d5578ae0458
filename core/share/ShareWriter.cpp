// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShareWriter.h"

#include "catalogue/Catalogue.h"
#include "common/ExportTarget.h"
#include "common/RecordMeta.h"
#include "share/ShareFiles.h"
#include "share/SqlName.h"
#include "storage/ConnectionDefences.h"
#include "storage/FileChecks.h"
#include "storage/Schema.h"
#include "storage/SqliteHandle.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <memory>

namespace {

const QString attached = QStringLiteral("src");

// The new file's connection, closed and taken out of Qt's registry when done. The source is
// attached to it read-only, so the defences apply to reading the source as to any opening.
class NewFileConnection
{
public:
    ~NewFileConnection()
    {
        m_defences.reset();
        if (m_db.isValid())
            m_db.close();
        m_db = QSqlDatabase();
        if (!m_name.isEmpty())
            QSqlDatabase::removeDatabase(m_name);
    }

    Result<void> open(const QString& path, const std::atomic<bool>* cancel)
    {
        m_name = QStringLiteral("passerelle-share-") +
                 QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        // URIs, for attaching the source read-only (and immutable when that is how it is read).
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        if (!m_db.open())
            return Error{m_db.lastError().text()};
        Result<std::unique_ptr<ConnectionDefences>> defences = ConnectionDefences::apply(m_db);
        if (!defences)
            return defences.error();
        m_defences = defences.take();
        m_defences->setCancelFlag(cancel);
        return {};
    }

    QSqlDatabase db() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    std::unique_ptr<ConnectionDefences> m_defences;
};

Result<void> run(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Error{q.lastError().text()};
    return {};
}

// SQLite copies a table whole (its records and index entries as they are: VACUUM's transfer)
// only from a database it could write; from one attached read-only it inserts row by row, some
// four times slower on a large file. A source in rollback mode with nothing beside it (as the
// checks just found) is therefore attached read-write, and only read: SQLite writes to a file
// in a write transaction, or to roll back a hot journal or to checkpoint a log, and this one
// has none. Anything else, or a file that may not be written, is attached read-only.
Result<void> attachSource(const QSqlDatabase& db, const QString& source, ConnectionMode mode)
{
    const QFileInfo info(source);
    QString uri = QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded);
    if (mode == ConnectionMode::ReadOnly && info.isWritable())
        uri += QStringLiteral("?mode=rw");
    else
        uri += QStringLiteral("?mode=ro");
    if (mode == ConnectionMode::Immutable)
        uri += QStringLiteral("&immutable=1");
    // The one attachment sharing makes, allowed for that statement alone (as VACUUM INTO's).
    sqlite3* handle = sqliteHandle(db);
    if (handle)
        sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 1);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS ") + sqlName(attached));
    q.addBindValue(uri);
    const bool ok = q.exec();
    if (handle)
        sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
    if (!ok)
        return Error{q.lastError().text()};
    return {};
}

// What the shared file holds in a column: the source's value, or, for personal data left
// out, the empty value the schema gives a column nobody filled.
QString selected(const TableDescription& table, const ColumnDescription& column,
                 PersonalData::Policy policy)
{
    const QString name = column.columnName();
    QString empty = QStringLiteral("NULL");
    if (column.notNull)
        empty = column.type == ColumnDescription::Type::Text ? QStringLiteral("''")
                                                             : QStringLiteral("0");
    if (PersonalData::writes(policy, table.tableName(), name, true))
        return sqlName(name);
    if (!PersonalData::writesColumn(policy, table.tableName(), name))
        return empty;
    // Personal only where the row's flag says so; any flag but 0 counts as private.
    return QStringLiteral("CASE WHEN %1 = 0 THEN %2 ELSE %3 END")
        .arg(sqlName(PersonalData::privateFlagOf(table.tableName(), name)), sqlName(name), empty);
}

// A table's columns as the shared file holds them: each column's name, what is selected for
// it, and, for the values that are not the source's, where they differ from it.
struct Columns
{
    QStringList names;
    QStringList values;
    QStringList changes;
};

Columns columnsOf(const TableDescription& table, PersonalData::Policy policy)
{
    Columns columns;
    for (const ColumnDescription& c : table.columns) {
        columns.names.append(sqlName(c.columnName()));
        columns.values.append(selected(table, c, policy));
        if (columns.values.last() != columns.names.last())
            columns.changes.append(
                QStringLiteral("(%1) IS NOT %2").arg(columns.values.last(), columns.names.last()));
    }
    return columns;
}

QString sourceTable(const TableDescription& table)
{
    return sqlName(attached) + QLatin1Char('.') + sqlName(table.tableName());
}

// Both files hold the schema this version creates (the source passed SchemaCheck), so a table
// copied whole is written as SQLite copies it in VACUUM: its records and its index entries as
// they are (the transfer optimisation, which wants the same indexes on both sides: the new
// file keeps its own rather than building them again afterwards).
QString wholeCopy(const TableDescription& table)
{
    return QStringLiteral("INSERT INTO main.%1 SELECT * FROM %2")
        .arg(sqlName(table.tableName()), sourceTable(table));
}

// Row by row, each record built anew with its personal values left out.
QString redactedCopy(const TableDescription& table, const Columns& columns)
{
    return QStringLiteral("INSERT INTO main.%1 (%2) SELECT %3 FROM %4")
        .arg(sqlName(table.tableName()), columns.names.join(QLatin1Char(',')),
             columns.values.join(QLatin1Char(',')), sourceTable(table));
}

// Whether leaving the personal values out changes any row: a table whose personal columns are
// all empty already (stakeholders without private notes, checklist answers that do not say
// who gave them) is the same once redacted, and is copied whole. This and the copy read the
// source in the one transaction the new file is written in: no row changes between them.
QString changesAnyRow(const TableDescription& table, const Columns& columns)
{
    return QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2)")
        .arg(sourceTable(table), columns.changes.join(QStringLiteral(" OR ")));
}

// A table whose every text but its references is personal (contact_person: a name, a role, an
// address, a phone number) holds nothing a partner could use once they are left out, and its
// rows could not even be kept (a contact person has a name): its rows are left out whole.
bool whollyPersonal(const TableDescription& table)
{
    if (!table.record)
        return false;
    bool any = false;
    for (const ColumnDescription& c : table.columns.mid(4)) {
        if (c.type != ColumnDescription::Type::Text || table.foreignKey(c.name))
            continue;
        if (c.personal != ColumnDescription::Personal::Always)
            return false;
        any = true;
    }
    return any;
}

struct Step
{
    const TableDescription* table;
    qint64 weight;
};

} // namespace

QString ShareWriter::cancelledMessage()
{
    return tr("Sharing was cancelled: no file was written.");
}

Result<ShareWriter::Outcome> ShareWriter::write(const QString& source, const QString& target,
                                                const Options& options, const Progress& progress,
                                                const std::atomic<bool>* cancel)
{
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == QFileInfo(source).absoluteFilePath() ||
        (targetInfo.exists() &&
         targetInfo.canonicalFilePath() == QFileInfo(source).canonicalFilePath()))
        return Error{tr("The shared copy cannot replace the city file itself. Choose another "
                        "name.")};
    if (Result<void> r = ExportTarget::check(target, options.overwrite); !r)
        return r.error();
    // The checks of every opening (CityFile::inspect), the cheap ones first.
    FileHeader header;
    if (std::optional<FileError> problem = FileChecks::path(source, &header))
        return Error{problem->message()};
    const SideFiles side = SideFiles::look(source, header.walMode);
    if (side.journal == SideFiles::Journal::Hot || side.pendingLog)
        return Error{FileError(side.pendingLog ? FileError::Code::PendingLog
                                               : FileError::Code::InterruptedChange,
                               source)
                         .message()};
    if (int(header.userVersion) != Schema::currentVersion)
        return Error{tr("“%1” was written by an older version of Passerelle. Open it in "
                        "Passerelle once, which brings it up to date, then share it.")
                         .arg(QFileInfo(source).fileName())};
    const ConnectionMode mode = FileChecks::readingMode(header, side);
    if (std::optional<FileError> problem =
            FileChecks::content(source, mode, CheckDepth::Quick, cancel))
        return Error{problem->message()};
    // The pages, rules and references are checked while the copy is written, on a thread of
    // their own: the copy reads the source through the same defences as any opening, and is
    // kept only if the check passes.
    std::atomic<bool> stopChecking = false;
    std::optional<FileError> refused;
    const std::unique_ptr<QThread> checking(QThread::create(
        [&] { refused = FileChecks::content(source, mode, CheckDepth::Opening, &stopChecking); }));
    checking->start();
    const auto checked = [&](bool stop) {
        stopChecking = stop;
        checking->wait();
        return !refused.has_value();
    };
    // Whatever happens below, the check is over before this returns.
    const auto stopCheck = qScopeGuard([&] { checked(true); });

    ShareFiles files(target);
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    const auto tell = [&](int permille) {
        if (progress)
            progress(permille);
    };
    Outcome outcome;
    Result<void> built = [&]() -> Result<void> {
        NewFileConnection connection;
        if (Result<void> r = connection.open(files.temporaryPath(), cancel); !r)
            return r;
        const QSqlDatabase db = connection.db();
        // Nothing reads the new file before it is renamed: no journal on disk, no syncing
        // each page (the whole file is synced once, at the end). SQLite's own cache size: the
        // copy streams pages through it (a cache that holds the file costs more in memory
        // handed out than it saves). The source's CHECK rules are evaluated by the check that
        // runs beside the copy (the copy is kept only if it passes), and a value left out is the
        // empty value the schema gives a column nobody filled: evaluating them again for every
        // row written took a third of the copy of a table filled row by row.
        for (const char* pragma :
             {"PRAGMA main.journal_mode = MEMORY", "PRAGMA main.synchronous = OFF",
              "PRAGMA main.locking_mode = EXCLUSIVE", "PRAGMA temp_store = MEMORY",
              "PRAGMA foreign_keys = OFF", "PRAGMA ignore_check_constraints = ON"}) {
            if (Result<void> r = run(db, QLatin1String(pragma)); !r)
                return r;
        }
        if (Result<void> r = attachSource(db, source, mode); !r)
            return r;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA %1.page_size").arg(sqlName(attached))) || !q.next())
            return Error{q.lastError().text()};
        const int pageSize = q.value(0).toInt();
        q.finish();
        // A number SQLite just gave; PRAGMA takes no bound parameters.
        if (Result<void> r = run(db, QStringLiteral("PRAGMA main.page_size = %1").arg(pageSize));
            !r)
            return r;
        if (Result<void> r = run(db, QStringLiteral("BEGIN")); !r)
            return r;
        if (Result<void> r = Schema::create(db); !r)
            return r;

        q.prepare(QStringLiteral("SELECT id, name FROM %1.city LIMIT 1").arg(sqlName(attached)));
        if (!q.exec() || !q.next())
            return Error{q.lastError().text()};
        const QString cityId = q.value(0).toString();
        outcome.cityName = q.value(1).toString();
        q.finish();
        Result<QList<ShareSummary::Item>> leftOut =
            ShareSummary::leftOut(db, options.policy == PersonalData::Policy::Include, attached);
        if (!leftOut)
            return leftOut.error();
        outcome.leftOut = leftOut.take();

        // Progress by the tables' sizes (their largest rowid: no count of every row).
        QList<Step> steps;
        qint64 total = 0;
        for (const TableDescription& table : Catalogue::tables()) {
            if (table.tableName() == QLatin1String("personal_data") ||
                ShareSummary::tablesNeverShared().contains(table.tableName()) ||
                (options.policy == PersonalData::Policy::LeaveOut && whollyPersonal(table)))
                continue;
            if (!q.exec(QStringLiteral("SELECT max(rowid) FROM %1.%2")
                            .arg(sqlName(attached), sqlName(table.tableName()))) ||
                !q.next())
                return Error{q.lastError().text()};
            steps.append({&table, q.value(0).toLongLong() + 1});
            total += steps.last().weight;
            q.finish();
        }
        qint64 done = 0;
        for (const Step& step : steps) {
            if (cancelled())
                return Error{cancelledMessage()};
            const Columns columns = columnsOf(*step.table, options.policy);
            bool redact = !columns.changes.isEmpty();
            if (redact) {
                if (!q.exec(changesAnyRow(*step.table, columns)) || !q.next())
                    return Error{q.lastError().text()};
                redact = q.value(0).toBool();
                q.finish();
            }
            if (Result<void> r =
                    run(db, redact ? redactedCopy(*step.table, columns) : wholeCopy(*step.table));
                !r)
                return r;
            done += step.weight;
            tell(int(done * 1000 / total));
        }
        q.prepare(
            QStringLiteral("INSERT OR REPLACE INTO main.file_meta (key, value) VALUES (?, ?)"));
        outcome.sharedAt = RecordMeta::now();
        const bool with = options.policy == PersonalData::Policy::Include;
        for (const auto& [key, value] :
             {std::pair{sharedByCityKey, outcome.cityName}, std::pair{sharedByCityIdKey, cityId},
              std::pair{sharedAtKey, RecordMeta::toText(outcome.sharedAt)},
              std::pair{sharedWithPersonalDataKey,
                        with ? QStringLiteral("1") : QStringLiteral("0")}}) {
            q.addBindValue(QLatin1String(key));
            q.addBindValue(value);
            if (!q.exec())
                return Error{q.lastError().text()};
        }
        if (Result<void> r = run(db, QStringLiteral("COMMIT")); !r)
            return r;
        return run(db, QStringLiteral("DETACH DATABASE ") + sqlName(attached));
    }();
    if (!built) {
        // A file the check refuses may well fail the copy: the check says why.
        const bool sound = checked(cancelled());
        files.discard();
        // An interrupted statement says only "interrupted": the officer asked for it.
        if (cancelled())
            return Error{cancelledMessage()};
        if (!sound)
            return Error{refused->message()};
        return Error{tr("The shared copy “%1” could not be written: %2. Choose another folder, "
                        "or free some disk space.")
                         .arg(QDir::toNativeSeparators(target), built.error().message)};
    }
    // Synced while the check goes on: the disk's time is not added to the check's.
    const Result<void> synced = files.sync();
    const bool sound = checked(cancelled());
    if (cancelled()) {
        files.discard();
        return Error{cancelledMessage()};
    }
    if (!sound) {
        files.discard();
        return Error{refused->message()};
    }
    if (!synced)
        return synced.error();
    if (Result<void> r = files.commit(options.overwrite); !r)
        return r.error();
    tell(1000);
    return outcome;
}

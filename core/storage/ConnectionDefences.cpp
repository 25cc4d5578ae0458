// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionDefences.h"

#include "SqliteHandle.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionDefences)
public:
    static QString noHandle()
    {
        return tr("The database engine could not be given its safety settings. Reinstall "
                  "Passerelle; no file was changed.");
    }
};

// Below SQLite's defaults; each well above what Passerelle's own statements and values need.
struct Limit
{
    int id;
    int value;
};
constexpr Limit limits[] = {
    {SQLITE_LIMIT_LENGTH, ConnectionDefences::maxValueBytes},
    {SQLITE_LIMIT_SQL_LENGTH, 100000},
    {SQLITE_LIMIT_COLUMN, 200},
    {SQLITE_LIMIT_EXPR_DEPTH, 100},
    {SQLITE_LIMIT_COMPOUND_SELECT, 50},
    {SQLITE_LIMIT_VDBE_OP, 250000},
    {SQLITE_LIMIT_FUNCTION_ARG, 16},
    {SQLITE_LIMIT_ATTACHED, 0},
    {SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000},
    {SQLITE_LIMIT_VARIABLE_NUMBER, 1000},
    {SQLITE_LIMIT_TRIGGER_DEPTH, 10},
    {SQLITE_LIMIT_WORKER_THREADS, 0},
};

// How many virtual machine steps between two calls of the progress handler.
constexpr int progressSteps = 10000;

} // namespace

ConnectionDefences::ConnectionDefences(sqlite3* handle) : m_handle(handle) {}

ConnectionDefences::~ConnectionDefences()
{
    sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
}

Result<std::unique_ptr<ConnectionDefences>> ConnectionDefences::apply(const QSqlDatabase& db)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        return Error{Messages::noHandle()};
    const int flags[][2] = {{SQLITE_DBCONFIG_DEFENSIVE, 1},
                            {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0},
                            {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
                            {SQLITE_DBCONFIG_ENABLE_TRIGGER, 1},
                            {SQLITE_DBCONFIG_ENABLE_VIEW, 1}};
    for (const auto& [option, value] : flags) {
        int now = -1;
        if (sqlite3_db_config(handle, option, value, &now) != SQLITE_OK || now != value)
            return Error{Messages::noHandle()};
    }
    for (const Limit& limit : limits)
        sqlite3_limit(handle, limit.id, limit.value);
    QSqlQuery query(db);
    for (const char* pragma : {"PRAGMA cell_size_check = ON", "PRAGMA mmap_size = 0"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return Error{query.lastError().text()};
    }
    auto defences = std::unique_ptr<ConnectionDefences>(new ConnectionDefences(handle));
    sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &ConnectionDefences::onTrace, defences.get());
    sqlite3_progress_handler(handle, progressSteps, &ConnectionDefences::onProgress,
                             defences.get());
    return defences;
}

bool ConnectionDefences::takeInterrupted()
{
    return std::exchange(m_interrupted, false);
}

int ConnectionDefences::onTrace(unsigned type, void* context, void*, void* extra)
{
    // A statement starting to run (the SQL text begins with "--" for the statements a trigger
    // runs inside it: those belong to the statement already being timed).
    const char* sql = static_cast<const char*>(extra);
    if (type == SQLITE_TRACE_STMT && !(sql && sql[0] == '-' && sql[1] == '-'))
        static_cast<ConnectionDefences*>(context)->m_steps = 0;
    return 0;
}

int ConnectionDefences::onProgress(void* context)
{
    auto* self = static_cast<ConnectionDefences*>(context);
    self->m_steps += progressSteps;
    if (self->m_steps < self->m_stepLimit)
        return 0;
    self->m_interrupted = true;
    return 1; // SQLite stops the statement with SQLITE_INTERRUPT
}

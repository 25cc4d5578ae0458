// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

#include <memory>

struct sqlite3;

// SQLite's defences for a file that may have been crafted (sqlite.org, "Defense against the dark
// arts"), applied through the native handle where Qt's driver has no option: defensive mode,
// no extension loading, untrusted schema, cell size checks, no memory mapping, lowered limits,
// and a progress handler that interrupts any statement doing more than a bounded amount of work.
// Every connection Passerelle opens on a city file gets them, and keeps this object alive as
// long as the connection (the progress handler points into it).
class ConnectionDefences
{
public:
    // The largest text or blob a value may have: far above any real profile text (a narrative
    // section is a few pages), far below what makes the interface unusable.
    static constexpr int maxValueBytes = 16 * 1024 * 1024;
    // Virtual machine steps one statement may take before it is interrupted: a count of work,
    // not of time, so that a query read slowly across event-loop turns is never cut short.
    // Passerelle's heaviest statements on a 50,000-stakeholder file take a few million; an
    // endless recursive view reaches this in seconds.
    static constexpr qint64 defaultStatementSteps = 2'000'000'000;

    ~ConnectionDefences();
    ConnectionDefences(const ConnectionDefences&) = delete;
    ConnectionDefences& operator=(const ConnectionDefences&) = delete;

    // Applies every defence to an open connection; an error when the native handle is missing
    // or a setting is refused.
    static Result<std::unique_ptr<ConnectionDefences>> apply(const QSqlDatabase& db);

    // Tests lower it to show that a runaway statement is stopped.
    void setStatementStepLimit(qint64 steps) { m_stepLimit = steps; }
    // True when the progress handler has interrupted a statement since the last call.
    bool takeInterrupted();

private:
    explicit ConnectionDefences(sqlite3* handle);
    static int onProgress(void* context);
    static int onTrace(unsigned type, void* context, void* statement, void* extra);

    sqlite3* m_handle = nullptr;
    qint64 m_steps = 0;
    qint64 m_stepLimit = defaultStatementSteps;
    bool m_interrupted = false;
};

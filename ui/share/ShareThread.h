// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "share/ShareWriter.h"

#include <QThread>

#include <atomic>

// Writes a shared copy (ShareWriter) off the GUI thread: a 50,000-stakeholder file takes
// seconds, the window stays responsive and Cancel works. The writer opens the file by its path
// on a connection of its own, so nothing of the window's connection crosses threads.
class ShareThread : public QThread
{
    Q_OBJECT

public:
    struct Job
    {
        QString source;
        QString target;
        ShareWriter::Options options;
    };

    explicit ShareThread(Job job, QObject* parent = nullptr);
    // Waits for the writer, which removes what it had written when cancelled.
    ~ShareThread() override;

    // From any thread: the writer stops at its next step, even inside a statement.
    void cancel() { m_cancelled = true; }
    // Once finished.
    const Result<ShareWriter::Outcome>& result() const { return m_result; }

signals:
    void progressed(int permille);

protected:
    void run() override;

private:
    Job m_job;
    std::atomic<bool> m_cancelled{false};
    Result<ShareWriter::Outcome> m_result{Error{}};
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reports/ReportDocument.h"

#include <QPageSize>
#include <QThread>

#include <atomic>

// Lays a built report out and writes it, off the GUI thread: a 2,000-action status report
// takes long enough that the window must stay responsive and Cancel must work. The document
// was built on the GUI thread, where the repositories live; from here on it is plain values.
// The writers go through a temporary file, so a cancelled or failed export leaves nothing.
class ReportExportThread : public QThread
{
    Q_OBJECT

public:
    enum class Format
    {
        Pdf,
        Odt
    };
    struct Job
    {
        ReportDocument document;
        QPageSize::PageSizeId paper = QPageSize::A4;
        Format format = Format::Pdf;
        QString path;
        bool overwrite = false;
    };

    explicit ReportExportThread(Job job, QObject* parent = nullptr);
    ~ReportExportThread() override;

    // From any thread: the work stops at its next step, and the result says so.
    void cancel() { m_cancelled = true; }
    bool wasCancelled() const { return m_cancelled; }
    // Once finished.
    const Result<void>& result() const { return m_result; }

signals:
    // 0 to 1000: laying out is the first part, writing the rest.
    void progressed(int permille);

protected:
    void run() override;

private:
    bool report(int from, int span, int done, int total);

    Job m_job;
    std::atomic<bool> m_cancelled{false};
    Result<void> m_result;
    int m_permille = -1;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExportThread.h"

#include "reports/OdtReportWriter.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportPaginator.h"

#include <optional>

namespace {

// Laying out takes about as long as writing the PDF: each gets half of the bar.
constexpr int layoutShare = 500;

} // namespace

ReportExportThread::ReportExportThread(Job job, QObject* parent)
    : QThread(parent), m_job(std::move(job))
{
}

ReportExportThread::~ReportExportThread()
{
    // A window closed during an export: the writer stops at its next step and cleans up.
    cancel();
    wait();
}

bool ReportExportThread::report(int from, int span, int done, int total)
{
    // A long table ticks thousands of times: only a step the bar can show is sent across.
    const int permille = from + (total > 0 ? int(qint64(span) * done / total) : 0);
    if (permille != m_permille) {
        m_permille = permille;
        emit progressed(permille);
    }
    return !m_cancelled;
}

void ReportExportThread::run()
{
    if (m_job.format == Format::Odt) {
        // The text document lays itself out: the writer's progress is the whole bar.
        m_result = OdtReportWriter::write(
            m_job.path, m_job.overwrite, m_job.document,
            [this](int done, int total) { return report(0, 1000, done, total); });
    } else {
        // The style measures text on an image of its own, made here on the thread that uses it.
        const ReportStyle style(m_job.paper);
        const std::optional<ReportPages> pages =
            ReportPaginator(style).paginate(m_job.document, [this](int done, int total) {
                return report(0, layoutShare, done, total);
            });
        if (!pages) {
            m_result = Error{PdfReportWriter::cancelledMessage()};
            return;
        }
        m_result =
            PdfReportWriter::write(m_job.path, m_job.overwrite, m_job.document, style, *pages,
                                   [this](int done, int total) {
                                       return report(layoutShare, 1000 - layoutShare, done, total);
                                   });
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportPages.h"
#include "ReportPaginator.h"
#include "ReportStyle.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

class QIODevice;

// Writes laid-out pages as a PDF/A-1b file (QPdfWriter): fonts embedded, the sRGB output intent
// and the XMP identification Qt writes for PDF/A, and our own XMP with the author, subject and
// language Qt 6.4 has no setter for (docs/reports.md says what can be checked here). Through a
// temporary file renamed at the end: a cancelled or failed export leaves nothing behind and an
// older file whole.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    // The error of a write stopped by progress.
    static QString cancelledMessage();

    static Result<void> write(const QString& path, bool overwrite, const ReportDocument& document,
                              const ReportStyle& style, const ReportPages& pages,
                              const ReportPaginator::Progress& progress = {});
    // To any device (a buffer in tests); false when stopped.
    static bool write(QIODevice& device, const ReportDocument& document, const ReportStyle& style,
                      const ReportPages& pages, const ReportPaginator::Progress& progress = {});

    // The XMP packet: Qt's PDF/A identification and dates, with dc:creator, dc:description and
    // dc:language; created must be the second Qt stamps the file with.
    static QByteArray xmp(const ReportDocument& document, const QString& creator,
                          const QDateTime& created);
};

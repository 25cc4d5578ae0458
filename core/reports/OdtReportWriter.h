// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportPaginator.h"
#include "common/Result.h"

#include <QCoreApplication>

class QTextDocument;

// The same ReportDocument as an OpenDocument text (.odt, Qt's QTextDocumentWriter), so that the
// officer can finish the wording in LibreOffice or Word before the council meeting: headings
// as headings (their outline and the contents LibreOffice can make), tables as tables with a
// repeated header row, figures as pictures. Through a temporary file renamed at the end.
class OdtReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(OdtReportWriter)

public:
    static Result<void> write(const QString& path, bool overwrite, const ReportDocument& document,
                              const ReportPaginator::Progress& progress = {});
    // The text document written (for tests and for the writer itself).
    static std::unique_ptr<QTextDocument> toTextDocument(const ReportDocument& document);

private:
    // Qt's writer or the archive failed: no disk or folder is to blame.
    static Error notMade(const QString& path);
};

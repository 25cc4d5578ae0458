// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportDocument.h"

#include <QCoreApplication>
#include <QPageSize>

class QPrinter;
class QWidget;
class Repositories;

// File > Print… and Print preview…: the same reports as the export, painted on a printer with
// the same ReportPainter. The pages are laid out on the printer's paper when it is A4 or Letter
// (the papers a report is designed for), else on the local paper and scaled to fit.
class ReportPrinting
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinting)

public:
    // Asks which report, then shows the print dialog and prints; returns what to say in the
    // status bar (empty when cancelled; a failure is shown in a message).
    static QString print(QWidget* parent, Repositories& repos);
    // Asks which report, then shows Qt's print preview, from which it can be printed.
    static void preview(QWidget* parent, Repositories& repos);

    // Lays the document out for the printer's paper and paints the pages in its range; false
    // when the printer cannot be painted on. Any QPrinter: a PDF file in tests.
    static bool paint(QPrinter& printer, const ReportDocument& document);
    // The paper the pages are laid out on for this printer.
    static QPageSize::PageSizeId paperFor(const QPrinter& printer);
};

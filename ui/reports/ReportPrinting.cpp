// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPrinting.h"

#include "LaidOutReport.h"
#include "ReportChoices.h"
#include "ReportChoicesDialog.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportPainter.h"
#include "shell/DialogHooks.h"

#include <QApplication>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>

#include <optional>

namespace {

// The report the officer chose, built; nothing when cancelled or refused (said in a message).
std::optional<ReportDocument> chooseAndBuild(QWidget* parent, Repositories& repos,
                                             const QString& title, const QString& goText)
{
    ReportChoicesDialog choices(repos, title, goText, parent);
    if (DialogHooks::exec(choices) != QDialog::Accepted)
        return std::nullopt;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ReportDocument> built = ReportBuilder::build(repos, choices.options());
    QApplication::restoreOverrideCursor();
    if (!built) {
        DialogHooks::message(parent, QMessageBox::Warning,
                             ReportPrinting::tr("The report could not be made"),
                             built.error().message);
        return std::nullopt;
    }
    return built.take();
}

void preparePrinter(QPrinter& printer, const ReportDocument& document)
{
    // The report's pages carry their own margins: the printer paints from the paper's corner.
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(ReportChoices::localPaper()));
    printer.setDocName(document.title);
    printer.setCreator(QStringLiteral("Passerelle"));
}

} // namespace

QPageSize::PageSizeId ReportPrinting::paperFor(const QPrinter& printer)
{
    const QPageSize::PageSizeId id = printer.pageLayout().pageSize().id();
    return id == QPageSize::A4 || id == QPageSize::Letter ? id : ReportChoices::localPaper();
}

bool ReportPrinting::paint(QPrinter& printer, const ReportDocument& document)
{
    const std::shared_ptr<LaidOutReport> report =
        LaidOutReport::layOut(document, paperFor(printer));
    if (!report)
        return false;
    const int count = report->pages.count();
    int first = 0;
    int last = count - 1;
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        first = printer.fromPage() - 1;
        last = qMin(last, printer.toPage() - 1);
    }
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    // Points to the printer's units; a paper smaller than the layout's gets the page shrunk.
    const QSizeF paper = printer.pageLayout().fullRect(QPageLayout::Point).size();
    const QSizeF laid = report->style->paperSize();
    const double fit =
        qMin(1.0, qMin(paper.width() / laid.width(), paper.height() / laid.height()));
    const ReportPainter pagePainter(*report->style, report->document, report->pages);
    const double scale = ReportPainter::scaleFor(printer) * fit;
    // The paper's corner: the origin when printing the full page, else off the printable area.
    const QPointF corner =
        printer.fullPage()
            ? QPointF()
            : -QPointF(printer.pageLayout().paintRectPixels(printer.resolution()).topLeft());
    for (int page = first; page <= last; ++page) {
        if (page > first && !printer.newPage()) {
            painter.end();
            return false;
        }
        painter.save();
        painter.translate(corner);
        painter.scale(scale, scale);
        pagePainter.paint(painter, page);
        painter.restore();
    }
    return painter.end();
}

QString ReportPrinting::print(QWidget* parent, Repositories& repos)
{
    const std::optional<ReportDocument> document =
        chooseAndBuild(parent, repos, tr("Print a report"), tr("&Print…"));
    if (!document)
        return {};
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *document);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("reportPrintDialog"));
    dialog.setWindowTitle(tr("Print %1").arg(document->title));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool printed = paint(printer, *document);
    QApplication::restoreOverrideCursor();
    if (!printed) {
        DialogHooks::message(parent, QMessageBox::Warning, tr("The report was not printed"),
                             tr("The printer could not be used. Check that it is connected and "
                                "ready, then print again."));
        return {};
    }
    return tr("%1 sent to the printer.").arg(document->title);
}

void ReportPrinting::preview(QWidget* parent, Repositories& repos)
{
    const std::optional<ReportDocument> document =
        chooseAndBuild(parent, repos, tr("Preview a report before printing"), tr("&Preview…"));
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *document);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("reportPrintPreview"));
    dialog.setWindowTitle(tr("Print preview: %1").arg(document->title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter* target) { paint(*target, *document); });
    if (const QScreen* screen = parent ? parent->screen() : nullptr)
        dialog.resize(screen->availableSize() * 9 / 10);
    DialogHooks::exec(dialog);
}

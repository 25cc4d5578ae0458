// SPDX-License-Identifier: GPL-3.0-or-later
// The report engine against QTextDocument (issue 12): the same 3,000-row table (five columns,
// French texts, some that wrap) laid out and written as PDF (a) by ReportPaginator and
// PdfReportWriter, (b) as a QTextDocument (the QTextTable OdtReportWriter makes, its header row
// repeated) printed with QTextDocument::print to a QPdfWriter; the two alternate in the same
// run, round after round, and the medians and their ratio are printed. Also the first preview
// page (ReportPainter on a 96-dpi QImage) and the ODT of the same table. With city files, the
// reports themselves (ReportBuilder::build, then layout, then write, timed apart) against their
// own QTextDocument: the action-plan report of `passerelle-cli demo --scale 50000` (target
// 0.4 s and 1/8 of QTextDocument's time) and the demo city's priorities document (0.3 s).
//   bench_reports [ROUNDS] [S50K_FILE [DEMO_FILE]]
#include "BenchTimes.h"
#include "TextDocumentReport.h"
#include "city/Repositories.h"
#include "common/HeapSettings.h"
#include "reports/OdtReportWriter.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportPaginator.h"
#include "reports/ReportPainter.h"
#include "storage/CityFile.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace {

constexpr int tableRows = 3000;

const QStringList titles{
    QStringLiteral("Ouvrir un guichet unique d’accueil pour les nouveaux arrivants"),
    QStringLiteral("Former les agents municipaux"),
    QStringLiteral("Traduire le livret d’accueil en arabe, tigrinya, dari et ukrainien, puis le "
                   "diffuser dans les mairies de quartier"),
    QStringLiteral("Groupe de parole des femmes"),
    QStringLiteral("Cours de français langue étrangère le soir au centre social Jean-Macé"),
    QStringLiteral("Permanence juridique"),
};
const QStringList leads{QStringLiteral("Service des solidarités"), QStringLiteral("CCAS"),
                        QStringLiteral("Association Accueil et Partage (partenaire principal)"),
                        QStringLiteral("Direction de l’éducation")};
const QStringList statuses{QStringLiteral("En cours"), QStringLiteral("Terminée"),
                           QStringLiteral("En retard"), QStringLiteral("Pas commencée")};

ReportDocument document()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Plan d’action — état d’avancement");
    doc.author = QStringLiteral("Mission intégration");
    doc.language = QStringLiteral("fr");
    doc.headerLeft = QStringLiteral("Villeneuve");
    doc.headerRight = doc.title;
    doc.footerDate = QStringLiteral("4 décembre 2026");
    doc.pageOfPages = QStringLiteral("Page %1 sur %2");
    doc.heading(1, QStringLiteral("Toutes les actions"));
    ReportTable table;
    table.columns = {{QStringLiteral("Action"), 3.2, false},
                     {QStringLiteral("Pilote"), 2, false},
                     {QStringLiteral("Échéance"), 1.1, false},
                     {QStringLiteral("État"), 1.1, false},
                     {QStringLiteral("Budget"), 1, true}};
    const QDate start(2026, 1, 15);
    for (int i = 0; i < tableRows; ++i) {
        table.rows.append({{QStringLiteral("%1. ").arg(i + 1) + titles.at(i % titles.size()),
                            leads.at(i % leads.size()),
                            start.addDays(i % 700).toString(QStringLiteral("dd/MM/yyyy")),
                            statuses.at(i % statuses.size()),
                            QStringLiteral("%L1 €").arg(1500 + (i * 37) % 90000)},
                           ReportTable::Row::Style::Normal,
                           i % 4 == 2 ? QColor(0xb0, 0x3a, 0x2e) : QColor()});
    }
    table.caption = QStringLiteral("Les 3 000 actions du plan.");
    doc.add(table);
    return doc;
}

double sizeMb(const QString& path)
{
    return double(QFileInfo(path).size()) / (1024 * 1024);
}

double since(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The process's CPU time: on a machine others compile on, the wall clock also counts the time
// the benchmark waited for a core.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

// The same report as a QTextDocument (its figures drawn as vectors, as ours are), paginated at
// the paper's size and printed to a PDF: the time of laying out and writing the same content
// the way most Qt programs do.
double textDocumentTime(const ReportDocument& doc, const ReportStyle& style, const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    TextDocumentReport report(doc, style.body().width());
    std::unique_ptr<QTextDocument> text = report.build(style.paperSize(), style.margins().left());
    QPdfWriter pdf(path);
    pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    pdf.setPageSize(style.pageSize());
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    text->print(&pdf);
    return since(timer);
}

// The anchor under ours: QPdfWriter alone, given the same words already shaped and placed on
// the same pages, drawing nothing else (no rules, no shading, no figures, no header or footer).
// What QPdfWriter itself costs for the text of the report: our writer cannot go below it.
double pdfWriterFloorTime(const ReportPages& pages, const ReportStyle& style, const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    QPdfWriter pdf(path);
    pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    pdf.setPageSize(style.pageSize());
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(72);
    QPainter painter(&pdf);
    const double fine = ReportStyle::measureScale;
    for (int i = 0; i < pages.count(); ++i) {
        if (i > 0)
            pdf.newPage();
        const ReportPages::Page& page = pages.pages.at(size_t(i));
        painter.save();
        painter.scale(1 / fine, 1 / fine);
        for (const ReportPages::Text& text : page.texts) {
            if (!text.shaped)
                continue;
            const QPointF origin = text.baseline * fine - QPointF(0, text.shaped->ascent);
            for (const QGlyphRun& run : text.shaped->runs)
                painter.drawGlyphRun(origin, run);
        }
        painter.restore();
        for (const ReportPages::Rich& rich : page.rich) {
            painter.save();
            painter.translate(rich.offset);
            painter.scale(1 / fine, 1 / fine);
            for (int l = rich.firstLine; l < rich.firstLine + rich.lineCount; ++l)
                rich.layout->lineAt(l).draw(&painter, QPointF());
            painter.restore();
        }
    }
    painter.end();
    return since(timer);
}

// The preview's first page: painted on a 96-dpi image of the page, as the export dialog shows it.
double firstPagePaint(const ReportDocument& doc, const ReportStyle& style, const ReportPages& pages)
{
    QElapsedTimer timer;
    timer.start();
    const QSizeF paper = style.paperSize() * 96.0 / 72.0;
    QImage image(paper.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(96 / 0.0254));
    image.setDotsPerMeterY(qRound(96 / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(ReportPainter::scaleFor(image), ReportPainter::scaleFor(image));
    ReportPainter(style, doc, pages).paint(painter, 0);
    painter.end();
    return since(timer);
}

// One report of a city file: built, laid out, written, and its first page painted, apart; then
// the same document through QTextDocument, alternated round by round.
int reportBench(const QString& file, ReportKind kind, int rounds, const char* target)
{
    CityFile::OpenResult opened = CityFile::open(file, CityFile::Access::ReadOnly);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message()));
        return 1;
    }
    Repositories repos(*opened.value());
    ReportOptions options;
    options.kind = kind;
    options.language = QStringLiteral("fr");
    options.today = QDate(2026, 12, 4);
    const ReportStyle style(options.paper);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const QString odtPath = dir.filePath(QStringLiteral("report.odt"));
    BenchTimes build, layout, write, total, preview, qt, odt, floor;
    BenchTimes writeCpu, totalCpu, qtCpu, floorCpu;
    int pages = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        Result<ReportDocument> doc = ReportBuilder::build(repos, options);
        if (!doc) {
            std::printf("%s: %s\n", qPrintable(ReportBuilder::key(kind)),
                        qPrintable(doc.error().message));
            return 0;
        }
        const double built = since(timer);
        const std::optional<ReportPages> laid = ReportPaginator(style).paginate(doc.value());
        const double laidOut = since(timer);
        const double cpuLaidOut = cpuMs();
        if (!PdfReportWriter::write(path, true, doc.value(), style, *laid))
            return 1;
        const double written = since(timer);
        writeCpu.addMs(cpuMs() - cpuLaidOut);
        totalCpu.addMs(cpuMs() - cpuStart);
        build.addMs(built);
        layout.addMs(laidOut - built);
        write.addMs(written - laidOut);
        total.addMs(written);
        preview.addMs(built + (laidOut - built) + firstPagePaint(doc.value(), style, *laid));
        pages = laid->count();
        double cpu = cpuMs();
        floor.addMs(pdfWriterFloorTime(*laid, style, dir.filePath(QStringLiteral("floor.pdf"))));
        floorCpu.addMs(cpuMs() - cpu);
        // PASSERELLE_BENCH_PDF_ONLY=1 leaves QTextDocument and the ODT out, for profiling the
        // PDF engine.
        if (qEnvironmentVariableIsSet("PASSERELLE_BENCH_PDF_ONLY"))
            continue;
        cpu = cpuMs();
        qt.addMs(textDocumentTime(doc.value(), style, dir.filePath(QStringLiteral("qt.pdf"))));
        qtCpu.addMs(cpuMs() - cpu);
        // PASSERELLE_BENCH_NO_ODT=1 leaves the ODT out (tens of seconds a round on a busy
        // machine), for more rounds of the PDF against QTextDocument.
        if (qEnvironmentVariableIsSet("PASSERELLE_BENCH_NO_ODT"))
            continue;
        timer.restart();
        if (!OdtReportWriter::write(odtPath, true, doc.value()))
            return 1;
        odt.add(timer);
    }
    std::printf("%s of %s: %d pages, %.1f MB; target %s\n", qPrintable(ReportBuilder::key(kind)),
                qPrintable(QFileInfo(file).fileName()), pages, sizeMb(path), target);
    std::printf("    build (ReportBuilder) %s\n", qPrintable(build.summary()));
    std::printf("    layout                %s\n", qPrintable(layout.summary()));
    std::printf("    write PDF             %s\n", qPrintable(write.summary()));
    std::printf("    total                 %s\n", qPrintable(total.summary()));
    std::printf("    QPdfWriter alone, the same words only (the floor) %s\n",
                qPrintable(floor.summary()));
    std::printf("    ratio write PDF / floor: %.2f\n", write.median() / floor.median());
    std::printf("    first preview page (build + layout + paint) %s\n",
                qPrintable(preview.summary()));
    std::printf("    QTextDocument of the same document, printed %s\n", qPrintable(qt.summary()));
    std::printf("    ratio QTextDocument / ours: %.1f\n", qt.median() / total.median());
    std::printf("    ODT (OdtReportWriter::write, %.1f MB) %s\n", sizeMb(odtPath),
                qPrintable(odt.summary()));
    std::printf("    CPU time: write PDF %s, total %s, the floor %s, QTextDocument %s; ratio "
                "QTextDocument / ours %.1f\n",
                qPrintable(writeCpu.summary()), qPrintable(totalCpu.summary()),
                qPrintable(floorCpu.summary()), qPrintable(qtCpu.summary()),
                qtCpu.median() / totalCpu.median());
    if (const QString keep = qEnvironmentVariable("PASSERELLE_KEEP_BENCH"); !keep.isEmpty()) {
        const QString stem = keep + QLatin1Char('/') + ReportBuilder::key(kind) + QLatin1Char('-') +
                             QFileInfo(file).baseName();
        QFile::copy(path, stem + QStringLiteral(".pdf"));
        QFile::copy(odtPath, stem + QStringLiteral(".odt"));
        QFile::copy(dir.filePath(QStringLiteral("qt.pdf")), stem + QStringLiteral("-qt.pdf"));
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // As the programs do; PASSERELLE_BENCH_DEFAULT_HEAP=1 keeps glibc's own settings, to
    // measure what HeapSettings changes.
    if (qEnvironmentVariableIsEmpty("PASSERELLE_BENCH_DEFAULT_HEAP"))
        HeapSettings::keepLargeBuffers();
    QGuiApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    if (argc > 2) {
        if (reportBench(QString::fromLocal8Bit(argv[2]), ReportKind::ActionPlan, rounds,
                        "0.4 s and 1/8 of QTextDocument") != 0)
            return 1;
        if (argc > 3 && reportBench(QString::fromLocal8Bit(argv[3]), ReportKind::Priorities, rounds,
                                    "0.3 s") != 0)
            return 1;
        return 0;
    }
    const ReportDocument doc = document();
    const ReportStyle style;
    QTemporaryDir dir;
    const QString ours = dir.filePath(QStringLiteral("ours.pdf"));
    const QString theirs = dir.filePath(QStringLiteral("qtextdocument.pdf"));
    const QString cloned = dir.filePath(QStringLiteral("qtextdocument-cloned.pdf"));
    BenchTimes layout, write, total, build, qtLayout, print, qtTotal, clonedTotal, odt;
    int ourPages = 0;
    int qtPages = 0;
    for (int round = 0; round < rounds; ++round) {
        // (a) our pagination and painter.
        QElapsedTimer timer;
        timer.start();
        const std::optional<ReportPages> pages = ReportPaginator(style).paginate(doc);
        const double laidOut = double(timer.nsecsElapsed()) / 1e6;
        const Result<void> written = PdfReportWriter::write(ours, true, doc, style, *pages);
        const double all = double(timer.nsecsElapsed()) / 1e6;
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
            return 1;
        }
        layout.addMs(laidOut);
        write.addMs(all - laidOut);
        total.addMs(all);
        ourPages = pages->count();

        // (b) the same table as a QTextDocument, paginated by Qt and printed.
        timer.restart();
        std::unique_ptr<QTextDocument> text = OdtReportWriter::toTextDocument(doc);
        const double built = double(timer.nsecsElapsed()) / 1e6;
        QPdfWriter pdf(theirs);
        pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        pdf.setPageSize(style.pageSize());
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        // Paginated at the paper's size (in the document's 96-dpi pixels) with the report's
        // margins on every page, so that print() draws it as laid out here.
        text->setPageSize(style.paperSize() * 96.0 / 72.0);
        text->setDocumentMargin(style.margins().left() * 96.0 / 72.0);
        qtPages = text->pageCount(); // lays the whole document out
        const double paginated = double(timer.nsecsElapsed()) / 1e6;
        text->print(&pdf);
        const double printed = double(timer.nsecsElapsed()) / 1e6;
        build.addMs(built);
        qtLayout.addMs(paginated - built);
        print.addMs(printed - paginated);
        qtTotal.addMs(printed);

        // (c) the common way: print() a document without a page size, which Qt clones and
        // lays out again for the printer's page and resolution.
        timer.restart();
        text = OdtReportWriter::toTextDocument(doc);
        QPdfWriter clonedPdf(cloned);
        clonedPdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        clonedPdf.setPageSize(style.pageSize());
        clonedPdf.setPageMargins(style.margins(), QPageLayout::Point);
        text->print(&clonedPdf);
        clonedTotal.add(timer);

        // The same table as an OpenDocument text.
        timer.restart();
        const QString odtPath = dir.filePath(QStringLiteral("table.odt"));
        if (!OdtReportWriter::write(odtPath, true, doc))
            return 1;
        odt.add(timer);
    }
    // The preview's first page: laid out, then painted on a 96-dpi image of the page.
    BenchTimes preview, firstPaint;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<ReportPages> pages = ReportPaginator(style).paginate(doc);
        const double laidOut = double(timer.nsecsElapsed()) / 1e6;
        const QSizeF paper = style.paperSize() * 96.0 / 72.0;
        QImage image(paper.toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(qRound(96 / 0.0254));
        image.setDotsPerMeterY(qRound(96 / 0.0254));
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(ReportPainter::scaleFor(image), ReportPainter::scaleFor(image));
        ReportPainter(style, doc, *pages).paint(painter, 1);
        painter.end();
        preview.add(timer);
        firstPaint.addMs(double(timer.nsecsElapsed()) / 1e6 - laidOut);
    }
    std::printf("%d rows x 5 columns; %d rounds, alternated\n", tableRows, rounds);
    std::printf("(a) ReportPaginator + PdfReportWriter: %d pages, %.1f MB\n", ourPages,
                sizeMb(ours));
    std::printf("    layout            %s\n", qPrintable(layout.summary()));
    std::printf("    write PDF         %s\n", qPrintable(write.summary()));
    std::printf("    total             %s\n", qPrintable(total.summary()));
    std::printf("(b) QTextDocument + print(): %d pages, %.1f MB\n", qtPages, sizeMb(theirs));
    std::printf("    build (QTextCursor) %s\n", qPrintable(build.summary()));
    std::printf("    layout (pageCount)  %s\n", qPrintable(qtLayout.summary()));
    std::printf("    print to PDF        %s\n", qPrintable(print.summary()));
    std::printf("    total               %s\n", qPrintable(qtTotal.summary()));
    std::printf("(c) QTextDocument, print() without a page size (cloned, laid out for the "
                "printer): %.1f MB\n",
                sizeMb(cloned));
    std::printf("    total (build + print) %s\n", qPrintable(clonedTotal.summary()));
    std::printf("ratio (b)/(a) of the medians: %.1f; (c)/(a): %.1f\n",
                qtTotal.median() / total.median(), clonedTotal.median() / total.median());
    std::printf("first preview page (layout + paint page 2 at 96 dpi) %s\n",
                qPrintable(preview.summary()));
    std::printf("    of which the paint  %s\n", qPrintable(firstPaint.summary()));
    std::printf("ODT of the same table (OdtReportWriter::write) %s\n", qPrintable(odt.summary()));
    // To look at the pages: PASSERELLE_KEEP_BENCH=folder.
    if (const QString keep = qEnvironmentVariable("PASSERELLE_KEEP_BENCH"); !keep.isEmpty()) {
        for (const QString& path : {ours, theirs, cloned})
            QFile::copy(path, keep + QLatin1Char('/') + QFileInfo(path).fileName());
    }
    return 0;
}

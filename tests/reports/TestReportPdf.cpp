// SPDX-License-Identifier: GPL-3.0-or-later
// The report engine on a document made here: pagination (tables across pages with their
// header, no widows), the PDF/A-1b file read back with poppler and qpdf, the atomic write.
#include "PdfProbe.h"
#include "TestFiles.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportPaginator.h"

#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

namespace {

ReportDocument sample(int rows)
{
    ReportDocument doc;
    doc.title = QStringLiteral("Integration plan of Lyon");
    doc.author = QStringLiteral("Lyon — integration office");
    doc.subject = QStringLiteral("The priorities and actions adopted by the council");
    doc.language = QStringLiteral("fr");
    doc.headerLeft = QStringLiteral("Lyon");
    doc.headerRight = doc.title;
    doc.footerDate = QStringLiteral("4 December 2026");
    doc.cover = ReportCover{QStringLiteral("Lyon"),
                            doc.title,
                            QStringLiteral("A subtitle"),
                            {QStringLiteral("Version 3")},
                            QStringLiteral("4 December 2026"),
                            QStringLiteral("Adopted")};
    doc.heading(1, QStringLiteral("Contents"));
    doc.blocks.last() = ReportHeading{1, QStringLiteral("Contents"), false};
    doc.add(ReportContents{});
    doc.heading(1, QStringLiteral("Context"));
    for (int i = 0; i < 12; ++i)
        doc.paragraph(QStringLiteral("Paragraph %1. ").arg(i) +
                      QStringLiteral("Newcomers reach the city's services through many doors; "
                                     "this paragraph is long enough to wrap on several lines. ")
                          .repeated(4));
    doc.add(ReportParagraph{{ReportRun{QStringLiteral("Bold words "), true, false, {}},
                             ReportRun{QStringLiteral("and italic ones."), false, true, {}}},
                            ReportParagraph::Style::Body,
                            0});
    doc.add(
        ReportKeyFigures{{{QStringLiteral("12,400"), QStringLiteral("residents born abroad"), {}},
                          {QStringLiteral("38"), QStringLiteral("stakeholders"), {}}}});
    doc.heading(1, QStringLiteral("Actions"));
    ReportTable table;
    table.columns = {{QStringLiteral("Action title"), 3, false},
                     {QStringLiteral("Lead"), 2, false},
                     {QStringLiteral("Budget"), 1, true}};
    for (int i = 0; i < rows; ++i) {
        if (i % 25 == 0)
            table.rows.append(
                {{QStringLiteral("Priority %1").arg(i / 25)}, ReportTable::Row::Style::Group, {}});
        table.rows.append({{QStringLiteral("Action %1 with a title").arg(i),
                            QStringLiteral("Lead %1").arg(i), QStringLiteral("%1 €").arg(i * 100)},
                           ReportTable::Row::Style::Normal,
                           i % 3 ? QColor() : QColor(Qt::red)});
    }
    table.caption = QStringLiteral("Every action of the plan.");
    doc.add(table);
    ReportFigure figure;
    figure.height = 200;
    figure.caption = QStringLiteral("A figure drawn in vectors.");
    figure.paint = [](QPainter& painter, const QRectF& rect) {
        painter.setPen(QPen(Qt::darkBlue, 1));
        painter.drawRect(rect.adjusted(2, 2, -2, -2));
        painter.drawText(rect.center(), QStringLiteral("Inside the figure"));
    };
    doc.add(figure);
    return doc;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void tableBreaksWithHeaderRepeated();
    void pdfReadsBack();
    void cancelledWriteLeavesNothing();
    void existingFileRefused();
    void letterPaper();
    void noWidowsNorOrphans();
    void rightToLeftMirrorsThePage();
    void captionStaysWithItsTable();
    void longKeyFiguresStayInTheirBoxes();
    void rowTallerThanAPageIsCut();
    void shapedTextsDrawOnAnyThread();
};

void TestReportPdf::tableBreaksWithHeaderRepeated()
{
    const ReportStyle style;
    const ReportDocument doc = sample(300);
    const std::optional<ReportPages> pages = ReportPaginator(style).paginate(doc);
    QVERIFY(pages);
    QVERIFY(pages->pages.front().cover);
    QVERIFY(pages->count() > 8);
    const QRectF body = style.body();
    int tablePages = 0;
    for (const ReportPages::Page& page : pages->pages) {
        bool header = false;
        for (const ReportPages::Text& text : page.texts) {
            // Nothing outside the text area but the cover's band texts.
            if (!page.cover) {
                QVERIFY2(text.baseline.y() <= body.bottom() + 0.01, qPrintable(text.text));
                QVERIFY(text.baseline.y() >= body.top());
            }
            if (text.text == QLatin1String("Action title"))
                header = true;
        }
        if (header) {
            ++tablePages;
            // The header is the first thing of its page's table part.
        }
    }
    QVERIFY2(tablePages >= 5, qPrintable(QString::number(tablePages)));
    // The contents list where each chapter starts.
    QCOMPARE(pages->contents.size(), size_t(2));
    QVERIFY(pages->contents.at(1).page > pages->contents.at(0).page);
}

void TestReportPdf::pdfReadsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const ReportStyle style;
    const ReportDocument doc = sample(300);
    const std::optional<ReportPages> pages = ReportPaginator(style).paginate(doc);
    QVERIFY(pages);
    const Result<void> written = PdfReportWriter::write(path, false, doc, style, *pages);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));

    QCOMPARE(PdfProbe::structureProblems(path), QString());
    const QMap<QString, QString> info = PdfProbe::info(path);
    QCOMPARE(info.value(QStringLiteral("Pages")).toInt(), pages->count());
    QCOMPARE(info.value(QStringLiteral("Title")), doc.title);
    QVERIFY(info.value(QStringLiteral("Page size")).contains(QLatin1String("(A4)")));
    const QString xmp = PdfProbe::xmp(path);
    QVERIFY(xmp.contains(QLatin1String("pdfaid:part=\"1\"")));
    QVERIFY(xmp.contains(QLatin1String("pdfaid:conformance=\"B\"")));
    QVERIFY(xmp.contains(doc.author));
    QVERIFY(xmp.contains(doc.subject));
    QVERIFY(xmp.contains(QLatin1String("<rdf:li>fr</rdf:li>")));
    // The information dictionary and the XMP give the same creation second (PDF/A).
    const QRegularExpression created(QStringLiteral("xmp:CreateDate=\"([^\"]+)\""));
    QVERIFY(created.match(xmp).hasMatch());
    const QDateTime xmpCreated = QDateTime::fromString(created.match(xmp).captured(1), Qt::ISODate);
    QVERIFY(xmpCreated.isValid());
    const QStringList fonts = PdfProbe::fonts(path);
    QVERIFY(!fonts.isEmpty());
    for (const QString& font : fonts) {
        QVERIFY2(font.contains(QLatin1String("NotoSans")), qPrintable(font));
        // emb and uni columns: embedded, with a Unicode map (text that can be searched).
        QVERIFY2(font.contains(QRegularExpression(QStringLiteral("\\byes\\s+\\w+\\s+yes\\b"))),
                 qPrintable(font));
    }

    const QStringList texts = PdfProbe::pages(path);
    QCOMPARE(texts.size(), pages->count());
    QVERIFY(texts.first().contains(QLatin1String("Integration plan of Lyon")));
    QVERIFY(!texts.first().contains(QLatin1String("Page 1 of")));
    int headers = 0;
    for (int i = 1; i < texts.size(); ++i) {
        QVERIFY2(texts.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(texts.size())),
                 qPrintable(texts.at(i)));
        if (texts.at(i).contains(QLatin1String("Action title")))
            ++headers;
        // Every row whole on one page: an action's title and its lead together.
        static const QRegularExpression action(QStringLiteral("Action (\\d+) with a title"));
        auto it = action.globalMatch(texts.at(i));
        while (it.hasNext()) {
            const QString n = it.next().captured(1);
            QVERIFY2(texts.at(i).contains(QStringLiteral("Lead ") + n), qPrintable(n));
        }
    }
    QVERIFY(headers >= 5);
    QVERIFY(texts.join(QString()).contains(QLatin1String("Action 299 with a title")));
    if (qEnvironmentVariableIsSet("PASSERELLE_KEEP_REPORT"))
        QFile::copy(path, qEnvironmentVariable("PASSERELLE_KEEP_REPORT"));
    QVERIFY(texts.join(QString()).contains(QLatin1String("Inside the figure")));
}

void TestReportPdf::cancelledWriteLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const ReportStyle style;
    const ReportDocument doc = sample(300);
    // Stopped while laying out: nothing to write.
    int calls = 0;
    QVERIFY(!ReportPaginator(style).paginate(doc, [&](int, int) { return ++calls < 5; }));
    const std::optional<ReportPages> pages = ReportPaginator(style).paginate(doc);
    QVERIFY(pages);
    // Stopped while writing: no file, not even the temporary one.
    const Result<void> written = PdfReportWriter::write(path, false, doc, style, *pages,
                                                        [](int done, int) { return done < 3; });
    QVERIFY(!written);
    QCOMPARE(written.error().message, PdfReportWriter::cancelledMessage());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestReportPdf::existingFileRefused()
{
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir, QStringLiteral("report.pdf"), "older report");
    const ReportStyle style;
    const ReportDocument doc = sample(10);
    const std::optional<ReportPages> pages = ReportPaginator(style).paginate(doc);
    const Result<void> refused = PdfReportWriter::write(path, false, doc, style, *pages);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QLatin1String("already exists")));
    QFile older(path);
    QVERIFY(older.open(QIODevice::ReadOnly));
    QCOMPARE(older.readAll(), QByteArray("older report"));
    older.close();
    QVERIFY(PdfReportWriter::write(path, true, doc, style, *pages));
    QCOMPARE(PdfProbe::structureProblems(path), QString());
    // A folder that does not exist.
    QVERIFY(!PdfReportWriter::write(dir.filePath(QStringLiteral("no/such/report.pdf")), false, doc,
                                    style, *pages));
}

void TestReportPdf::letterPaper()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    const ReportStyle style(QPageSize::Letter);
    const ReportDocument doc = sample(40);
    const std::optional<ReportPages> pages = ReportPaginator(style).paginate(doc);
    QVERIFY(PdfReportWriter::write(path, false, doc, style, *pages));
    QVERIFY(PdfProbe::info(path)
                .value(QStringLiteral("Page size"))
                .contains(QLatin1String("612 x 792")));
}

void TestReportPdf::noWidowsNorOrphans()
{
    const ReportStyle style;
    const ReportPaginator paginator(style);
    const QString words = QStringLiteral("A paragraph that takes several lines of the page. ");
    // Paragraphs of 1 to 6 lines, so that page ends fall at every place within one.
    int cuts = 0;
    for (int shift = 0; shift < 6; ++shift) {
        ReportDocument doc;
        for (int i = 0; i < 60; ++i)
            doc.paragraph(words.repeated(1 + (i + shift) % 6 * 2) + QStringLiteral("End."));
        const std::optional<ReportPages> pages = paginator.paginate(doc);
        QVERIFY(pages && pages->count() > 2);
        const double line = style.lineHeight(ReportStyle::Role::Body);
        // Across page breaks: the line count on both sides of each cut.
        for (int p = 1; p < pages->count(); ++p) {
            const ReportPages::Page& before = pages->pages.at(size_t(p - 1));
            const ReportPages::Page& after = pages->pages.at(size_t(p));
            int tail = 1;
            for (size_t i = before.texts.size() - 1; i > 0; --i) {
                if (std::abs(before.texts[i].baseline.y() - before.texts[i - 1].baseline.y() -
                             line) > 0.01)
                    break;
                ++tail;
            }
            int head = 1;
            for (size_t i = 1; i < after.texts.size(); ++i) {
                if (std::abs(after.texts[i].baseline.y() - after.texts[i - 1].baseline.y() - line) >
                    0.01)
                    break;
                ++head;
            }
            // Which paragraph continues is told by the text: only a paragraph's last line
            // ends with "End.".
            const bool cut = !before.texts.back().text.endsWith(QLatin1String("End."));
            if (cut) {
                ++cuts;
                QVERIFY2(tail >= 2, qPrintable(QStringLiteral("page %1 ends on one line").arg(p)));
                QVERIFY2(head >= 2,
                         qPrintable(QStringLiteral("page %1 starts on one line").arg(p + 1)));
            }
        }
    }
    // Some paragraphs were indeed cut by a page end.
    QVERIFY(cuts > 3);
}

void TestReportPdf::rightToLeftMirrorsThePage()
{
    const ReportStyle style;
    ReportDocument doc = sample(30);
    doc.direction = Qt::RightToLeft;
    const std::optional<ReportPages> pages = ReportPaginator(style).paginate(doc);
    QVERIFY(pages);
    const QRectF body = style.body();
    // The chapter heading ends at the text column's right edge; the table's first column
    // (a title) is at the right, its numbers at the left.
    bool heading = false;
    for (const ReportPages::Page& page : pages->pages) {
        for (const ReportPages::Text& text : page.texts) {
            if (text.text == QLatin1String("Context")) {
                heading = true;
                const double end = text.baseline.x() + style.advance(text.role, text.text);
                QVERIFY2(std::abs(end - body.right()) < 0.5, qPrintable(QString::number(end)));
            }
            if (text.text == QLatin1String("Action title"))
                QVERIFY(text.baseline.x() > body.center().x());
            if (text.text == QLatin1String("Budget"))
                QVERIFY(text.baseline.x() < body.center().x());
        }
    }
    QVERIFY(heading);
}

// Four figures to a row, a currency's code and six digits each: each value stays inside its
// box, in a smaller size where the large one would run over the next box.
void TestReportPdf::longKeyFiguresStayInTheirBoxes()
{
    const ReportStyle style;
    ReportDocument doc;
    ReportKeyFigures figures;
    for (const char* value : {"MAD 349,025", "MAD 259,850", "MAD 1,349,025", "8"})
        figures.figures.append({QLatin1String(value), QStringLiteral("spent"), {}});
    doc.add(figures);
    const std::optional<ReportPages> pages = ReportPaginator(style).paginate(doc);
    QVERIFY(pages);
    const double boxWidth = (style.body().width() - 3 * 8) / 4;
    int seen = 0;
    for (const ReportPages::Text& text : pages->pages.front().texts) {
        if (!text.text.startsWith(QLatin1String("MAD")) && text.text != QLatin1String("8"))
            continue;
        ++seen;
        QVERIFY2(style.advance(text.role, text.text) <= boxWidth - 16, qPrintable(text.text));
        if (text.text == QLatin1String("8"))
            QCOMPARE(text.role, ReportStyle::Role::FigureValue);
    }
    QCOMPARE(seen, 4);
}

void TestReportPdf::captionStaysWithItsTable()
{
    const ReportStyle style;
    const ReportPaginator paginator(style);
    // A table after a figure one point taller each time, so that the table ends at every
    // height of a page's foot, once right at it.
    int pushed = 0;
    for (int n = 0; n < 40; ++n) {
        const int rows = 30;
        ReportDocument doc;
        ReportFigure spacer;
        spacer.height = 100 + n;
        spacer.paint = [](QPainter&, const QRectF&) {};
        doc.add(spacer);
        ReportTable table;
        table.columns = {{QStringLiteral("Name"), 1, false}};
        for (int i = 0; i < rows; ++i)
            table.rows.append(
                {{QStringLiteral("Row %1").arg(i)}, ReportTable::Row::Style::Normal, {}});
        table.caption = QStringLiteral("The caption of the table.");
        doc.add(table);
        const std::optional<ReportPages> pages = paginator.paginate(doc);
        QVERIFY(pages);
        int lastRowPage = -1;
        int captionPage = -1;
        for (int p = 0; p < pages->count(); ++p) {
            for (const ReportPages::Text& text : pages->pages.at(size_t(p)).texts) {
                if (text.text == QStringLiteral("Row %1").arg(rows - 1))
                    lastRowPage = p;
                if (text.text == table.caption)
                    captionPage = p;
            }
        }
        QCOMPARE(captionPage, lastRowPage);
        // The row before the last on the page before: the caption took the last one along.
        if (lastRowPage > 0) {
            bool before = false;
            for (const ReportPages::Text& text : pages->pages.at(size_t(lastRowPage - 1)).texts)
                before = before || text.text == QStringLiteral("Row %1").arg(rows - 2);
            pushed += before;
        }
    }
    // At least one table had its last row carried over with the caption.
    QVERIFY(pushed > 0);
}

void TestReportPdf::rowTallerThanAPageIsCut()
{
    // A progress note of thousands of words in a narrow column: the row is cut to a page.
    const ReportStyle style;
    ReportDocument doc;
    ReportTable table;
    table.columns = {{QStringLiteral("Action"), 1, false}, {QStringLiteral("Note"), 1, false}};
    table.rows.append({{QStringLiteral("Short"), QStringLiteral("A long note. ").repeated(2000)},
                       ReportTable::Row::Style::Normal,
                       {}});
    table.rows.append(
        {{QStringLiteral("After"), QStringLiteral("Fine.")}, ReportTable::Row::Style::Normal, {}});
    doc.add(table);
    const std::optional<ReportPages> pages = ReportPaginator(style).paginate(doc);
    QVERIFY(pages);
    bool ellipsis = false;
    for (const ReportPages::Page& page : pages->pages) {
        for (const ReportPages::Text& text : page.texts) {
            QVERIFY2(text.baseline.y() <= style.body().bottom() + 0.01, qPrintable(text.text));
            ellipsis = ellipsis || text.text.endsWith(QStringLiteral("…"));
        }
    }
    QVERIFY(ellipsis);
    QVERIFY(pages->count() <= 2);
}

void TestReportPdf::shapedTextsDrawOnAnyThread()
{
    // Texts are shaped once when laid out and drawn from their glyphs; pages laid out on one
    // thread and written on another (the export dialog's worker) say exactly the same.
    QTemporaryDir dir;
    const ReportStyle style;
    const ReportDocument doc = sample(120);
    const std::optional<ReportPages> pages = ReportPaginator(style).paginate(doc);
    QVERIFY(pages);
    int shaped = 0;
    for (const ReportPages::Page& page : pages->pages) {
        for (const ReportPages::Text& text : page.texts) {
            if (text.shaped && !text.shaped->runs.isEmpty())
                ++shaped;
        }
    }
    QVERIFY2(shaped > 300, qPrintable(QString::number(shaped)));
    const QString here = dir.filePath(QStringLiteral("here.pdf"));
    const QString there = dir.filePath(QStringLiteral("there.pdf"));
    QVERIFY(PdfReportWriter::write(here, false, doc, style, *pages));
    bool writtenThere = false;
    std::thread other(
        [&] { writtenThere = bool(PdfReportWriter::write(there, false, doc, style, *pages)); });
    other.join();
    QVERIFY(writtenThere);
    const QStringList texts = PdfProbe::pages(here);
    QCOMPARE(PdfProbe::pages(there), texts);
    QVERIFY(texts.join(QString()).contains(QStringLiteral("Action 117 with a title")));
    QCOMPARE(PdfProbe::structureProblems(there), QString());
}

QTEST_MAIN(TestReportPdf)
#include "TestReportPdf.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PdfProbe.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportPaginator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// What the report tests share: a document laid out and written as a PDF, then read back.
namespace ReportTesting {

struct Written
{
    QString path;
    int pages = 0;
    QStringList texts; // pdftotext, one string a page
    QString all;       // every page's text, its lines joined by spaces (wrapped text)
};

// Writes doc to dir/name and reads it back; an empty path on failure (with the reason
// recorded as a test failure). With PASSERELLE_REPORT_DIR set, a copy is kept there to be
// looked at (pdftoppm -png -r 60).
inline Written write(const ReportDocument& doc, const QString& dir, const QString& name,
                     QPageSize::PageSizeId paper = QPageSize::A4)
{
    Written w;
    const ReportStyle style(paper);
    const std::optional<ReportPages> pages = ReportPaginator(style).paginate(doc);
    if (!pages) {
        QTest::qFail("not laid out", __FILE__, __LINE__);
        return w;
    }
    const QString path = QDir(dir).filePath(name);
    const Result<void> written = PdfReportWriter::write(path, true, doc, style, *pages);
    if (!written) {
        QTest::qFail(qPrintable(written.error().message), __FILE__, __LINE__);
        return w;
    }
    w.path = path;
    w.pages = pages->count();
    w.texts = PdfProbe::pages(path);
    w.all = w.texts.join(QLatin1Char(' ')).simplified();
    const QString keep = qEnvironmentVariable("PASSERELLE_REPORT_DIR");
    if (!keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(name));
        QFile::copy(path, QDir(keep).filePath(name));
    }
    return w;
}

// The checks every report passes: sound structure, every font embedded with a Unicode map,
// page count as laid out, the frame's footer on every page but the cover.
inline bool soundPdf(const Written& w, QString* why)
{
    const QString problems = PdfProbe::structureProblems(w.path);
    if (!problems.isEmpty()) {
        *why = problems;
        return false;
    }
    if (PdfProbe::info(w.path).value(QStringLiteral("Pages")).toInt() != w.pages ||
        w.texts.size() != w.pages) {
        *why = QStringLiteral("page count");
        return false;
    }
    for (const QString& font : PdfProbe::fonts(w.path)) {
        if (!font.contains(QRegularExpression(QStringLiteral("\\byes\\s+\\w+\\s+yes\\b")))) {
            *why = QStringLiteral("font not embedded: ") + font;
            return false;
        }
    }
    return true;
}

// The rightmost edge of any word on the pages (pdftotext -bbox), in points: text drawn wider
// than it was measured runs past the column it was laid out in, and right-aligned text past
// the margin.
inline double rightmostText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return -1;
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"[^\"]+\" yMin=\"[^\"]+\" xMax=\"([^\"]+)\""));
    double rightmost = 0;
    auto it = word.globalMatch(QString::fromUtf8(process.readAllStandardOutput()));
    while (it.hasNext())
        rightmost = std::max(rightmost, it.next().captured(1).toDouble());
    return rightmost;
}

} // namespace ReportTesting

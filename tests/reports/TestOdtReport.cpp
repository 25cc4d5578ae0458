// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenDocument text of a report: the QTextDocument it is made from (headings, the table and
// its header row, lists, the picture), the .odt read back apart from the program (ZipProbe):
// the outline and repeated header rows Qt's writer leaves out and OdtAmender puts back, the
// metadata, the page; the atomic write (refused overwrite, missing or unwritable folder, Cancel).
#include "TestCity.h"
#include "TestFiles.h"
#include "ZipProbe.h"
#include "reports/OdtFigureRenderer.h"
#include "reports/OdtReportWriter.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportBuilder.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QXmlStreamReader>

#include <unistd.h>

namespace {

const QString textNS = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString tableNS = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");

ReportDocument sample(int rows, Qt::LayoutDirection direction = Qt::LeftToRight)
{
    ReportDocument doc;
    doc.title = QStringLiteral("Plan d’intégration de Lyon");
    doc.author = QStringLiteral("Lyon — mission intégration");
    doc.subject = QStringLiteral("Les priorités et les actions adoptées");
    doc.language = QStringLiteral("fr");
    doc.direction = direction;
    doc.cover = ReportCover{QStringLiteral("Lyon"),
                            doc.title,
                            QStringLiteral("Document de priorités"),
                            {QStringLiteral("Version 3")},
                            QStringLiteral("4 décembre 2026"),
                            QStringLiteral("Adopté")};
    doc.blocks.append(ReportHeading{1, QStringLiteral("Sommaire"), false});
    doc.add(ReportContents{});
    doc.heading(1, QStringLiteral("Contexte"));
    doc.paragraph(QStringLiteral("Les nouveaux arrivants trouvent les services par bien des "
                                 "portes ; ce paragraphe est assez long pour passer à la ligne."),
                  ReportParagraph::Style::Lead);
    doc.add(ReportParagraph{{ReportRun{QStringLiteral("Des mots en gras "), true, false, {}},
                             ReportRun{QStringLiteral("et un lien"), false, false,
                                       QStringLiteral("https://example.org/plan")}},
                            ReportParagraph::Style::Body,
                            0});
    doc.paragraph(QStringLiteral("Premier point"), ReportParagraph::Style::Bullet);
    doc.paragraph(QStringLiteral("Second point"), ReportParagraph::Style::Bullet);
    doc.add(ReportKeyFigures{{{QStringLiteral("12 400"), QStringLiteral("nés à l’étranger"), {}},
                              {QStringLiteral("38"), QStringLiteral("acteurs"), {}}}});
    doc.heading(2, QStringLiteral("Les actions"));
    ReportTable table;
    table.columns = {{QStringLiteral("Intitulé de l’action"), 3, false},
                     {QStringLiteral("Pilote"), 2, false},
                     {QStringLiteral("Budget"), 1, true}};
    for (int i = 0; i < rows; ++i) {
        if (i % 10 == 0)
            table.rows.append({{QStringLiteral("Priorité %1").arg(i / 10 + 1)},
                               ReportTable::Row::Style::Group,
                               {}});
        table.rows.append(
            {{QStringLiteral("Action %1 & son intitulé").arg(i), QStringLiteral("Pilote %1").arg(i),
              QStringLiteral("%1 €").arg(i * 100)},
             ReportTable::Row::Style::Normal,
             i % 3 ? QColor() : QColor(Qt::red)});
    }
    // A cell of several lines (a meeting's agenda).
    table.rows.append(
        {{QStringLiteral("Agenda"), QStringLiteral("1. Accueil\n2. Bilan"), QStringLiteral("0 €")},
         ReportTable::Row::Style::Normal,
         {}});
    table.rows.append({{QStringLiteral("Total"), QString(), QStringLiteral("9 900 €")},
                       ReportTable::Row::Style::Total,
                       {}});
    table.caption = QStringLiteral("Toutes les actions du plan.");
    doc.add(table);
    ReportFigure figure;
    figure.height = 100;
    figure.caption = QStringLiteral("Une figure.");
    figure.altText = QStringLiteral("Un cadre bleu");
    figure.paint = [](QPainter& painter, const QRectF& rect) {
        painter.fillRect(rect.adjusted(10, 10, -10, -10), Qt::darkBlue);
    };
    doc.add(figure);
    doc.heading(1, QStringLiteral("Annexes"));
    return doc;
}

struct Heading
{
    int level;
    QString text;
};

// content.xml's headings (text:h with their outline level), in order.
QList<Heading> headings(const QByteArray& content)
{
    QList<Heading> found;
    QXmlStreamReader xml(content);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.namespaceUri() == textNS && xml.name() == u"h") {
            const int level =
                xml.attributes().value(textNS, QLatin1String("outline-level")).toInt();
            found.append({level, xml.readElementText(QXmlStreamReader::IncludeChildElements)});
        }
    }
    return found;
}

// The texts of the header rows of each table, in order.
QStringList headerRows(const QByteArray& content)
{
    QStringList found;
    QXmlStreamReader xml(content);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.namespaceUri() == tableNS &&
            xml.name() == u"table-header-rows")
            found << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    return found;
}

QStringList dirEntries(const QString& path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestOdtReport : public QObject
{
    Q_OBJECT

private slots:
    void textDocument();
    void odtReadsBack();
    void reportsOfTheDemoCity_data();
    void reportsOfTheDemoCity();
    void rightToLeft();
    void existingFileRefused();
    void failedWriteLeavesNothing();
    void cancelledWriteLeavesNothing();
};

void TestOdtReport::textDocument()
{
    const std::unique_ptr<QTextDocument> text = OdtReportWriter::toTextDocument(sample(20));
    QVERIFY(text);
    QStringList levels;
    int listed = 0;
    for (QTextBlock block = text->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            levels << QStringLiteral("%1 %2")
                          .arg(block.blockFormat().headingLevel())
                          .arg(block.text());
        if (block.textList())
            ++listed;
    }
    QCOMPARE(levels, QStringList({QStringLiteral("1 Sommaire"), QStringLiteral("1 Contexte"),
                                  QStringLiteral("2 Les actions"), QStringLiteral("1 Annexes")}));
    QCOMPARE(listed, 2);
    QList<QTextTable*> tables;
    for (QTextFrame* frame : text->rootFrame()->childFrames())
        if (auto* table = qobject_cast<QTextTable*>(frame))
            tables << table;
    QCOMPARE(tables.size(), 2); // the key figures and the actions
    QTextTable* actions = tables.last();
    QCOMPARE(actions->format().headerRowCount(), 1);
    QCOMPARE(actions->columns(), 3);
    QCOMPARE(actions->rows(), 1 + 20 + 2 + 1 + 1);
    // The agenda's lines stay in their cell, the next cell in its column.
    QCOMPARE(actions->cellAt(actions->rows() - 2, 2).firstCursorPosition().block().text(),
             QStringLiteral("0 €"));
    QCOMPARE(actions->cellAt(0, 0).firstCursorPosition().block().text(),
             QStringLiteral("Intitulé de l’action"));
    // A group row is one cell across the table.
    QCOMPARE(actions->cellAt(1, 0).columnSpan(), 3);
    // The total is bold.
    const QTextTableCell total = actions->cellAt(actions->rows() - 1, 0);
    QCOMPARE(total.firstCursorPosition().block().text(), QStringLiteral("Total"));
    QCOMPARE(total.firstCursorPosition().block().begin().fragment().charFormat().fontWeight(),
             int(QFont::Bold));
    QCOMPARE(text->metaInformation(QTextDocument::DocumentTitle), sample(0).title);
}

void TestOdtReport::odtReadsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.odt"));
    const ReportDocument doc = sample(120);
    const Result<void> written = OdtReportWriter::write(path, false, doc);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(dirEntries(dir.path()), QStringList({QStringLiteral("rapport.odt")}));
    if (qEnvironmentVariableIsSet("PASSERELLE_KEEP_REPORT"))
        QFile::copy(path, qEnvironmentVariable("PASSERELLE_KEEP_REPORT"));

    const QList<ZipProbe::Entry> entries = ZipProbe::entries(path);
    QVERIFY(!entries.isEmpty());
    // The mimetype first and stored, so that the file's first bytes say what it is.
    QCOMPARE(entries.first().name, QStringLiteral("mimetype"));
    QCOMPARE(entries.first().method, 0);
    QCOMPARE(entries.first().data, QByteArray("application/vnd.oasis.opendocument.text"));
    for (const ZipProbe::Entry& entry : entries)
        QVERIFY2(entry.crcMatches, qPrintable(entry.name));

    const QByteArray content = ZipProbe::part(entries, QStringLiteral("content.xml"));
    QVERIFY(!content.isEmpty());
    QXmlStreamReader check(content);
    while (!check.atEnd())
        check.readNext();
    QVERIFY2(!check.hasError(), qPrintable(check.errorString()));

    const QList<Heading> found = headings(content);
    QCOMPARE(found.size(), 4);
    QCOMPARE(found.at(1).text, QStringLiteral("Contexte"));
    QCOMPARE(found.at(1).level, 1);
    QCOMPARE(found.at(2).text, QStringLiteral("Les actions"));
    QCOMPARE(found.at(2).level, 2);
    // The actions' header is repeated on every page; the key figures have none.
    QCOMPARE(headerRows(content),
             QStringList({QStringLiteral("Intitulé de l’action Pilote Budget")}));

    const QString xml = QString::fromUtf8(content);
    for (const char* text :
         {"Action 119 &amp; son intitulé", "Pilote 42", "11900 €", "Priorité 12",
          "Toutes les actions du plan.", "12 400", "nés à l’étranger", "Des mots en gras ",
          "https://example.org/plan", "Premier point", "Lyon", "Document de priorités"})
        QVERIFY2(xml.contains(QString::fromUtf8(text)), text);
    QVERIFY(xml.contains(QLatin1String("table:number-columns-spanned=\"3\"")));
    QVERIFY(xml.contains(QLatin1String("<text:list ")));
    // A line break in a cell, without the tab Qt puts before it.
    QVERIFY(xml.contains(QLatin1String("1. Accueil<text:line-break/>2. Bilan")));
    // Column widths as lengths and relative widths (ODF has no percentage for them).
    QVERIFY(xml.contains(QLatin1String("style:rel-column-width=")));
    // Every cell has a style that is defined (Qt names some it never defines).
    const QRegularExpression cellStyle(
        QStringLiteral("<table:table-cell[^>]*table:style-name=\"([^\"]+)\""));
    for (auto it = cellStyle.globalMatch(xml); it.hasNext();) {
        const QString name = it.next().captured(1);
        QVERIFY2(xml.contains(QStringLiteral("style:name=\"%1\"").arg(name)), qPrintable(name));
    }
    QVERIFY(!xml.contains(QRegularExpression(QStringLiteral("column-width=\"[0-9.]+%\""))));
    QVERIFY(xml.contains(QLatin1String("fo:break-before=\"page\"")));
    QVERIFY(xml.contains(QLatin1String("fo:background-color=\"#eaf1f7\"")));
    QVERIFY(xml.contains(QLatin1String("<svg:title>Un cadre bleu</svg:title>")));
    QVERIFY(xml.contains(QLatin1String("fo:font-family=\"") + ReportStyle::family()));
    // The contents lists the chapters and sections, not itself.
    QVERIFY(xml.indexOf(QLatin1String("Contexte")) < xml.indexOf(QLatin1String("Les actions")));

    // The picture at print resolution, as wide as the text column.
    const QRegularExpression picture(QStringLiteral("xlink:href=\"(Pictures/[^\"]+)\""));
    const QRegularExpressionMatch match = picture.match(xml);
    QVERIFY(match.hasMatch());
    const QImage image = QImage::fromData(ZipProbe::part(entries, match.captured(1)), "PNG");
    QVERIFY(!image.isNull());
    QCOMPARE(image.height(), qRound(100 * OdtFigureRenderer::dpi / 72.0));
    QVERIFY(image.width() > 1300);
    QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 2), QColor(Qt::darkBlue));

    const QString meta = QString::fromUtf8(ZipProbe::part(entries, QStringLiteral("meta.xml")));
    QVERIFY(meta.contains(QStringLiteral("<dc:title>Plan d’intégration de Lyon</dc:title>")));
    QVERIFY(meta.contains(QStringLiteral("<dc:creator>Lyon — mission intégration</dc:creator>")));
    QVERIFY(meta.contains(QStringLiteral("<dc:subject>Les priorités")));
    QVERIFY(meta.contains(QLatin1String("<dc:language>fr</dc:language>")));
    const QString styles = QString::fromUtf8(ZipProbe::part(entries, QStringLiteral("styles.xml")));
    QVERIFY(styles.contains(QLatin1String("fo:page-width=\"210.0mm\"")));
    QVERIFY(styles.contains(QLatin1String("fo:language=\"fr\"")));
    QVERIFY(styles.contains(QLatin1String("fo:widows=\"2\"")));
    const QString manifest =
        QString::fromUtf8(ZipProbe::part(entries, QStringLiteral("META-INF/manifest.xml")));
    for (const ZipProbe::Entry& entry : entries) {
        if (entry.name != QLatin1String("mimetype") &&
            !entry.name.startsWith(QLatin1String("META-INF")))
            QVERIFY2(manifest.contains(QLatin1String("\"") + entry.name + QLatin1String("\"")),
                     qPrintable(entry.name));
    }
}

void TestOdtReport::reportsOfTheDemoCity_data()
{
    QTest::addColumn<ReportKind>("kind");
    QTest::addColumn<QString>("language");
    for (ReportKind kind : ReportBuilder::kinds()) {
        if (!ReportBuilder::hasOdt(kind))
            continue;
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")})
            QTest::addRow("%s-%s", qPrintable(ReportBuilder::key(kind)), qPrintable(language))
                << kind << language;
    }
}

// The reports that have an ODT, as the builders make them: every heading in the outline at its
// level, every picture in the archive and the manifest, every cell style defined.
void TestOdtReport::reportsOfTheDemoCity()
{
    QFETCH(ReportKind, kind);
    QFETCH(QString, language);
    auto city = TestCity::demo();
    ReportOptions options;
    options.kind = kind;
    options.language = language;
    options.today = QDate(2026, 12, 4);
    const Result<ReportDocument> doc = ReportBuilder::build(city->repositories(), options);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.odt"));
    const Result<void> written = OdtReportWriter::write(path, false, doc.value());
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));

    const QList<ZipProbe::Entry> entries = ZipProbe::entries(path);
    const QByteArray content = ZipProbe::part(entries, QStringLiteral("content.xml"));
    QStringList expected;
    int figures = 0;
    for (const ReportBlock& block : doc.value().blocks) {
        if (const auto* heading = std::get_if<ReportHeading>(&block))
            expected
                << QStringLiteral("%1 %2").arg(std::clamp(heading->level, 1, 3)).arg(heading->text);
        if (const auto* figure = std::get_if<ReportFigure>(&block); figure && figure->paint)
            ++figures;
    }
    QStringList found;
    for (const Heading& heading : headings(content))
        found << QStringLiteral("%1 %2").arg(heading.level).arg(heading.text);
    QCOMPARE(found, expected);

    const QString xml = QString::fromUtf8(content);
    const QString manifest =
        QString::fromUtf8(ZipProbe::part(entries, QStringLiteral("META-INF/manifest.xml")));
    const QRegularExpression picture(QStringLiteral("xlink:href=\"(Pictures/[^\"]+)\""));
    int pictures = 0;
    for (auto it = picture.globalMatch(xml); it.hasNext(); ++pictures) {
        const QString name = it.next().captured(1);
        QVERIFY2(!QImage::fromData(ZipProbe::part(entries, name), "PNG").isNull(),
                 qPrintable(name));
        QVERIFY(manifest.contains(
            QStringLiteral("manifest:full-path=\"%1\" manifest:media-type=\"image/png\"")
                .arg(name)));
    }
    QCOMPARE(pictures, figures);
    const QRegularExpression cellStyle(
        QStringLiteral("<table:table-cell[^>]*table:style-name=\"([^\"]+)\""));
    for (auto it = cellStyle.globalMatch(xml); it.hasNext();) {
        const QString name = it.next().captured(1);
        QVERIFY2(xml.contains(QStringLiteral("style:name=\"%1\"").arg(name)), qPrintable(name));
    }
    QVERIFY(QString::fromUtf8(ZipProbe::part(entries, QStringLiteral("meta.xml")))
                .contains(QStringLiteral("<dc:language>%1</dc:language>").arg(language)));
}

void TestOdtReport::rightToLeft()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rtl.odt"));
    QVERIFY(OdtReportWriter::write(path, false, sample(5, Qt::RightToLeft)));
    const QList<ZipProbe::Entry> entries = ZipProbe::entries(path);
    const QString content =
        QString::fromUtf8(ZipProbe::part(entries, QStringLiteral("content.xml")));
    QVERIFY(content.contains(QLatin1String("style:writing-mode=\"rl-tb\"")));
    QVERIFY(QString::fromUtf8(ZipProbe::part(entries, QStringLiteral("styles.xml")))
                .contains(QLatin1String("style:writing-mode=\"rl-tb\"")));
    // French texts in a right-to-left document keep their own direction in the word
    // processor: isolated left to right (a heading, a cell, a paragraph across its runs).
    const QChar lri(0x2066), pdi(0x2069);
    QVERIFY(content.contains(lri + QStringLiteral("Contexte") + pdi));
    QVERIFY(content.contains(lri + QStringLiteral("Premier point") + pdi));
    const QList<Heading> found = headings(content.toUtf8());
    QVERIFY(!found.isEmpty());
    QVERIFY(found.first().text.startsWith(lri));
    // A left-to-right document is written as it is.
    const QString ltr = dir.filePath(QStringLiteral("ltr.odt"));
    QVERIFY(OdtReportWriter::write(ltr, false, sample(5)));
    QVERIFY(
        !QString::fromUtf8(ZipProbe::part(ZipProbe::entries(ltr), QStringLiteral("content.xml")))
             .contains(lri));
}

void TestOdtReport::existingFileRefused()
{
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir, QStringLiteral("rapport.odt"), "older report");
    const Result<void> refused = OdtReportWriter::write(path, false, sample(5));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QLatin1String("already exists")));
    QFile older(path);
    QVERIFY(older.open(QIODevice::ReadOnly));
    QCOMPARE(older.readAll(), QByteArray("older report"));
    older.close();
    QCOMPARE(dirEntries(dir.path()), QStringList({QStringLiteral("rapport.odt")}));
    QVERIFY(OdtReportWriter::write(path, true, sample(5)));
    QCOMPARE(ZipProbe::entries(path).value(0).name, QStringLiteral("mimetype"));
}

void TestOdtReport::failedWriteLeavesNothing()
{
    QTemporaryDir dir;
    const Result<void> missing = OdtReportWriter::write(
        dir.filePath(QStringLiteral("no/such/rapport.odt")), false, sample(5));
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QLatin1String("does not exist")));
    QCOMPARE(dirEntries(dir.path()), QStringList());

    // A folder no one may write to: /proc refuses even the superuser, who ignores permissions.
    const Result<void> proc =
        OdtReportWriter::write(QStringLiteral("/proc/rapport.odt"), false, sample(5));
    QVERIFY(!proc);
    QVERIFY(proc.error().message.contains(QLatin1String("cannot be written")));
    QVERIFY(!QFile::exists(QStringLiteral("/proc/rapport.odt")));

    if (geteuid() != 0) {
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        const Result<void> denied =
            OdtReportWriter::write(locked + QStringLiteral("/rapport.odt"), false, sample(5));
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!denied);
        QCOMPARE(dirEntries(locked), QStringList());
    }
}

void TestOdtReport::cancelledWriteLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.odt"));
    for (int stopAt : {2, 1000}) {
        int calls = 0;
        int total = 0;
        const Result<void> written =
            OdtReportWriter::write(path, false, sample(30), [&](int, int all) {
                total = all;
                return ++calls < std::min(stopAt, all);
            });
        QVERIFY(!written);
        QCOMPARE(written.error().message, PdfReportWriter::cancelledMessage());
        QCOMPARE(dirEntries(dir.path()), QStringList());
        // Stopped at the last step too (after Qt's writer), still nothing.
        QVERIFY(calls <= total);
    }
}

QTEST_MAIN(TestOdtReport)
#include "TestOdtReport.moc"

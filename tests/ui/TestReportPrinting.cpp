// SPDX-License-Identifier: GPL-3.0-or-later
// File > Print… and Print preview…: the same report painted on a printer, laid out on the
// printer's paper, in the language chosen; the printer here is a PDF file read back.
#include "PdfProbe.h"
#include "TestCity.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportChoices.h"
#include "reports/ReportChoicesDialog.h"
#include "reports/ReportPrinting.h"
#include "shell/DialogHooks.h"

#include <QComboBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Answers the choices dialog with the status report in language, then hands the next dialog
// (the print or preview dialog) to next.
void answerChoices(const QString& language, const DialogHooks::DialogHandler& next)
{
    DialogHooks::setNextDialogHandler([language, next](QDialog& dialog) {
        auto* choices = qobject_cast<ReportChoicesDialog*>(&dialog);
        if (!choices)
            return int(QDialog::Rejected);
        ReportOptions options = choices->options();
        options.kind = ReportKind::ActionPlan;
        options.language = language;
        choices->choices()->setOptions(options);
        DialogHooks::setNextDialogHandler(next);
        return int(QDialog::Accepted);
    });
}

void toPdf(QPrinter& printer, const QString& path)
{
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
}

} // namespace

class TestReportPrinting : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    QTemporaryDir m_out;

    ReportDocument statusReport(const QString& language = QStringLiteral("en"))
    {
        ReportOptions options;
        options.kind = ReportKind::ActionPlan;
        options.language = language;
        Result<ReportDocument> built = ReportBuilder::build(m_city->repositories(), options);
        if (!built)
            qWarning() << built.error().message;
        return built ? built.take() : ReportDocument{};
    }

private slots:
    void initTestCase()
    {
        DialogHooks::setInteractive(false);
        m_city = TestCity::demo();
        QVERIFY(m_city);
        QVERIFY(m_out.isValid());
    }

    void init() { DialogHooks::reset(); }

    void paintsOnThePrintersPaper_data()
    {
        QTest::addColumn<QPageSize::PageSizeId>("paper");
        QTest::addColumn<QString>("size");
        QTest::newRow("A4") << QPageSize::A4 << QStringLiteral("595 x 842");
        QTest::newRow("Letter") << QPageSize::Letter << QStringLiteral("612 x 792");
        // Not a paper reports are designed for: laid out on the local one, scaled to fit.
        QTest::newRow("A5") << QPageSize::A5 << QStringLiteral("420 x 595");
    }

    void paintsOnThePrintersPaper()
    {
        QFETCH(QPageSize::PageSizeId, paper);
        QFETCH(QString, size);
        const QString path = m_out.filePath(QStringLiteral("%1.pdf").arg(int(paper)));
        QPrinter printer(QPrinter::HighResolution);
        toPdf(printer, path);
        printer.setFullPage(true);
        printer.setPageSize(QPageSize(paper));
        const QPageSize::PageSizeId expected =
            paper == QPageSize::A5 ? ReportChoices::localPaper() : paper;
        QCOMPARE(ReportPrinting::paperFor(printer), expected);
        const ReportDocument document = statusReport();
        QVERIFY(ReportPrinting::paint(printer, document));
        const QString pageSize = PdfProbe::info(path).value(QStringLiteral("Page size"));
        QVERIFY2(pageSize.startsWith(size), qPrintable(pageSize));
        const QStringList pages = PdfProbe::pages(path);
        QVERIFY(pages.size() > 1);
        QVERIFY(pages.first().contains(QStringLiteral("Valmer")));
        // The footer, whole: nothing of the page fell off the paper.
        QVERIFY(pages.last().contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
    }

    void printsThePagesInItsRange()
    {
        const QString path = m_out.filePath(QStringLiteral("range.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        toPdf(printer, path);
        printer.setFullPage(true);
        printer.setPrintRange(QPrinter::PageRange);
        printer.setFromTo(2, 3);
        QVERIFY(ReportPrinting::paint(printer, statusReport()));
        const QStringList pages = PdfProbe::pages(path);
        QCOMPARE(pages.size(), 2);
        QVERIFY(pages.at(0).contains(QStringLiteral("Page 2 of")));
    }

    void printDialogPrints()
    {
        const QString path = m_out.filePath(QStringLiteral("printed.pdf"));
        answerChoices(QStringLiteral("en"), [path](QDialog& dialog) {
            auto* print = qobject_cast<QPrintDialog*>(&dialog);
            if (!print)
                return int(QDialog::Rejected);
            toPdf(*print->printer(), path);
            return int(QDialog::Accepted);
        });
        const QString said = ReportPrinting::print(nullptr, m_city->repositories());
        QVERIFY(!said.isEmpty());
        QVERIFY(PdfProbe::pages(path).size() > 1);
    }

    void cancelledChoicesPrintNothing()
    {
        DialogHooks::setNextDialogHandler([](QDialog&) { return int(QDialog::Rejected); });
        QVERIFY(ReportPrinting::print(nullptr, m_city->repositories()).isEmpty());
    }

    void previewBuildsPagesInTheChosenLanguage()
    {
        const QString path = m_out.filePath(QStringLiteral("preview.pdf"));
        bool previewed = false;
        answerChoices(QStringLiteral("fr"), [path, &previewed](QDialog& dialog) {
            auto* preview = qobject_cast<QPrintPreviewDialog*>(&dialog);
            if (!preview)
                return int(QDialog::Rejected);
            // What the preview paints its pages with, sent to a PDF file instead.
            QPrinter printer(QPrinter::HighResolution);
            toPdf(printer, path);
            printer.setFullPage(true);
            emit preview->paintRequested(&printer);
            previewed = true;
            return int(QDialog::Rejected);
        });
        ReportPrinting::preview(nullptr, m_city->repositories());
        QVERIFY(previewed);
        const QStringList pages = PdfProbe::pages(path);
        QVERIFY(pages.size() > 1);
        QVERIFY(pages.last().contains(QStringLiteral("Page %1 sur %1").arg(pages.size())));
    }
};

QTEST_MAIN(TestReportPrinting)
#include "TestReportPrinting.moc"

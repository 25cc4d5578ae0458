// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export report…: the live preview of the first page, rebuilt in the report's language
// when it changes; the export on its thread writing a PDF that reads back, or nothing when
// cancelled or refused.
#include "PdfProbe.h"
#include "TestCity.h"
#include "TestFiles.h"
#include "reports/LaidOutReport.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportChoices.h"
#include "reports/ReportExportDialog.h"
#include "reports/ReportPageCanvas.h"
#include "reports/ReportPreview.h"
#include "shell/DialogHooks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

namespace {

// Pixels that are not the page's white: the page has been painted with something on it.
int inkedPixels(const QImage& image)
{
    int inked = 0;
    for (int y = 0; y < image.height(); y += 2) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            inked += qGray(line[x]) < 200 ? 1 : 0;
    }
    return inked;
}

void choose(QWidget& dialog, const char* comboName, const QVariant& data)
{
    auto* box = dialog.findChild<QComboBox*>(QLatin1String(comboName));
    QVERIFY(box);
    const int index = box->findData(data);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

class TestReportExportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    std::unique_ptr<QTemporaryDir> m_out;
    QTemporaryDir m_settings;

    std::unique_ptr<ReportExportDialog> openDialog()
    {
        auto dialog = std::make_unique<ReportExportDialog>(m_city->repositories());
        dialog->show();
        choose(*dialog, "reportKind", int(ReportKind::ActionPlan));
        [&] { QTRY_VERIFY(dialog->preview()->report()); }();
        return dialog;
    }

    QPushButton* button(QWidget& dialog, const char* name)
    {
        return dialog.findChild<QPushButton*>(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        // The choices remembered from one export to the next stay in this test's folder.
        TestFiles::isolateSettings(m_settings);
        DialogHooks::setInteractive(false);
        m_city = TestCity::demo();
        QVERIFY(m_city);
    }

    void init()
    {
        DialogHooks::reset();
        m_out = std::make_unique<QTemporaryDir>();
        QVERIFY(m_out->isValid());
    }

    void previewShowsTheFirstPageAtOnce()
    {
        ReportExportDialog dialog(m_city->repositories());
        // The defaults: the city's language, personal data left out, PDF.
        const ReportOptions options = dialog.choices()->options();
        QCOMPARE(options.language, QStringLiteral("en"));
        QCOMPARE(options.personalData, PersonalData::Policy::LeaveOut);
        QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("formatPdf"))->isChecked());
        QSignalSpy rendered(dialog.preview()->canvas(), &ReportPageCanvas::pageRendered);
        QElapsedTimer timer;
        timer.start();
        dialog.show();
        QTRY_VERIFY(!rendered.isEmpty());
        const qint64 firstPage = timer.elapsed();
        // Reported, not asserted: times are measured by tests/bench/BenchReports, on a quiet
        // machine, not judged by a test that shares the CPU with others.
        qInfo("first preview page painted after %lld ms", firstPage);
        QCOMPARE(rendered.first().first().toInt(), 0);
        const ReportPageCanvas* canvas = dialog.preview()->canvas();
        QVERIFY(canvas->isVisible());
        // At a size to read, not a stamp: the dialog was laid out before the page was painted.
        QVERIFY(canvas->image().width() > 300);
        QVERIFY(inkedPixels(canvas->image()) > 100);
        QVERIFY(dialog.preview()->pageCount() >= 1);
        const auto* page = dialog.findChild<QLabel*>(QStringLiteral("previewPage"));
        QCOMPARE(page->text(), QStringLiteral("Page 1 of %1").arg(dialog.preview()->pageCount()));
    }

    void reportAndPaperRememberedNotPersonalData()
    {
        {
            ReportExportDialog dialog(m_city->repositories());
            choose(dialog, "reportKind", int(ReportKind::ServiceAccess));
            choose(dialog, "reportPaper", int(QPageSize::Letter));
            choose(dialog, "reportLanguage", QStringLiteral("fr"));
            dialog.choices()->setOptions([&] {
                ReportOptions o = dialog.choices()->options();
                o.personalData = PersonalData::Policy::Include;
                return o;
            }());
            QCOMPARE(dialog.choices()->options().personalData, PersonalData::Policy::Include);
        }
        ReportExportDialog again(m_city->repositories());
        const ReportOptions options = again.choices()->options();
        QCOMPARE(options.kind, ReportKind::ServiceAccess);
        QCOMPARE(options.paper, QPageSize::Letter);
        // The language starts from the city's, and personal data is left out again.
        QCOMPARE(options.language, QStringLiteral("en"));
        QCOMPARE(options.personalData, PersonalData::Policy::LeaveOut);
        // Back to the first report for the tests after this one.
        choose(again, "reportKind", int(ReportKind::Priorities));
        choose(again, "reportPaper", int(QPageSize::A4));
    }

    void navigatesAndZooms()
    {
        const auto dialog = openDialog();
        ReportPreview* preview = dialog->preview();
        QVERIFY(preview->pageCount() > 1);
        auto* next = dialog->findChild<QWidget*>(QStringLiteral("previewNext"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(preview->currentPage(), 1);
        QVERIFY(inkedPixels(preview->canvas()->image()) > 100);
        // Page Down and Page Up where the preview has the focus.
        auto* scroll = dialog->findChild<QWidget*>(QStringLiteral("previewScroll"));
        scroll->setFocus();
        QTest::keyClick(scroll, Qt::Key_PageDown);
        QCOMPARE(preview->currentPage(), 2);
        QTest::keyClick(scroll, Qt::Key_PageUp);
        QCOMPARE(preview->currentPage(), 1);
        const double whole = preview->canvas()->scale();
        choose(*dialog, "previewZoom", 2.0);
        QVERIFY(preview->canvas()->scale() > whole);
        QCOMPARE(preview->currentPage(), 1);
        // Ctrl and the wheel step through the zoom list.
        auto* zoom = dialog->findChild<QComboBox*>(QStringLiteral("previewZoom"));
        const int index = zoom->currentIndex();
        QWidget* viewport = scroll->findChild<QWidget*>(QStringLiteral("qt_scrollarea_viewport"));
        QVERIFY(viewport);
        const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
        QWheelEvent down(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                         Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(viewport, &down);
        QCOMPARE(zoom->currentIndex(), index - 1);
        QVERIFY(preview->canvas()->scale() < 2.0 * preview->logicalDpiX() / 72.0);
    }

    void changingTheLanguageRendersInFrench()
    {
        const auto dialog = openDialog();
        const std::shared_ptr<const LaidOutReport> english = dialog->preview()->report();
        QCOMPARE(english->document.language, QStringLiteral("en"));
        dialog->preview()->showPage(2);
        choose(*dialog, "reportLanguage", QStringLiteral("fr"));
        QTRY_VERIFY(dialog->preview()->report() != english);
        const std::shared_ptr<const LaidOutReport> french = dialog->preview()->report();
        QCOMPARE(french->document.language, QStringLiteral("fr"));
        QVERIFY(french->document.pageOfPages.contains(QStringLiteral(" sur ")));
        QVERIFY(french->document.title != english->document.title);
        // The same report in another language: the officer stays on the page being read.
        QCOMPARE(dialog->preview()->currentPage(), 2);
    }

    void paperAndPersonalDataRebuildThePages()
    {
        const auto dialog = openDialog();
        std::shared_ptr<const LaidOutReport> before = dialog->preview()->report();
        QCOMPARE(before->style->pageSize().id(), QPageSize::A4);
        choose(*dialog, "reportPaper", int(QPageSize::Letter));
        QTRY_VERIFY(dialog->preview()->report() != before);
        QCOMPARE(dialog->preview()->report()->style->pageSize().id(), QPageSize::Letter);
        QCOMPARE(dialog->preview()->canvas()->paperSize(), QSizeF(612, 792));

        before = dialog->preview()->report();
        auto* personal = dialog->findChild<QCheckBox*>(QStringLiteral("includePersonalData"));
        QVERIFY(personal && !personal->isChecked());
        QTest::mouseClick(personal, Qt::LeftButton);
        QCOMPARE(dialog->choices()->options().personalData, PersonalData::Policy::Include);
        QTRY_VERIFY(dialog->preview()->report() != before);

        // The "since" date belongs to the status report alone.
        auto* since = dialog->findChild<QWidget*>(QStringLiteral("reportSince"));
        QVERIFY(since->isVisible());
        QCOMPARE(dialog->choices()->options().since, QDate::currentDate().addDays(-90));
    }

    void exportWritesAPdf()
    {
        const auto dialog = openDialog();
        const QString target = m_out->filePath(QStringLiteral("status"));
        DialogHooks::setNextFileName(target);
        // The end of the export offers the file: the officer opens it.
        QString offered;
        DialogHooks::setNextDialogHandler([&offered](QDialog& done) {
            offered = done.objectName();
            auto* open = done.findChild<QPushButton*>(QStringLiteral("exportOpenFile"));
            if (open)
                open->click();
            return int(QDialog::Accepted);
        });
        QTest::mouseClick(button(*dialog, "exportReport"), Qt::LeftButton);
        QVERIFY(dialog->isExporting());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), 30000);
        QCOMPARE(dialog->message(), QString());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const QString written = target + QStringLiteral(".pdf");
        QCOMPARE(dialog->writtenPath(), written);
        QCOMPARE(offered, QStringLiteral("exportDone"));
        QCOMPARE(DialogHooks::openedUrls(), QList<QUrl>{QUrl::fromLocalFile(written)});
        const QStringList pages = PdfProbe::pages(written);
        QCOMPARE(pages.size(), dialog->preview()->pageCount());
        QVERIFY(pages.join(QLatin1Char('\n')).contains(QStringLiteral("Valmer")));
        // Nothing but the file: the temporary file went with the rename.
        QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("status.pdf")});
    }

    void exportWritesAnOpenDocumentText()
    {
        const auto dialog = openDialog();
        auto* odt = dialog->findChild<QRadioButton*>(QStringLiteral("formatOdt"));
        QVERIFY(odt->isEnabled());
        QTest::mouseClick(odt, Qt::LeftButton);
        QVERIFY(odt->isChecked());
        DialogHooks::setNextFileName(m_out->filePath(QStringLiteral("status")));
        QTest::mouseClick(button(*dialog, "exportReport"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), 30000);
        QCOMPARE(dialog->message(), QString());
        const QString written = m_out->filePath(QStringLiteral("status.odt"));
        QCOMPARE(dialog->writtenPath(), written);
        QFile file(written);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // An OpenDocument package: a zip whose first entry, stored, names its type.
        const QByteArray head = file.read(100);
        QVERIFY(head.startsWith("PK\x03\x04"));
        QVERIFY(head.contains("mimetypeapplication/vnd.oasis.opendocument.text"));
        QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("status.odt")});
    }

    void cancelLeavesNoFile()
    {
        const auto dialog = openDialog();
        const QString target = m_out->filePath(QStringLiteral("cancelled.pdf"));
        DialogHooks::setNextFileName(target);
        QTest::mouseClick(button(*dialog, "exportReport"), Qt::LeftButton);
        QVERIFY(dialog->isExporting());
        QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("exportProgress"))->isVisible());
        QTest::mouseClick(button(*dialog, "exportCancel"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), 30000);
        QCOMPARE(dialog->message(), PdfReportWriter::cancelledMessage());
        QVERIFY(dialog->isVisible()); // still there, to export again
        QVERIFY(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(button(*dialog, "exportReport")->isEnabled());
    }

    void refusedPathsLeaveTheOlderFile()
    {
        const auto dialog = openDialog();
        const QString older = TestFiles::write(*m_out, QStringLiteral("older.pdf"), "older");
        // The officer does not confirm the replacement: refused, said, and the file is whole.
        DialogHooks::setNextFileName(older);
        DialogHooks::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(button(*dialog, "exportReport"), Qt::LeftButton);
        QVERIFY(!dialog->isExporting());
        QVERIFY(dialog->message().contains(QStringLiteral("already exists")));
        QCOMPARE(DialogHooks::messages().size(), 1); // the question
        QFile file(older);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("older"));
        file.close();

        // A folder that is not there (these tests run as root, to whom a read-only folder
        // is writable): the message names it.
        DialogHooks::setNextFileName(m_out->filePath(QStringLiteral("gone/report.pdf")));
        QTest::mouseClick(button(*dialog, "exportReport"), Qt::LeftButton);
        QVERIFY(!dialog->isExporting());
        QVERIFY(dialog->message().contains(QStringLiteral("does not exist")));
        QCOMPARE(QDir(m_out->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("older.pdf")});

        // Confirmed: replaced.
        DialogHooks::setNextFileName(older);
        DialogHooks::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(button(*dialog, "exportReport"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), 30000);
        QCOMPARE(dialog->message(), QString());
        QVERIFY(PdfProbe::pages(older).join(QString()).contains(QStringLiteral("Valmer")));
    }

    void everyKindPreviews()
    {
        const auto dialog = openDialog();
        ReportKind shown = dialog->choices()->options().kind;
        for (ReportKind kind : ReportBuilder::kinds()) {
            const std::shared_ptr<const LaidOutReport> before = dialog->preview()->report();
            choose(*dialog, "reportKind", int(kind));
            // A report of its own, with pages: not a notice that it could not be made.
            if (kind != shown)
                QTRY_VERIFY2(dialog->preview()->report() != before,
                             qPrintable(ReportBuilder::key(kind)));
            QVERIFY2(dialog->preview()->report() && dialog->preview()->pageCount() > 0,
                     qPrintable(ReportBuilder::key(kind)));
            // Another report opens on its first page.
            QCOMPARE(dialog->preview()->currentPage(), 0);
            dialog->preview()->showPage(1);
            shown = kind;
        }
    }

    void odtOnlyForTheReportsThatHaveIt()
    {
        const auto dialog = openDialog();
        auto* odt = dialog->findChild<QRadioButton*>(QStringLiteral("formatOdt"));
        for (ReportKind kind : ReportBuilder::kinds()) {
            choose(*dialog, "reportKind", int(kind));
            QCOMPARE(odt->isEnabled(), ReportBuilder::hasOdt(kind));
        }
    }
};

QTEST_MAIN(TestReportExportDialog)
#include "TestReportExportDialog.moc"

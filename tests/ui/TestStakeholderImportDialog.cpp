// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "TestFiles.h"
#include "i18n/Translator.h"
#include "shell/DialogHooks.h"
#include "shell/PaneContext.h"
#include "stakeholders/CsvReader.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/import/StakeholderImportDialog.h"
#include "stakeholders/import/StakeholderImportPreviewModel.h"
#include "stakeholders/table/StakeholderTableModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

// The import wizard driven as an officer would: a Windows-1252, semicolon-separated file with
// French headers, one column re-mapped, duplicates updated, the report, one undo for all of it;
// and the bad paths: an unreadable file, a cancel, an import refused by the file.
class TestStakeholderImportDialog : public QObject
{
    Q_OBJECT

private:
    using Field = StakeholderCsvColumns::Column;
    std::unique_ptr<TestCity> m_city;

    PaneContext context() { return {m_city->file(), m_city->repositories(), m_city->undoStack()}; }
    StakeholderRepository& repo() { return m_city->repositories().stakeholders(); }

    // What a French spreadsheet on Windows saves: Windows-1252 bytes, semicolons, CRLF.
    QString frenchFile()
    {
        const QString text = QStringLiteral(
            "Nom;Type;Niveau;Influence;Intérêt;Contact;Courriel;Remarques\r\n"
            "Secours Populaire;ONG;régional;3;4;Marie Curie;marie@secours.example.org;Aide\r\n"
            "Crèche « Les Lutins »;Prestataire de services publics;local;2;3;;;Ouverte à tous\r\n"
            "Café solidaire;ONG;local;9;3;;;\r\n"
            "Épicerie sociale;ONG;local;2;2;Élodie;pas-un-courriel;\r\n"
            "Maison des jeunes;Service municipal;local;4;4;;;Quartier nord\r\n");
        return TestFiles::write(m_city->dir(), QStringLiteral("acteurs.csv"), text.toLatin1());
    }

    static QAbstractButton* next(QWizard& wizard) { return wizard.button(QWizard::NextButton); }
    template <typename T> static T* find(QWidget& in, const QString& name)
    {
        T* w = in.findChild<T*>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    static void choose(QComboBox* combo, int value)
    {
        combo->setCurrentIndex(combo->findData(value));
    }

private slots:
    void init()
    {
        DialogHooks::setInteractive(false);
        DialogHooks::reset();
        m_city = TestCity::create();
        Stakeholder s;
        s.name = QStringLiteral("Secours populaire");
        s.influence = 2;
        s.notes = QStringLiteral("Partenaire historique");
        QVERIFY(repo().add(s));
    }
    void cleanup() { m_city.reset(); }

    void importFrenchFile()
    {
        StakeholderTableModel table(context());
        QAbstractItemModelTester tableTester(&table);
        StakeholderImportDialog dialog(context());
        dialog.show();
        dialog.setFile(frenchFile());

        // Detection shown.
        QCOMPARE(find<QComboBox>(dialog, QStringLiteral("encodingCombo"))->currentData().toInt(),
                 int(CsvEncoding::Windows1252));
        QCOMPARE(find<QComboBox>(dialog, QStringLiteral("delimiterCombo"))->currentData().toInt(),
                 int(CsvDelimiter::Semicolon));
        QVERIFY(find<QLabel>(dialog, QStringLiteral("detectedLabel"))
                    ->text()
                    .contains(QStringLiteral("Windows-1252")));
        QVERIFY(next(dialog)->isEnabled());
        QTest::mouseClick(next(dialog), Qt::LeftButton);
        QCOMPARE(dialog.currentId(), int(StakeholderImportDialog::MappingPage));

        // French headers mapped; the officer leaves the remarks out.
        QComboBox* remarks = find<QComboBox>(dialog, QStringLiteral("mapping_7"));
        QCOMPARE(remarks->currentData().toInt(), int(Field::Notes));
        QCOMPARE(find<QComboBox>(dialog, QStringLiteral("mapping_6"))->currentData().toInt(),
                 int(Field::Email));
        auto* view = find<QTableView>(dialog, QStringLiteral("previewTable"));
        QAbstractItemModel* preview = view->model();
        QAbstractItemModelTester previewTester(preview);
        const auto cell = [preview](int row, int column) {
            return preview->index(row, column).data().toString();
        };
        QCOMPARE(preview->rowCount(), 5);
        QCOMPARE(cell(1, StakeholderImportPreviewModel::Name),
                 QStringLiteral("Crèche « Les Lutins »"));
        QCOMPARE(cell(1, StakeholderImportPreviewModel::Notes), QStringLiteral("Ouverte à tous"));
        choose(remarks, -1);
        QCOMPARE(cell(1, StakeholderImportPreviewModel::Notes), QString());
        // Rejected rows marked with their reason.
        QCOMPARE(cell(2, StakeholderImportPreviewModel::Line), QStringLiteral("4"));
        QVERIFY(preview->index(2, 0).data(StakeholderImportPreviewModel::RejectedRole).toBool());
        QVERIFY(cell(2, StakeholderImportPreviewModel::Status).contains(QStringLiteral("9")));
        QVERIFY(preview->index(3, 0).data(StakeholderImportPreviewModel::RejectedRole).toBool());
        QVERIFY(!preview->index(1, 0).data(StakeholderImportPreviewModel::RejectedRole).toBool());
        // Choosing a field another column had takes it from that column.
        choose(find<QComboBox>(dialog, QStringLiteral("mapping_3")), int(Field::Interest));
        QCOMPARE(find<QComboBox>(dialog, QStringLiteral("mapping_4"))->currentData().toInt(), -1);
        choose(find<QComboBox>(dialog, QStringLiteral("mapping_3")), int(Field::Influence));
        choose(find<QComboBox>(dialog, QStringLiteral("mapping_4")), int(Field::Interest));

        QTest::mouseClick(next(dialog), Qt::LeftButton);
        QCOMPARE(dialog.currentId(), int(StakeholderImportDialog::DuplicatesPage));
        QVERIFY(find<QLabel>(dialog, QStringLiteral("duplicatesCount"))
                    ->text()
                    .contains(QStringLiteral("1 stakeholder")));
        QTest::mouseClick(find<QRadioButton>(dialog, QStringLiteral("policyUpdate")),
                          Qt::LeftButton);
        QVERIFY(find<QRadioButton>(dialog, QStringLiteral("policyUpdate"))->isChecked());
        QTest::mouseClick(next(dialog), Qt::LeftButton);

        // The report, with the lines left out.
        QTRY_COMPARE(dialog.currentId(), int(StakeholderImportDialog::ReportPage));
        const QString report =
            find<QPlainTextEdit>(dialog, QStringLiteral("reportText"))->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("Line 4:")), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("Line 5:")));
        QVERIFY(report.contains(QStringLiteral("New stakeholders: 2")));
        QVERIFY(report.contains(QStringLiteral("Updated: 1")));
        QCOMPARE(table.totalCount(), 3);
        auto secours = repo().byNameKey(QStringLiteral("secours populaire"));
        QCOMPARE(secours->influence, 3);
        // The remarks column was left out: the notes are those the file had.
        QCOMPARE(secours->notes, QStringLiteral("Partenaire historique"));
        const auto creche = repo().byNameKey(QStringLiteral("Crèche « Les Lutins »"));
        QVERIFY(creche);
        QVERIFY(creche->notes.isEmpty());

        // One undo takes all of it back, redo brings it again.
        QCOMPARE(m_city->undoStack().count(), 1);
        m_city->undoStack().undo();
        QCOMPARE(table.totalCount(), 1);
        QCOMPARE(repo().count(), 1);
        QCOMPARE(repo().byNameKey(QStringLiteral("secours populaire"))->influence, 2);
        QVERIFY(repo().contacts().isEmpty());
        m_city->undoStack().redo();
        QCOMPARE(table.totalCount(), 3);
        QCOMPARE(repo().contacts().size(), 1);
        QVERIFY(table.rowOf(repo().byNameKey(QStringLiteral("Maison des jeunes"))->meta.id) >= 0);
    }

    void badFileShowsTheReason_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("empty") << QStringLiteral("empty.csv");
        QTest::newRow("binary junk") << QStringLiteral("junk.csv");
        QTest::newRow("unclosed quote") << QStringLiteral("unclosed-quote.csv");
        QTest::newRow("missing") << QStringLiteral("no-such-file.csv");
    }
    void badFileShowsTheReason()
    {
        QFETCH(QString, fixture);
        const QString path = TestFiles::fixture(QStringLiteral("csv/") + fixture);
        const Result<CsvTable> expected = CsvReader::read(path);
        QVERIFY(!expected);
        StakeholderImportDialog dialog(context());
        dialog.show();
        dialog.setFile(path);
        auto* message = find<QLabel>(dialog, QStringLiteral("fileMessage"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), expected.error().message);
        QVERIFY(!next(dialog)->isEnabled());
        // A good file afterwards clears it.
        dialog.setFile(frenchFile());
        QVERIFY(!message->isVisible());
        QVERIFY(next(dialog)->isEnabled());
        QCOMPARE(m_city->undoStack().count(), 0);
    }

    void cancelChangesNothing()
    {
        const QString csv = frenchFile();
        m_city->reopen();
        const QByteArray before = TestFiles::hash(m_city->path());
        {
            StakeholderImportDialog dialog(context());
            dialog.show();
            dialog.setFile(csv);
            QTest::mouseClick(next(dialog), Qt::LeftButton);
            QTest::mouseClick(next(dialog), Qt::LeftButton);
            QCOMPARE(dialog.currentId(), int(StakeholderImportDialog::DuplicatesPage));
            QTest::mouseClick(dialog.button(QWizard::CancelButton), Qt::LeftButton);
            QVERIFY(!dialog.isVisible());
        }
        QCOMPARE(m_city->undoStack().count(), 0);
        m_city->reopen();
        QCOMPARE(TestFiles::hash(m_city->path()), before);
    }

    void refusedImportKeepsTheWizardOpen()
    {
        const QString csv = frenchFile();
        m_city->reopen();
        const QByteArray before = TestFiles::hash(m_city->path());
        QSqlQuery q(m_city->file().database());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TEMP TRIGGER boom BEFORE INSERT ON main.stakeholder WHEN NEW.name = "
            "'Maison des jeunes' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
        {
            StakeholderTableModel table(context());
            StakeholderImportDialog dialog(context());
            dialog.show();
            dialog.setFile(csv);
            QTest::mouseClick(next(dialog), Qt::LeftButton);
            QTest::mouseClick(next(dialog), Qt::LeftButton);
            QTest::mouseClick(next(dialog), Qt::LeftButton);
            QCOMPARE(dialog.currentId(), int(StakeholderImportDialog::DuplicatesPage));
            auto* message = find<QLabel>(dialog, QStringLiteral("importMessage"));
            QVERIFY(message->isVisible());
            QVERIFY(message->text().contains(QStringLiteral("refused by the test")));
            // The models never saw the rows that were rolled back.
            QCOMPARE(table.totalCount(), 1);
        }
        QCOMPARE(m_city->undoStack().count(), 0);
        m_city->reopen();
        QCOMPARE(TestFiles::hash(m_city->path()), before);
    }

    void readOnlyFileRefused()
    {
        const QString csv = frenchFile();
        CityFile::OpenResult opened = CityFile::open(m_city->path(), CityFile::Access::ReadOnly);
        QVERIFY(opened.ok());
        std::unique_ptr<CityFile> file = opened.take();
        QVERIFY(file->isReadOnly());
        Repositories repos(*file);
        StakeholderImportDialog dialog(PaneContext{*file, repos, *file->undoStack()});
        dialog.show();
        dialog.setFile(csv);
        QVERIFY(find<QLabel>(dialog, QStringLiteral("fileMessage"))->isVisible());
        QVERIFY(!find<QAbstractButton>(dialog, QStringLiteral("browseButton"))->isEnabled());
        QVERIFY(!next(dialog)->isEnabled());
    }

    void renderPages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void renderPages()
    {
        // Every page rendered; kept as PNG when PASSERELLE_SCREENSHOTS names a folder.
        QFETCH(QString, language);
        Translator::install(*qApp, language);
        const QString shots = qEnvironmentVariable("PASSERELLE_SCREENSHOTS");
        StakeholderImportDialog dialog(context());
        dialog.resize(900, 620);
        dialog.show();
        dialog.setFile(frenchFile());
        for (int page = 0; page < 4; ++page) {
            QCOMPARE(dialog.currentId(), page);
            const QImage image = dialog.grab().toImage();
            QVERIFY(!image.isNull());
            if (!shots.isEmpty())
                image.save(QDir(shots).filePath(
                    QStringLiteral("import-%1-%2.png").arg(language).arg(page)));
            if (page < 3)
                QTest::mouseClick(next(dialog), Qt::LeftButton);
        }
        Translator::install(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestStakeholderImportDialog)
#include "TestStakeholderImportDialog.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "TestFiles.h"
#include "common/TextLimits.h"
#include "i18n/Translator.h"
#include "shell/DialogHooks.h"
#include "shell/PaneContext.h"
#include "stakeholders/CsvReader.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/import/StakeholderImportDialog.h"
#include "stakeholders/import/StakeholderImportPreviewModel.h"
#include "stakeholders/table/StakeholderTableModel.h"
#include "themes/ThemeRepository.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
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

    // A list in the officer's own words: a kind, a level and themes Passerelle does not know,
    // and a stakeholder already in the file.
    QString ownWordsFile()
    {
        return TestFiles::write(m_city->dir(), QStringLiteral("own-words.csv"),
                                "name,kind,level,themes\n"
                                "Office des migrations,Office,Métropole,Migration\n"
                                "Centre social,Office,local,Divers; Emploi\n"
                                "Secours Populaire,Association,local,Logement\n"
                                "Café solidaire,Entreprise,Locale,Migration\n");
    }
    static void chooseData(QComboBox* combo, const QString& data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        combo->setCurrentIndex(index);
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

    void valuesStepChosenAndRemembered()
    {
        const QString csv = ownWordsFile();
        const QString refugees =
            m_city->repositories().themes().themeByKey(QStringLiteral("refugees"))->meta.id;
        {
            StakeholderImportDialog dialog(context());
            dialog.show();
            dialog.setFile(csv);
            QTest::mouseClick(next(dialog), Qt::LeftButton);
            QCOMPARE(dialog.currentId(), int(StakeholderImportDialog::MappingPage));
            QAbstractItemModel* preview =
                find<QTableView>(dialog, QStringLiteral("previewTable"))->model();
            QVERIFY(
                preview->index(0, 0).data(StakeholderImportPreviewModel::RejectedRole).toBool());
            // The new theme shown as such; a row is never left out for a theme.
            QVERIFY(
                !preview->index(3, 0).data(StakeholderImportPreviewModel::RejectedRole).toBool());
            QCOMPARE(preview->index(3, StakeholderImportPreviewModel::Themes).data().toString(),
                     QStringLiteral("Migration (new)"));

            QTest::mouseClick(next(dialog), Qt::LeftButton);
            QCOMPARE(dialog.currentId(), int(StakeholderImportDialog::ValuesPage));
            // One choice for each distinct value not recognised, in the order of the file.
            QWidget* page = dialog.currentPage();
            QCOMPARE(page->findChildren<QComboBox*>().size(), 4);
            QComboBox* office = find<QComboBox>(*page, QStringLiteral("valueChoice_0"));
            QComboBox* metropole = find<QComboBox>(*page, QStringLiteral("valueChoice_1"));
            QComboBox* migration = find<QComboBox>(*page, QStringLiteral("valueChoice_2"));
            QComboBox* divers = find<QComboBox>(*page, QStringLiteral("valueChoice_3"));
            QVERIFY(office->accessibleName().contains(QStringLiteral("Office")));
            QVERIFY(divers->accessibleName().contains(QStringLiteral("Divers")));
            QCOMPARE(office->currentData().toString(), QString());
            QCOMPARE(office->count(), 1 + int(Stakeholder::allKinds().size()));
            QCOMPARE(metropole->count(), 1 + int(Stakeholder::allLevels().size()));
            QCOMPARE(migration->currentData().toString(), QStringLiteral("create"));
            QVERIFY(migration->findData(refugees) >= 0);
            chooseData(office, QStringLiteral("government_agency"));
            chooseData(metropole, QStringLiteral("regional"));
            chooseData(migration, refugees);
            chooseData(divers, QStringLiteral("leave"));

            QTest::mouseClick(next(dialog), Qt::LeftButton);
            QCOMPARE(dialog.currentId(), int(StakeholderImportDialog::DuplicatesPage));
            // The duplicates named.
            auto* names = find<QListWidget>(dialog, QStringLiteral("duplicateNames"));
            QVERIFY(names->isVisible());
            QCOMPARE(names->count(), 1);
            QCOMPARE(names->item(0)->text(), QStringLiteral("Secours Populaire"));
            QTest::mouseClick(next(dialog), Qt::LeftButton);
            QTRY_COMPARE(dialog.currentId(), int(StakeholderImportDialog::ReportPage));
        }
        const std::optional<Stakeholder> office =
            repo().byNameKey(QStringLiteral("office des migrations"));
        QVERIFY(office);
        QCOMPARE(office->kind, Stakeholder::Kind::GovernmentAgency);
        QCOMPARE(office->level, Stakeholder::Level::Regional);
        QCOMPARE(office->themeIds, QStringList{refugees});
        const std::optional<Stakeholder> centre = repo().byNameKey(QStringLiteral("centre social"));
        QCOMPARE(
            centre->themeIds,
            QStringList{
                m_city->repositories().themes().themeByKey(QStringLiteral("employment"))->meta.id});
        QCOMPARE(repo().byNameKey(QStringLiteral("café solidaire"))->themeIds,
                 QStringList{refugees});
        QCOMPARE(m_city->undoStack().count(), 1);

        // The next import of the same file, in a later session, shows the choices made.
        m_city->reopen();
        StakeholderImportDialog dialog(context());
        dialog.show();
        dialog.setFile(csv);
        QTest::mouseClick(next(dialog), Qt::LeftButton);
        QAbstractItemModel* preview =
            find<QTableView>(dialog, QStringLiteral("previewTable"))->model();
        QVERIFY(!preview->index(0, 0).data(StakeholderImportPreviewModel::RejectedRole).toBool());
        QTest::mouseClick(next(dialog), Qt::LeftButton);
        QCOMPARE(dialog.currentId(), int(StakeholderImportDialog::ValuesPage));
        QWidget* page = dialog.currentPage();
        QCOMPARE(find<QComboBox>(*page, QStringLiteral("valueChoice_0"))->currentData().toString(),
                 QStringLiteral("government_agency"));
        QCOMPARE(find<QComboBox>(*page, QStringLiteral("valueChoice_1"))->currentData().toString(),
                 QStringLiteral("regional"));
        QCOMPARE(find<QComboBox>(*page, QStringLiteral("valueChoice_2"))->currentData().toString(),
                 refugees);
        QCOMPARE(find<QComboBox>(*page, QStringLiteral("valueChoice_3"))->currentData().toString(),
                 QStringLiteral("leave"));
    }

    void veryManyValuesListedWithinBounds()
    {
        // A wrong column (every row a different kind): a bounded list, and a word on the rest.
        QByteArray csv = "name,kind\n";
        const int distinct = int(StakeholderCsvImport::maxListedValues) + 50;
        for (int i = 0; i < distinct; ++i)
            csv += QStringLiteral("S%1,Sorte %1\n").arg(i).toUtf8();
        StakeholderImportDialog dialog(context());
        dialog.show();
        dialog.setFile(TestFiles::write(m_city->dir(), QStringLiteral("many.csv"), csv));
        QTest::mouseClick(next(dialog), Qt::LeftButton);
        QTest::mouseClick(next(dialog), Qt::LeftButton);
        QCOMPARE(dialog.currentId(), int(StakeholderImportDialog::ValuesPage));
        QWidget* page = dialog.currentPage();
        QCOMPARE(page->findChildren<QComboBox*>().size(),
                 int(StakeholderCsvImport::maxListedValues));
        auto* more = find<QLabel>(*page, QStringLiteral("moreValues"));
        QVERIFY(more->isVisible());
        QVERIFY2(more->text().startsWith(QStringLiteral("50 more")), qPrintable(more->text()));
        // The first value chosen: its row imported, the others left out; nothing else changes.
        chooseData(find<QComboBox>(*page, QStringLiteral("valueChoice_0")), QStringLiteral("ngo"));
        QTest::mouseClick(next(dialog), Qt::LeftButton);
        QTest::mouseClick(next(dialog), Qt::LeftButton);
        QTRY_COMPARE(dialog.currentId(), int(StakeholderImportDialog::ReportPage));
        QCOMPARE(dialog.report()->imported, 1);
        QCOMPARE(int(dialog.report()->rejected.size()), distinct - 1);
    }

    void previewShowsTheWholeReason()
    {
        const QString csv = TestFiles::write(m_city->dir(), QStringLiteral("reasons.csv"),
                                             "name,kind\nGood,ngo\nBad,Vaisseau spatial\n");
        StakeholderImportDialog dialog(context());
        dialog.resize(900, 620);
        dialog.show();
        dialog.setFile(csv);
        QTest::mouseClick(next(dialog), Qt::LeftButton);
        auto* view = find<QTableView>(dialog, QStringLiteral("previewTable"));
        const QModelIndex bad = view->model()->index(1, StakeholderImportPreviewModel::Status);
        const QString shown = bad.data().toString();
        // The whole sentence, every kind it names up to its last words, not cut to a line.
        QVERIFY2(shown.endsWith(QStringLiteral("when you import.")), qPrintable(shown));
        QVERIFY(shown.size() > TextLimits::shownChars / 2);
        QVERIFY(!shown.contains(u'…'));
        for (Stakeholder::Kind k : Stakeholder::allKinds())
            QVERIFY(shown.contains(Stakeholder::label(k)));
        // Wrapped in its cell: the row is as tall as the reason needs.
        QVERIFY(view->wordWrap());
        const QRect cell = view->visualRect(bad);
        const QRect needed = view->fontMetrics().boundingRect(QRect(0, 0, cell.width(), 100000),
                                                              Qt::TextWordWrap, shown);
        QVERIFY2(cell.height() >= needed.height(),
                 qPrintable(QStringLiteral("%1 < %2").arg(cell.height()).arg(needed.height())));
        QVERIFY(view->rowHeight(1) > view->rowHeight(0));
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
        dialog.setFile(ownWordsFile());
        for (int page = 0; page <= StakeholderImportDialog::ReportPage; ++page) {
            QCOMPARE(dialog.currentId(), page);
            const QImage image = dialog.grab().toImage();
            QVERIFY(!image.isNull());
            if (!shots.isEmpty())
                image.save(QDir(shots).filePath(
                    QStringLiteral("import-%1-%2.png").arg(language).arg(page)));
            if (page < StakeholderImportDialog::ReportPage)
                QTest::mouseClick(next(dialog), Qt::LeftButton);
        }
        // Left as they were on the values step, the kinds left their rows out and the themes
        // of the rows imported became themes of their own.
        const QString report =
            find<QPlainTextEdit>(dialog, QStringLiteral("reportText"))->toPlainText();
        QVERIFY2(report.contains(QStringLiteral(": Migration\n")), qPrintable(report));
        QVERIFY(!report.contains(QStringLiteral("Divers")));
        Translator::install(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestStakeholderImportDialog)
#include "TestStakeholderImportDialog.moc"

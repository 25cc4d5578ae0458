// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/MergeTesting.h"
#include "MainWindowDriver.h"
#include "city/Repositories.h"
#include "storage/CityFile.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QUndoStack>

using namespace MergeTesting;

// File > Import from a partner city… driven as the officer uses it: the file chosen, the counts
// shown, a conflict shown field by field and settled, a deletion ticked, one undo step.
class TestMergeDialog : public QObject
{
    Q_OBJECT

private:
    MainWindowDriver m_driver;

    // A partner file with two practices already imported into mine, then one changed on both
    // sides and the other deleted by the partner.
    struct Setup
    {
        QString mine;
        QString partner;
        QString conflict;
        QString deleted;
    };
    Setup prepare()
    {
        Setup s;
        s.mine = m_driver.makeCity(QStringLiteral("mine.passerelle"), QStringLiteral("Tangier"));
        s.partner =
            m_driver.makeCity(QStringLiteral("partner.passerelle"), QStringLiteral("Mechelen"));
        {
            std::unique_ptr<CityFile> partner = CityFile::open(s.partner).take();
            s.conflict = addPractice(partner->database(), QStringLiteral("Welcome desk"));
            s.deleted = addPractice(partner->database(), QStringLiteral("Language cafe"));
        }
        importWithoutSettling(s.mine, s.partner);
        {
            std::unique_ptr<CityFile> partner = CityFile::open(s.partner).take();
            edit(partner->database(), QStringLiteral("good_practice"), s.conflict,
                 QStringLiteral("title"), QStringLiteral("Welcome desk (theirs)"));
            exec(partner->database(), QStringLiteral("DELETE FROM good_practice WHERE id = ?"),
                 {s.deleted});
            std::unique_ptr<CityFile> mine = CityFile::open(s.mine).take();
            edit(mine->database(), QStringLiteral("good_practice"), s.conflict,
                 QStringLiteral("title"), QStringLiteral("Welcome desk (mine)"));
        }
        return s;
    }

    // The first import, through the same menu: nothing to settle yet.
    void importWithoutSettling(const QString& mine, const QString& partner)
    {
        MainWindow* window = MainWindowDriver::openThroughDialog(m_driver.newWindow(), mine);
        DialogHooks::setNextDialogHandler([partner](QDialog& dialog) {
            DialogHooks::setNextFileName(partner);
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("mergeChooseFile")),
                              Qt::LeftButton);
            dialog.findChild<QPushButton*>(QStringLiteral("mergeImport"))->click();
            return dialog.result();
        });
        MainWindowDriver::action(window, "actionImportFromPartner")->trigger();
        window->close();
    }

    QString titleOf(MainWindow* window, const QString& id)
    {
        QSqlQuery q(window->document()->file().database());
        q.prepare(QStringLiteral("SELECT title FROM good_practice WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_driver.setUp()); }
    void init() { QVERIFY(m_driver.startTest()); }
    void cleanup() { QVERIFY(m_driver.endTest()); }

    void conflictAndDeletionSettledInOneStep()
    {
        const Setup s = prepare();
        MainWindow* window = MainWindowDriver::openThroughDialog(m_driver.newWindow(), s.mine);
        QVERIFY(window->document());
        QAction* importAction = MainWindowDriver::action(window, "actionImportFromPartner");
        QVERIFY(importAction->isEnabled());
        QString summary;
        QStringList fields;
        DialogHooks::setNextDialogHandler([&](QDialog& dialog) {
            DialogHooks::setNextFileName(s.partner);
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("mergeChooseFile")),
                              Qt::LeftButton);
            summary = dialog.findChild<QLabel*>(QStringLiteral("mergeSummary"))->text();
            auto* conflicts = dialog.findChild<QTreeWidget*>(QStringLiteral("mergeConflicts"));
            auto* removals = dialog.findChild<QListWidget*>(QStringLiteral("mergeRemovals"));
            if (conflicts->topLevelItemCount() != 1 || removals->count() != 1)
                return int(QDialog::Rejected);
            QTreeWidgetItem* conflict = conflicts->topLevelItem(0);
            for (int i = 0; i < conflict->childCount(); ++i)
                fields << conflict->child(i)->text(0) + u'|' + conflict->child(i)->text(1) + u'|' +
                              conflict->child(i)->text(2);
            // Defaults: keep mine, keep the record.
            if (conflict->checkState(0) != Qt::Unchecked ||
                removals->item(0)->checkState() != Qt::Unchecked)
                return int(QDialog::Rejected);
            conflict->setCheckState(0, Qt::Checked);
            removals->item(0)->setCheckState(Qt::Checked);
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("mergeImport")),
                              Qt::LeftButton);
            return dialog.result();
        });
        importAction->trigger();
        QVERIFY2(summary.contains(QStringLiteral("Conflicts: 1")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Deleted by the partner: 1")));
        QCOMPARE(fields,
                 QStringList{QStringLiteral("Title|Welcome desk (mine)|Welcome desk (theirs)")});
        QCOMPARE(titleOf(window, s.conflict), QStringLiteral("Welcome desk (theirs)"));
        QCOMPARE(titleOf(window, s.deleted), QString());
        QUndoStack& stack = window->document()->undoStack();
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(titleOf(window, s.conflict), QStringLiteral("Welcome desk (mine)"));
        QCOMPARE(titleOf(window, s.deleted), QStringLiteral("Language cafe"));
    }

    void defaultsKeepMineAndRefusedFileIsSaid()
    {
        const Setup s = prepare();
        MainWindow* window = MainWindowDriver::openThroughDialog(m_driver.newWindow(), s.mine);
        const QString notACity =
            TestFiles::write(m_driver.dir(), QStringLiteral("notes.passerelle"), "plain text\n");
        QString refusal;
        bool importEnabled = true;
        bool noneChosenDisablesImport = false;
        DialogHooks::setNextDialogHandler([&](QDialog& dialog) {
            auto* choose = dialog.findChild<QPushButton*>(QStringLiteral("mergeChooseFile"));
            auto* import = dialog.findChild<QPushButton*>(QStringLiteral("mergeImport"));
            DialogHooks::setNextFileName(notACity);
            QTest::mouseClick(choose, Qt::LeftButton);
            refusal = dialog.findChild<QLabel*>(QStringLiteral("mergeSummary"))->text();
            importEnabled = import->isEnabled();
            DialogHooks::setNextFileName(s.partner);
            QTest::mouseClick(choose, Qt::LeftButton);
            for (const char* name : {"mergeTakePractices", "mergeTakeTemplates",
                                     "mergeTakeExchanges", "mergeTakeStakeholders"})
                dialog.findChild<QCheckBox*>(QLatin1String(name))->setChecked(false);
            noneChosenDisablesImport = !import->isEnabled();
            dialog.findChild<QCheckBox*>(QStringLiteral("mergeTakePractices"))->setChecked(true);
            QTest::mouseClick(import, Qt::LeftButton);
            return dialog.result();
        });
        MainWindowDriver::action(window, "actionImportFromPartner")->trigger();
        QVERIFY(!refusal.isEmpty());
        QVERIFY(!importEnabled);
        QVERIFY(noneChosenDisablesImport);
        QCOMPARE(titleOf(window, s.conflict), QStringLiteral("Welcome desk (mine)"));
        QCOMPARE(titleOf(window, s.deleted), QStringLiteral("Language cafe"));
    }

    void offOnReadOnlyFileAndWithoutFile()
    {
        MainWindow* window = m_driver.newWindow();
        QAction* importAction = MainWindowDriver::action(window, "actionImportFromPartner");
        QVERIFY(!importAction->isEnabled());
        const QString path =
            m_driver.makeCity(QStringLiteral("mine.passerelle"), QStringLiteral("Tangier"));
        DialogHooks::setNextFileName(path);
        MainWindowDriver::action(window, "actionOpenReadOnly")->trigger();
        QTRY_VERIFY(window->document());
        QVERIFY(window->document()->file().isReadOnly());
        QVERIFY(!importAction->isEnabled());
    }
};

QTEST_MAIN(TestMergeDialog)
#include "TestMergeDialog.moc"

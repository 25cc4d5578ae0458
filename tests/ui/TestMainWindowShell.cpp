// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowDriver.h"
#include "city/Repositories.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"
#include "profile/ProfileRepository.h"
#include "shell/CityDocument.h"
#include "shell/DialogHooks.h"
#include "shell/DocumentView.h"
#include "shell/MainWindow.h"
#include "shell/Pane.h"
#include "shell/PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>

// The main window around the panes: write failures shown, preferences, the title and status
// following edits, the View menu, panes made when first needed, the clipboard, the help.
class TestMainWindowShell : public QObject, private MainWindowDriver
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(setUp()); }
    void init() { QVERIFY(startTest()); }
    void cleanup() { QVERIFY(endTest()); }

    void writeFailureIsShown()
    {
        const QString path =
            makeCity(QStringLiteral("livadia.passerelle"), QStringLiteral("Livadia"));
        MainWindow* window = newWindow();
        openThroughDialog(window, path);
        QTRY_VERIFY(window->document());
        window->document()->file().reportWriteFailure(QStringLiteral("The disk is full."));
        QCOMPARE(DialogHooks::messages().size(), 1);
        QCOMPARE(DialogHooks::messages().first().text, QStringLiteral("The disk is full."));
    }

    void firstStartFillsALaptopScreen()
    {
        const QSize available = QApplication::primaryScreen()->availableSize();
        const bool small = available.width() < MainWindow::smallScreenWidth ||
                           available.height() < MainWindow::smallScreenHeight;
        MainWindow* window = newWindow();
        QCOMPARE(window->isMaximized(), small);
        // Restored, most of the screen.
        QCOMPARE(window->normalGeometry().size(), available * 0.75);
        // Once placed by the officer, the window comes back as it was left.
        window->showNormal();
        window->resize(700, 500);
        window->close();
        MainWindow* again = newWindow();
        QVERIFY(!again->isMaximized());
        QCOMPARE(again->size(), QSize(700, 500));
    }

    void undoEntriesAreCutAfterAWholeWord()
    {
        const QString path = makeCity(QStringLiteral("volos.passerelle"), QStringLiteral("Volos"));
        MainWindow* window = newWindow();
        QVERIFY(window->openFile(path));
        QUndoStack* stack = window->document()->file().undoStack();
        const QString name = QStringLiteral("the Hellenic Ministry of Migration and Asylum, "
                                            "Directorate of Social Integration of Refugees");
        stack->push(new QUndoCommand(QStringLiteral("Rename %1").arg(name)));
        QAction* undo = action(window, "actionUndo");
        QCOMPARE(undo->text(), QStringLiteral("Undo Rename the Hellenic Ministry of Migration "
                                              "and Asylum,") +
                                   QChar(0x2026));
        QCOMPARE(undo->statusTip(), QStringLiteral("Undo Rename %1").arg(name));
        stack->undo();
        QVERIFY(action(window, "actionRedo")->text().startsWith(QStringLiteral("Redo Rename")));
        QCOMPARE(undo->text(), QStringLiteral("Undo"));
    }

    void preferencesStoreTheLanguage()
    {
        MainWindow* window = newWindow();
        QCOMPARE(PreferencesDialog::language(), QString());
        DialogHooks::setNextDialogHandler([](QDialog& dialog) {
            auto* language = dialog.findChild<QComboBox*>(QStringLiteral("interfaceLanguage"));
            language->setCurrentIndex(language->findData(QStringLiteral("fr")));
            if (language->currentText() != QStringLiteral("Français"))
                return int(QDialog::Rejected);
            dialog.accept();
            return dialog.result();
        });
        action(window, "actionPreferences")->trigger();
        QCOMPARE(PreferencesDialog::language(), QStringLiteral("fr"));
    }

    void titleAndStatusFollowEdits()
    {
        const QString path =
            makeCity(QStringLiteral("livadia.passerelle"), QStringLiteral("Livadia"));
        MainWindow* window = newWindow();
        openThroughDialog(window, path);
        QTRY_VERIFY(window->document());
        auto* written = window->findChild<QLabel*>(QStringLiteral("lastWritten"));
        written->clear();
        ProfileRepository& profile = window->document()->repositories().profile();
        City city = profile.city().value();
        city.name = QStringLiteral("Levadia");
        QVERIFY(profile.update(city).ok());
        QCOMPARE(window->windowTitle(), QStringLiteral("Levadia — Passerelle"));
        QVERIFY(written->text().startsWith(QStringLiteral("Last written at ")));
        // Minutes, not seconds: "Last written at 14:05".
        QCOMPARE(written->text().count(QLatin1Char(':')), 1);
    }

    void viewMenuReachesEveryPane()
    {
        const QString path =
            makeCity(QStringLiteral("livadia.passerelle"), QStringLiteral("Livadia"));
        MainWindow* window = newWindow();
        openThroughDialog(window, path);
        QTRY_VERIFY(window->document());
        auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QAction* toggle = action(window, "actionShowNavigation");
        if (navigation->count() == 0) {
            // No pane registered: nothing to navigate, and the file is still shown.
            QVERIFY(!navigation->isVisible());
            QVERIFY(window->findChild<QLabel*>(QStringLiteral("fileSummary"))->isVisible());
            return;
        }
        QVERIFY(navigation->isVisible());
        QVERIFY(toggle->isEnabled());
        QMenu* view = nullptr;
        for (QMenu* menu : window->findChildren<QMenu*>()) {
            if (menu->actions().contains(toggle))
                view = menu;
        }
        QVERIFY(view);
        for (int row = 0; row < navigation->count(); ++row) {
            const QString title = navigation->item(row)->text();
            const QList<QAction*> actions = view->actions();
            QVERIFY2(std::any_of(actions.begin(), actions.end(),
                                 [&](QAction* a) { return a->text() == title; }),
                     qPrintable(title));
        }
        toggle->trigger();
        QVERIFY(!navigation->isVisible());
        toggle->trigger();
        QVERIFY(navigation->isVisible());
    }

    void panesAreMadeWhenFirstNeeded()
    {
        const QString path =
            makeCity(QStringLiteral("patras.passerelle"), QStringLiteral("Patras"));
        MainWindow* window = newWindow();
        QVERIFY(window->openFile(path));
        auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation->count() >= 3);
        // Opening makes the pane shown and no other: the rest wait for the first paint.
        QCOMPARE(window->findChildren<Pane*>().size(), 1);
        QCOMPARE(navigation->currentRow(), 0);
        // A pane chosen before its turn is made when it is shown, and is the one shown.
        navigation->setCurrentRow(2);
        QCOMPARE(window->findChildren<Pane*>().size(), 2);
        auto* stack = window->findChild<QStackedWidget*>(QStringLiteral("panes"));
        QVERIFY(qobject_cast<Pane*>(stack->currentWidget()));
        // After the first paint the others are made, one an event-loop turn, and each just once.
        QTRY_COMPARE(window->findChildren<Pane*>().size(), navigation->count());
        QTest::qWait(50);
        QCOMPARE(window->findChildren<Pane*>().size(), navigation->count());
        // Closing the file while panes are still to be made stops making them.
        window->closeFile();
        QVERIFY(window->openFile(path));
        window->closeFile();
        QTest::qWait(50);
        QCOMPARE(window->findChildren<Pane*>().size(), 0);
    }

    void clipboardActionsWorkOnTheFocusedField()
    {
        MainWindow* window = newWindow();
        auto* field = new QLineEdit(QStringLiteral("Tangier"), window);
        field->show();
        window->activateWindow();
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QTRY_VERIFY(action(window, "actionCopy")->isEnabled());
        field->selectAll();
        action(window, "actionCopy")->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Tangier"));
        action(window, "actionCut")->trigger();
        QCOMPARE(field->text(), QString());
        action(window, "actionPaste")->trigger();
        QCOMPARE(field->text(), QStringLiteral("Tangier"));
    }

    void helpShowsGuideAndAbout()
    {
        MainWindow* window = newWindow();
        action(window, "actionUserGuide")->trigger();
        auto* guide = window->findChild<QTextBrowser*>(QStringLiteral("userGuide"));
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        QVERIFY(guide->toPlainText().contains(QStringLiteral("Save a copy as")));

        QString about;
        DialogHooks::setNextDialogHandler([&about](QDialog& dialog) {
            about = dialog.findChild<QLabel*>(QStringLiteral("aboutText"))->text();
            return int(QDialog::Accepted);
        });
        action(window, "actionAbout")->trigger();
        QVERIFY(about.contains(QStringLiteral(PASSERELLE_VERSION)));
        QVERIFY(about.contains(QStringLiteral("GPL-3.0-or-later")));
    }

    void calendarExportAndRecordNavigation()
    {
        const QString path =
            makeCity(QStringLiteral("capaci.passerelle"), QStringLiteral("Capaci"));
        MainWindow* window = newWindow();
        openThroughDialog(window, path);
        QTRY_VERIFY(window->document());
        // An empty plan: nothing to export, and said so.
        action(window, "actionExportCalendar")->trigger();
        QCOMPARE(DialogHooks::messages().size(), 1);
        QVERIFY(!QFile::exists(dir().filePath(QStringLiteral("plan.ics"))));

        Repositories& repos = window->document()->repositories();
        Priority p;
        p.title = QStringLiteral("Access to health care");
        QVERIFY(repos.plan().add(p));
        Action a;
        a.priorityId = p.meta.id;
        a.title = QStringLiteral("Interpreting pool");
        a.startDate = QDate(2026, 1, 1);
        a.endDate = QDate(2026, 12, 31);
        QVERIFY(repos.actions().add(a));
        Milestone m;
        m.actionId = a.meta.id;
        m.title = QStringLiteral("Pool recruited");
        m.dueDate = QDate(2026, 3, 1);
        QVERIFY(repos.actions().add(m));

        const QString target = dir().filePath(QStringLiteral("plan.ics"));
        DialogHooks::setNextFileName(target);
        action(window, "actionExportCalendar")->trigger();
        QFile written(target);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray ics = written.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 2); // the milestone and the action's end
        QVERIFY(ics.contains("UID:" + m.meta.id.toUtf8() + "-milestone@passerelle.city"));

        // A record opened where it lives: the action plan pane, the action selected.
        auto* view = window->findChild<DocumentView*>();
        QVERIFY(view);
        QVERIFY(view->showRecord(QStringLiteral("milestone"), m.meta.id));
        auto* tree = window->findChild<QTreeView*>(QStringLiteral("planTree"));
        QVERIFY(tree && tree->isVisible());
        QCOMPARE(tree->currentIndex().data().toString(), m.title);
        QVERIFY(!view->showRecord(QStringLiteral("no_such_table"), m.meta.id));
    }

    void reportActionsOpenTheirDialogs()
    {
        MainWindow* window = newWindow();
        for (const char* name : {"actionExportReport", "actionPrint", "actionPrintPreview"})
            QVERIFY(!action(window, name)->isEnabled());
        openThroughDialog(window,
                          makeCity(QStringLiteral("capaci.passerelle"), QStringLiteral("Capaci")));
        QTRY_VERIFY(window->document());
        QString opened;
        const auto record = [&opened](QDialog& dialog) {
            opened = QString::fromLatin1(dialog.metaObject()->className());
            return int(QDialog::Rejected);
        };
        DialogHooks::setNextDialogHandler(record);
        action(window, "actionExportReport")->trigger();
        QCOMPARE(opened, QStringLiteral("ReportExportDialog"));
        for (const char* name : {"actionPrint", "actionPrintPreview"}) {
            opened.clear();
            DialogHooks::setNextDialogHandler(record);
            action(window, name)->trigger();
            QCOMPARE(opened, QStringLiteral("ReportChoicesDialog"));
        }

        // An export through the menu, as the officer makes it: the status bar says where.
        const QString target = dir().filePath(QStringLiteral("status.pdf"));
        DialogHooks::setNextDialogHandler([&target](QDialog& dialog) {
            dialog.show();
            DialogHooks::setNextFileName(target);
            auto* go = dialog.findChild<QPushButton*>(QStringLiteral("exportReport"));
            if (!go)
                return int(QDialog::Rejected);
            go->click();
            // Until the export thread has finished and the dialog has closed itself.
            QTest::qWaitFor([&dialog] { return !dialog.isVisible(); }, 30000);
            return dialog.result();
        });
        action(window, "actionExportReport")->trigger();
        QVERIFY(QFile::exists(target));
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("status.pdf")));
    }
};

QTEST_MAIN(TestMainWindowShell)
#include "TestMainWindowShell.moc"

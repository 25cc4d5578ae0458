// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoScreenshot.h"
#include "HostileMakers.h"
#include "MainWindowDriver.h"
#include "TestFiles.h"
#include "demo/DemoGenerator.h"
#include "exchange/PartnerFile.h"
#include "plan/timeline/TimelineView.h"
#include "shell/CityDocument.h"
#include "shell/DialogHooks.h"
#include "shell/DocumentView.h"
#include "shell/MainWindow.h"
#include "shell/Pane.h"
#include "shell/RecentFiles.h"
#include "stakeholders/grid/InfluenceGridView.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

// File > Open a partner's file…: a window of its own, marked as the partner's, where every
// pane reads and nothing edits; the officer's own window and file are untouched, and closing
// the partner's window removes its private copy.
class TestPartnerWindow : public QObject, private MainWindowDriver
{
    Q_OBJECT

private:
    // The demo city as Valmer would share it.
    QString sharedDemo(const QString& language = QStringLiteral("en"))
    {
        const QString path = dir().filePath(QStringLiteral("valmer-shared.passerelle"));
        QFile::remove(path);
        DemoGenerator::Options options;
        options.language = language;
        if (!DemoGenerator::create(path, options))
            return {};
        const bool tampered = HostileFiles::Make::tamper(
            path, {QStringLiteral("INSERT INTO file_meta (key, value) VALUES "
                                  "('shared_by_city', 'Valmer'), "
                                  "('shared_at', '2026-11-20T09:30:00.000Z'), "
                                  "('shared_with_personal_data', '0')")});
        return tampered ? path : QString();
    }

    static QString bannerText(MainWindow* window)
    {
        auto* label = window->findChild<QLabel*>(QStringLiteral("readOnlyBannerText"));
        return label ? label->text() : QString();
    }

    static MainWindow* openPartner(MainWindow* window, const QString& path)
    {
        DialogHooks::setNextFileName(path);
        action(window, "actionOpenPartner")->trigger();
        for (MainWindow* shown : mainWindows()) {
            if (shown->document() && shown->document()->partner())
                return shown;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(setUp()); }
    void init() { QVERIFY(startTest()); }
    void cleanup() { QVERIFY(endTest()); }

    void opensBesideTheOfficersOwnFile()
    {
        const QString own = makeCity(QStringLiteral("own.passerelle"), QStringLiteral("Livadia"));
        const QString partnerPath = sharedDemo();
        QVERIFY(!partnerPath.isEmpty());
        const QByteArray partnerBefore = TestFiles::hash(partnerPath);
        MainWindow* ownWindow = openThroughDialog(newWindow(), own);
        QTRY_VERIFY(ownWindow->document());
        const QByteArray ownBefore = TestFiles::hash(own);
        const QStringList names = QDir(dir().path()).entryList(QDir::Files | QDir::Hidden);

        MainWindow* window = openPartner(ownWindow, partnerPath);
        QVERIFY(window);
        QVERIFY(window != ownWindow);
        QCOMPARE(window->windowTitle(),
                 QStringLiteral("Valmer (partner, shared 20 Nov 2026) — Passerelle"));
        auto* banner = window->findChild<QWidget*>(QStringLiteral("readOnlyBanner"));
        QTRY_VERIFY(banner->isVisible());
        const QString text = bannerText(window);
        QVERIFY2(text.contains(QStringLiteral("Valmer")) &&
                     text.contains(QStringLiteral("20 Nov 2026")),
                 qPrintable(text));
        QVERIFY(
            !banner->findChild<QWidget*>(QStringLiteral("readOnlySaveCopyButton"))->isVisible());
        QCOMPARE(window->findChild<QLabel*>(QStringLiteral("filePath"))->text(),
                 QDir::toNativeSeparators(partnerPath));
        // Not among the officer's own files: a recent file reopens for writing, in place.
        QVERIFY(!recentFiles()->files().contains(partnerPath));
        QVERIFY(!recentFiles()->files().contains(window->document()->file().path()));

        const QString folder = window->document()->partner()->privateFolder();
        QVERIFY(QFileInfo::exists(folder));
        window->close();
        QTRY_VERIFY(!QFileInfo::exists(folder));
        QVERIFY(ownWindow->document());
        QCOMPARE(TestFiles::hash(own), ownBefore);
        QCOMPARE(TestFiles::hash(partnerPath), partnerBefore);
        QCOMPARE(QDir(dir().path()).entryList(QDir::Files | QDir::Hidden), names);
    }

    void everyPaneReadsAndNothingEdits()
    {
        const QString partnerPath = sharedDemo();
        QVERIFY(!partnerPath.isEmpty());
        const QByteArray before = TestFiles::hash(partnerPath);
        MainWindow* window = openPartner(newWindow(), partnerPath);
        QVERIFY(window);
        QUndoStack& stack = window->document()->undoStack();
        for (const char* name : {"actionUndo", "actionRedo", "actionSaveCopy"})
            QVERIFY2(!action(window, name)->isEnabled(), name);
        QVERIFY(action(window, "actionExportReport")->isEnabled());

        auto* view = window->findChild<DocumentView*>(QStringLiteral("documentView"));
        QVERIFY(view->paneCount() > 3);
        // The controls that add, remove, import or edit records, on every pane.
        const QRegularExpression editing(
            QStringLiteral("^(action)?(add|remove|delete|new|import|edit)|(Add|Remove|Delete|New|"
                           "Import)([A-Z]|$)"));
        QStringList enabled;
        QStringList checked;
        for (int i = 0; i < view->paneCount(); ++i) {
            view->showPane(i);
            Pane* pane = view->currentPane();
            QVERIFY(pane);
            QVERIFY(pane->isEnabled());
            QList<QObject*> controls;
            for (QAction* a : pane->findChildren<QAction*>())
                controls << a;
            for (QAbstractButton* b : pane->findChildren<QAbstractButton*>())
                controls << b;
            for (QObject* control : controls) {
                if (!editing.match(control->objectName()).hasMatch())
                    continue;
                checked << control->objectName();
                if (control->property("enabled").toBool())
                    enabled << control->objectName();
            }
            // The keys that remove or undo, wherever the focus is.
            if (QWidget* focus = QApplication::focusWidget()) {
                QTest::keyClick(focus, Qt::Key_Delete);
                QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
            }
        }
        QVERIFY2(enabled.isEmpty(), qPrintable(enabled.join(QLatin1Char(' '))));
        // The check saw the panes' editing controls (adding a stakeholder, a priority...).
        for (const char* name : {"addStakeholder", "deleteStakeholder", "priorityAdd"})
            QVERIFY2(checked.contains(QLatin1String(name)), qPrintable(checked.join(' ')));
        // Nothing moves by dragging: the influence grid and the plan's timeline.
        const auto grids = window->findChildren<InfluenceGridView*>();
        const auto timelines = window->findChildren<TimelineView*>();
        QVERIFY(!grids.isEmpty() && !timelines.isEmpty());
        for (const InfluenceGridView* grid : grids)
            QVERIFY(grid->isReadOnly());
        for (const TimelineView* timeline : timelines)
            QVERIFY(timeline->isReadOnly());
        QCOMPARE(stack.count(), 0);
        window->close();
        QCOMPARE(TestFiles::hash(partnerPath), before);
    }

    void refusedFileIsExplainedAndOpensNoWindow()
    {
        const QString path =
            TestFiles::write(dir(), QStringLiteral("notes.passerelle"), "name,kind\n");
        MainWindow* window = newWindow();
        DialogHooks::setNextFileName(path);
        action(window, "actionOpenPartner")->trigger();
        QCOMPARE(mainWindows().size(), 1);
        QVERIFY(!window->document());
        const QList<DialogHooks::Message> messages = DialogHooks::messages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().text.contains(QStringLiteral("share it again")),
                 qPrintable(messages.first().text));
    }

    void dateUnknownWhenTheFileDoesNotSay()
    {
        const QString path = makeCity(QStringLiteral("plain.passerelle"), QStringLiteral("Sfax"));
        MainWindow* window = openPartner(newWindow(), path);
        QVERIFY(window);
        QCOMPARE(window->windowTitle(),
                 QStringLiteral("Sfax (partner, date unknown) — Passerelle"));
        QVERIFY(bannerText(window).contains(QStringLiteral("Sfax")));
        QVERIFY(bannerText(window).contains(QStringLiteral("unknown")));
    }

    void screenshot_data() { DemoScreenshot::addLanguages(); }

    void screenshot()
    {
        QFETCH(QString, language);
        DemoScreenshot::LanguageScope scope(language);
        const QString path = sharedDemo(language);
        QVERIFY(!path.isEmpty());
        MainWindow* window = newWindow();
        window->showNormal();
        window->resize(1366, 768);
        window = openPartner(window, path);
        QVERIFY(window);
        window->resize(1366, 768);
        QVERIFY(DemoScreenshot::grab(*window, QStringLiteral("partner-window-") + language));
    }
};

QTEST_MAIN(TestPartnerWindow)
#include "TestPartnerWindow.moc"

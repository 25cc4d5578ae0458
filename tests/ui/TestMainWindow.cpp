// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFiles.h"
#include "city/Repositories.h"
#include "profile/ProfileRepository.h"
#include "shell/CityDocument.h"
#include "shell/DialogHooks.h"
#include "shell/MainWindow.h"
#include "shell/Pane.h"
#include "shell/PreferencesDialog.h"
#include "shell/RecentFiles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

// An edit that changes nothing, to give the undo stack something to offer.
class NoOpCommand : public QUndoCommand
{
public:
    NoOpCommand() { setText(QStringLiteral("nothing")); }
    void undo() override {}
    void redo() override {}
};

QList<MainWindow*> mainWindows()
{
    QList<MainWindow*> windows;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* window = qobject_cast<MainWindow*>(widget))
            windows << window;
    }
    return windows;
}

} // namespace

// Drives the real main window offscreen, by object names, with the dialog hooks answering
// every question in advance.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    // Files of the current test; removed after its windows have closed them.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<RecentFiles> m_recentFiles;

    QString makeCity(const QString& fileName, const QString& name)
    {
        const QString path = m_dir->filePath(fileName);
        CityFile::NewCity city;
        city.name = name;
        city.country = QStringLiteral("GR");
        CityDocument::OpenResult created = CityDocument::create(path, city);
        if (!created) {
            qWarning() << created.error().message();
            return {};
        }
        return path;
    }

    MainWindow* newWindow()
    {
        auto* window = new MainWindow(m_recentFiles);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            qWarning("window not exposed");
        return window;
    }

    static QAction* action(QWidget* window, const char* name)
    {
        auto* found = window->findChild<QAction*>(QLatin1String(name));
        if (!found)
            qWarning("no action %s", name);
        return found;
    }

    static MainWindow* openThroughDialog(MainWindow* window, const QString& path)
    {
        DialogHooks::setNextFileName(path);
        action(window, "actionOpen")->trigger();
        return window;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        TestFiles::isolateSettings(m_settings);
        // A question nobody answered in advance gets its default answer instead of blocking.
        DialogHooks::setInteractive(false);
    }

    void init()
    {
        DialogHooks::reset();
        QSettings().clear();
        m_recentFiles = std::make_shared<RecentFiles>();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        for (QPointer<MainWindow> window : mainWindows()) {
            if (window)
                window->close();
            delete window;
        }
        QCOMPARE(mainWindows().size(), 0);
        m_dir.reset();
    }

    void showsWelcomeWithoutFile()
    {
        MainWindow* window = newWindow();
        QCOMPARE(window->windowTitle(), QStringLiteral("Passerelle"));
        auto* welcome = window->findChild<QWidget*>(QStringLiteral("welcome"));
        QVERIFY(welcome);
        QTRY_VERIFY(welcome->isVisible());
        for (const char* name : {"newCityButton", "openButton", "demoButton"}) {
            auto* button = welcome->findChild<QCommandLinkButton*>(QLatin1String(name));
            QVERIFY2(button && button->isVisible() && button->isEnabled(), name);
        }
        QVERIFY(!window->findChild<QWidget*>(QStringLiteral("navigation"))->isVisible());
        QVERIFY(!window->findChild<QWidget*>(QStringLiteral("readOnlyBanner"))->isVisible());
        QVERIFY(!action(window, "actionSaveCopy")->isEnabled());
        QVERIFY(!action(window, "actionClose")->isEnabled());
        QVERIFY(!action(window, "actionUndo")->isEnabled());
        QVERIFY(window->document() == nullptr);
    }

    void openingSetsTitleAndStatus()
    {
        const QString path =
            makeCity(QStringLiteral("livadia.passerelle"), QStringLiteral("Livadia"));
        QVERIFY(!path.isEmpty());
        MainWindow* window = newWindow();
        DialogHooks::setNextFileName(path);
        QTest::mouseClick(window->findChild<QCommandLinkButton*>(QStringLiteral("openButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(window->windowTitle(), QStringLiteral("Livadia — Passerelle"));
        QVERIFY(DialogHooks::messages().isEmpty());
        QVERIFY(!window->findChild<QWidget*>(QStringLiteral("welcome"))->isVisible());
        QVERIFY(!window->findChild<QWidget*>(QStringLiteral("readOnlyBanner"))->isVisible());
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("filePath"))
                    ->text()
                    .contains(QStringLiteral("livadia.passerelle")));
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("lastWritten"))
                    ->text()
                    .startsWith(QStringLiteral("Last written")));
        QVERIFY(action(window, "actionSaveCopy")->isEnabled());
        // The City profile has no filter box: Find is not offered there.
        QVERIFY(!action(window, "actionFind")->isEnabled());

        // Undo follows the open file's stack.
        QAction* undo = action(window, "actionUndo");
        QVERIFY(!undo->isEnabled());
        window->document()->undoStack().push(new NoOpCommand);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QVERIFY(action(window, "actionRedo")->isEnabled());
    }

    void damagedFileIsRefusedUntouched()
    {
        const QString path =
            makeCity(QStringLiteral("damaged.passerelle"), QStringLiteral("Livadia"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        file.seek(4096 + 100);
        file.write(QByteArray(int(size) - 4096 - 200, '\xA5'));
        file.close();
        const QByteArray before = TestFiles::hash(path);

        MainWindow* window = newWindow();
        DialogHooks::setNextAnswer(QMessageBox::Ok);
        openThroughDialog(window, path);
        QTRY_COMPARE(DialogHooks::messages().size(), 1);
        const DialogHooks::Message message = DialogHooks::messages().first();
        QCOMPARE(message.title, QStringLiteral("Cannot open the city file"));
        QVERIFY(message.text.contains(QStringLiteral("damaged.passerelle")));
        QVERIFY(message.text.contains(QStringLiteral("damaged")));
        QCOMPARE(TestFiles::hash(path), before);
        QCOMPARE(window->windowTitle(), QStringLiteral("Passerelle"));
        QVERIFY(window->findChild<QWidget*>(QStringLiteral("welcome"))->isVisible());
        QVERIFY(m_recentFiles->files().isEmpty());
    }

    void readOnlyFileShowsBanner()
    {
        const QString path = makeCity(QStringLiteral("ro.passerelle"), QStringLiteral("Livadia"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
        const QByteArray before = TestFiles::hash(path);
        MainWindow* window = newWindow();
        openThroughDialog(window, path);
        QTRY_COMPARE(window->windowTitle(), QStringLiteral("Livadia (read-only) — Passerelle"));
        auto* banner = window->findChild<QWidget*>(QStringLiteral("readOnlyBanner"));
        QTRY_VERIFY(banner->isVisible());
        const QString text = banner->findChildren<QLabel*>().last()->text();
        QVERIFY2(text.contains(QStringLiteral("permission")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Save a copy as")), qPrintable(text));

        // No undo for a file that cannot change, even with something on its stack.
        window->document()->undoStack().push(new NoOpCommand);
        QVERIFY(!action(window, "actionUndo")->isEnabled());

        QCOMPARE(TestFiles::hash(path), before);
    }

    void readOnlyFileCopyOpensEditable()
    {
        const QString path = makeCity(QStringLiteral("ro.passerelle"), QStringLiteral("Livadia"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
        const QByteArray before = TestFiles::hash(path);
        MainWindow* window = newWindow();
        openThroughDialog(window, path);
        auto* banner = window->findChild<QWidget*>(QStringLiteral("readOnlyBanner"));
        QTRY_VERIFY(banner->isVisible());

        // The banner's way out: a copy, opened at once, editable.
        const QString copy = m_dir->filePath(QStringLiteral("mine.passerelle"));
        DialogHooks::setNextFileName(copy);
        DialogHooks::setNextAnswer(QMessageBox::Open);
        QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("readOnlySaveCopyButton")),
                          Qt::LeftButton);
        QCOMPARE(TestFiles::hash(path), before);
        const QList<DialogHooks::Message> messages = DialogHooks::messages();
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.first().icon == QMessageBox::Question, qPrintable(messages.first().text));
        QTRY_COMPARE(mainWindows().size(), 2);
        MainWindow* copyWindow =
            mainWindows().at(0) == window ? mainWindows().at(1) : mainWindows().at(0);
        QTRY_COMPARE(copyWindow->windowTitle(), QStringLiteral("Livadia — Passerelle"));
        QVERIFY(!copyWindow->document()->file().isReadOnly());
        QVERIFY(!copyWindow->findChild<QWidget*>(QStringLiteral("readOnlyBanner"))->isVisible());
    }

    void saveCopyWritesOpenableCopy()
    {
        const QString path =
            makeCity(QStringLiteral("livadia.passerelle"), QStringLiteral("Livadia"));
        MainWindow* window = newWindow();
        openThroughDialog(window, path);
        QTRY_VERIFY(window->document());
        // No suffix typed: the copy still gets one.
        DialogHooks::setNextFileName(m_dir->filePath(QStringLiteral("backup")));
        action(window, "actionSaveCopy")->trigger();
        const QString copy = m_dir->filePath(QStringLiteral("backup.passerelle"));
        QTRY_VERIFY(QFile::exists(copy));
        QVERIFY(DialogHooks::messages().isEmpty());
        QCOMPARE(mainWindows().size(), 1);
        QVERIFY(!CityFile::inspect(copy).has_value());
        CityDocument::OpenResult reopened = CityDocument::open(copy);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->cityName(), QStringLiteral("Livadia"));
        QCOMPARE(reopened.value()->file().cityId(), window->document()->file().cityId());
    }

    void secondFileOpensSecondWindow()
    {
        const QString livadia =
            makeCity(QStringLiteral("livadia.passerelle"), QStringLiteral("Livadia"));
        const QString kalamata =
            makeCity(QStringLiteral("kalamata.passerelle"), QStringLiteral("Kalamata"));
        MainWindow* window = newWindow();
        openThroughDialog(window, livadia);
        QTRY_COMPARE(window->windowTitle(), QStringLiteral("Livadia — Passerelle"));
        openThroughDialog(window, kalamata);
        QTRY_COMPARE(mainWindows().size(), 2);
        MainWindow* second =
            mainWindows().at(0) == window ? mainWindows().at(1) : mainWindows().at(0);
        QTRY_COMPARE(second->windowTitle(), QStringLiteral("Kalamata — Passerelle"));
        QCOMPARE(window->windowTitle(), QStringLiteral("Livadia — Passerelle"));
        QVERIFY(&second->document()->undoStack() != &window->document()->undoStack());

        // Asking again for a file that is open raises its window instead of failing.
        QCOMPARE(window->openFile(kalamata), second);
        QCOMPARE(mainWindows().size(), 2);
        QVERIFY(DialogHooks::messages().isEmpty());

        // Closing the file of one of two windows closes that window.
        action(second, "actionClose")->trigger();
        QTRY_COMPARE(mainWindows().size(), 1);
        QVERIFY(CityDocument::open(kalamata).ok());
    }

    void recentFilesFollowOpenings()
    {
        const QString livadia =
            makeCity(QStringLiteral("livadia.passerelle"), QStringLiteral("Livadia"));
        const QString kalamata =
            makeCity(QStringLiteral("kalamata.passerelle"), QStringLiteral("Kalamata"));
        MainWindow* window = newWindow();
        auto* list = window->findChild<QListWidget*>(QStringLiteral("recentFiles"));
        QVERIFY(!list->isVisible());

        openThroughDialog(window, livadia);
        QTRY_VERIFY(window->document());
        action(window, "actionClose")->trigger();
        QTRY_VERIFY(window->findChild<QWidget*>(QStringLiteral("welcome"))->isVisible());
        openThroughDialog(window, kalamata);
        QTRY_VERIFY(window->document());
        action(window, "actionClose")->trigger();
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), kalamata);
        QCOMPARE(list->item(1)->data(Qt::UserRole).toString(), livadia);

        // The menu lists the same files, newest first.
        auto* menu = window->findChild<QMenu*>(QStringLiteral("menuRecent"));
        emit menu->aboutToShow();
        QVERIFY(menu->actions().first()->text().contains(QStringLiteral("kalamata")));

        // A click on a recent file opens it.
        const QRect second = list->visualItemRect(list->item(1));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
        QTRY_COMPARE(window->windowTitle(), QStringLiteral("Livadia — Passerelle"));
        action(window, "actionClose")->trigger();

        // A file that is gone is dropped from the list when it is shown.
        QVERIFY(QFile::remove(kalamata));
        window->hide();
        window->show();
        QTRY_COMPARE(list->count(), 1);
        QCOMPARE(m_recentFiles->files(), QStringList{livadia});

        emit menu->aboutToShow();
        window->findChild<QAction*>(QStringLiteral("actionClearRecent"))->trigger();
        QTRY_VERIFY(!list->isVisible());
        QVERIFY(m_recentFiles->files().isEmpty());
    }

    void newCityFileThroughDialogs()
    {
        MainWindow* window = newWindow();
        DialogHooks::setNextDialogHandler([](QDialog& dialog) {
            dialog.findChild<QLineEdit*>(QStringLiteral("cityName"))
                ->setText(QStringLiteral("Tangier"));
            dialog.findChild<QLineEdit*>(QStringLiteral("country"))->setText(QStringLiteral("MA"));
            auto* language = dialog.findChild<QComboBox*>(QStringLiteral("fileLanguage"));
            language->setCurrentIndex(language->findData(QStringLiteral("fr")));
            return int(QDialog::Accepted);
        });
        DialogHooks::setNextFileName(m_dir->filePath(QStringLiteral("tanger")));
        QTest::mouseClick(window->findChild<QCommandLinkButton*>(QStringLiteral("newCityButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(window->windowTitle(), QStringLiteral("Tangier — Passerelle"));
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("tanger.passerelle"))));
        QVERIFY(DialogHooks::messages().isEmpty());

        // An existing file is never replaced by a new city.
        DialogHooks::setNextDialogHandler([](QDialog& dialog) {
            dialog.findChild<QLineEdit*>(QStringLiteral("cityName"))
                ->setText(QStringLiteral("Other"));
            return int(QDialog::Accepted);
        });
        const QString existing =
            TestFiles::write(*m_dir, QStringLiteral("kept.passerelle"), "keep");
        DialogHooks::setNextFileName(existing);
        action(window, "actionNewCity")->trigger();
        QTRY_COMPARE(DialogHooks::messages().size(), 1);
        QCOMPARE(DialogHooks::messages().first().title,
                 QStringLiteral("Cannot create the city file"));
        QFile kept(existing);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep"));
        QCOMPARE(mainWindows().size(), 1);
    }

    void droppedFileOpens()
    {
        const QString path =
            makeCity(QStringLiteral("livadia.passerelle"), QStringLiteral("Livadia"));
        MainWindow* window = newWindow();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &drop);
        QTRY_COMPARE(window->windowTitle(), QStringLiteral("Livadia — Passerelle"));

        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("notes.txt")))});
        QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton,
                              Qt::NoModifier);
        other.setAccepted(false);
        QCoreApplication::sendEvent(window, &other);
        QVERIFY(!other.isAccepted());
    }

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

    void closingReleasesTheFile()
    {
        const QString path =
            makeCity(QStringLiteral("livadia.passerelle"), QStringLiteral("Livadia"));
        MainWindow* window = newWindow();
        openThroughDialog(window, path);
        QTRY_VERIFY(window->document());
        QVERIFY(!CityDocument::open(path).ok()); // locked while open
        window->close();
        QVERIFY(CityDocument::open(path).ok());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"

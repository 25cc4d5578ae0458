// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowDriver.h"
#include "TestFiles.h"
#include "shell/CityDocument.h"
#include "shell/DialogHooks.h"
#include "shell/MainWindow.h"
#include "shell/RecentFiles.h"

#include <QAction>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QTest>
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

} // namespace

// The main window and its files: the welcome screen, opening, refusing, read-only files and
// their copies, a second window, recent files, new files, dropped files, closing.
class TestMainWindow : public QObject, private MainWindowDriver
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(setUp()); }
    void init() { QVERIFY(startTest()); }
    void cleanup() { QVERIFY(endTest()); }

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
        QVERIFY(recentFiles()->files().isEmpty());
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
        const QString copy = dir().filePath(QStringLiteral("mine.passerelle"));
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
        DialogHooks::setNextFileName(dir().filePath(QStringLiteral("backup")));
        action(window, "actionSaveCopy")->trigger();
        const QString copy = dir().filePath(QStringLiteral("backup.passerelle"));
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
        QCOMPARE(recentFiles()->files(), QStringList{livadia});

        emit menu->aboutToShow();
        window->findChild<QAction*>(QStringLiteral("actionClearRecent"))->trigger();
        QTRY_VERIFY(!list->isVisible());
        QVERIFY(recentFiles()->files().isEmpty());
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
        DialogHooks::setNextFileName(dir().filePath(QStringLiteral("tanger")));
        QTest::mouseClick(window->findChild<QCommandLinkButton*>(QStringLiteral("newCityButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(window->windowTitle(), QStringLiteral("Tangier — Passerelle"));
        QVERIFY(QFile::exists(dir().filePath(QStringLiteral("tanger.passerelle"))));
        QVERIFY(DialogHooks::messages().isEmpty());

        // An existing file is never replaced by a new city.
        DialogHooks::setNextDialogHandler([](QDialog& dialog) {
            dialog.findChild<QLineEdit*>(QStringLiteral("cityName"))
                ->setText(QStringLiteral("Other"));
            return int(QDialog::Accepted);
        });
        const QString existing = TestFiles::write(dir(), QStringLiteral("kept.passerelle"), "keep");
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
        text.setUrls({QUrl::fromLocalFile(dir().filePath(QStringLiteral("notes.txt")))});
        QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton,
                              Qt::NoModifier);
        other.setAccepted(false);
        QCoreApplication::sendEvent(window, &other);
        QVERIFY(!other.isAccepted());
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

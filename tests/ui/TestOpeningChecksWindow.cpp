// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileFiles.h"
#include "HostileMakers.h"
#include "TestFiles.h"
#include "shell/DialogHooks.h"
#include "shell/MainWindow.h"
#include "shell/RecentFiles.h"

#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// What the officer sees of the opening checks: an interrupted change undone and said once; a
// large file shown at once, unchangeable until its check passes, closed with the reason when
// it fails.
class TestOpeningChecksWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_baseDir;
    QString m_base;
    std::shared_ptr<RecentFiles> m_recentFiles;

    MainWindow* newWindow()
    {
        auto* window = new MainWindow(m_recentFiles);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            qWarning("window not exposed");
        return window;
    }

    // A file over the size checked in the background: a long value in file_meta.
    static QString large(const QString& folder, const QString& base, const QStringList& more = {})
    {
        QStringList sql = {QStringLiteral("INSERT INTO file_meta (key, value) VALUES "
                                          "('padding', hex(zeroblob(5000000)))")};
        sql << more;
        return HostileFiles::Make::tampered(folder, base, sql);
    }

private slots:
    void initTestCase()
    {
        TestFiles::isolateSettings(m_settings);
        DialogHooks::setInteractive(false);
        m_base = HostileFiles::makeBase(m_baseDir.path());
        QVERIFY(!m_base.isEmpty());
    }

    void init()
    {
        DialogHooks::reset();
        QSettings().clear();
        m_recentFiles = std::make_shared<RecentFiles>();
    }

    void cleanup()
    {
        // Collected first: deleting a window deletes the dialogs it owns.
        QList<QPointer<MainWindow>> windows;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* window = qobject_cast<MainWindow*>(widget))
                windows << window;
        }
        for (const QPointer<MainWindow>& window : windows)
            delete window.data();
    }

    void interruptedChangeIsUndoneAndSaidOnce()
    {
        QTemporaryDir dir;
        const QString path = HostileFiles::Make::interrupted(dir.path(), m_base);
        QVERIFY(QFile::exists(path + QStringLiteral("-journal")));
        MainWindow* window = newWindow();
        QVERIFY(window->openFile(path));
        QCOMPARE(DialogHooks::messages().size(), 1);
        const DialogHooks::Message message = DialogHooks::messages().first();
        QCOMPARE(message.title, QStringLiteral("Unfinished change undone"));
        QVERIFY(message.text.contains(QStringLiteral("undone")));
        QVERIFY(window->windowTitle().startsWith(QStringLiteral("Livadia")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        delete window;

        DialogHooks::reset();
        MainWindow* again = newWindow();
        QVERIFY(again->openFile(path));
        QVERIFY(DialogHooks::messages().isEmpty());
    }

    void largeFileIsCheckedOnceShown()
    {
        QTemporaryDir dir;
        const QString path = large(dir.path(), m_base);
        QVERIFY(QFileInfo(path).size() > CityFile::backgroundCheckBytes);
        MainWindow* window = newWindow();
        QVERIFY(window->openFile(path));
        auto* view = window->findChild<QWidget*>(QStringLiteral("documentView"));
        QVERIFY(view);
        // Shown, and not to be changed until the check has passed.
        QVERIFY(!view->isEnabled());
        QVERIFY(window->windowTitle().startsWith(QStringLiteral("Livadia")));
        QTRY_VERIFY(view->isEnabled());
        QVERIFY(DialogHooks::messages().isEmpty());
    }

    void largeFileFailingItsCheckIsClosedUntouched()
    {
        QTemporaryDir dir;
        const QString path = large(dir.path(), m_base,
                                   {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                                    QStringLiteral("UPDATE stakeholder SET kind = 'dragon'")});
        const QByteArray before = TestFiles::hash(path);
        MainWindow* window = newWindow();
        window->openFile(path);
        QTRY_COMPARE(DialogHooks::messages().size(), 1);
        const DialogHooks::Message message = DialogHooks::messages().first();
        QCOMPARE(message.title, QStringLiteral("Cannot open the city file"));
        QVERIFY(message.text.contains(QStringLiteral("stakeholder")));
        QCOMPARE(window->windowTitle(), QStringLiteral("Passerelle"));
        QVERIFY(window->findChild<QWidget*>(QStringLiteral("welcome"))->isVisible());
        QCOMPARE(TestFiles::hash(path), before);
    }
};

QTEST_MAIN(TestOpeningChecksWindow)
#include "TestOpeningChecksWindow.moc"

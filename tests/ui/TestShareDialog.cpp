// SPDX-License-Identifier: GPL-3.0-or-later
// File > Share with a partner city…: the list of what is left out with its counts, the
// personal-data choice, the copy written on its thread (or nothing when refused or cancelled),
// and the menu entry, on only while a file is open.
#include "../core/PersonalBytes.h"
#include "DemoScreenshot.h"
#include "MainWindowDriver.h"
#include "TestCity.h"
#include "share/ShareDialog.h"
#include "share/ShareSummary.h"
#include "share/ShareWriter.h"
#include "shell/DialogHooks.h"

#include <QCheckBox>
#include <QDir>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

class TestShareDialog : public QObject, private MainWindowDriver
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;

    static QPushButton* button(QWidget& dialog, const char* name)
    {
        return dialog.findChild<QPushButton*>(QLatin1String(name));
    }

    QString firstEmail()
    {
        QSqlQuery q(m_city->file().database());
        q.exec(QStringLiteral("SELECT email FROM contact_person WHERE email <> '' LIMIT 1"));
        return q.next() ? q.value(0).toString() : QString();
    }

    static QStringList filesIn(const QString& folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(setUp());
        m_city = TestCity::demo();
        QVERIFY(m_city);
    }

    void init() { QVERIFY(startTest()); }
    void cleanup() { QVERIFY(endTest()); }

    void listsWhatIsLeftOutWithCounts()
    {
        ShareDialog dialog(m_city->file());
        dialog.show();
        const QStringList leftOut = dialog.leftOut();
        QSqlQuery q(m_city->file().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contact_person WHERE email <> ''")) &&
                q.next());
        const int emails = q.value(0).toInt();
        QVERIFY(emails > 0);
        QVERIFY2(leftOut.contains(ShareSummary::describe(QStringLiteral("contact_person"),
                                                         QStringLiteral("email"), emails)),
                 qPrintable(leftOut.join(QLatin1Char('\n'))));
        QVERIFY(std::any_of(leftOut.cbegin(), leftOut.cend(), [](const QString& line) {
            return line.contains(QLatin1String("private note"));
        }));

        // Including personal data leaves nothing personal out.
        auto* include = dialog.findChild<QCheckBox*>(QStringLiteral("includePersonalData"));
        QVERIFY(include && !include->isChecked());
        include->setChecked(true);
        QCOMPARE(dialog.leftOut(),
                 QStringList({QStringLiteral("Nothing: the copy holds everything in the file.")}));
        include->setChecked(false);
        QCOMPARE(dialog.leftOut(), leftOut);
    }

    // Looked at with PASSERELLE_SCREENSHOTS set: the list readable, nothing cut.
    void screenshot()
    {
        ShareDialog dialog(m_city->file());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(DemoScreenshot::grab(dialog, QStringLiteral("share-dialog")));
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("shareLeftOut"));
        QVERIFY(list && list->count() > 3);
        QVERIFY(list->visualItemRect(list->item(0)).height() > 0);
    }

    void writesTheCopyWithoutPersonalData()
    {
        const QString target = dir().filePath(QStringLiteral("for Mechelen.passerelle"));
        ShareDialog dialog(m_city->file());
        dialog.show();
        DialogHooks::setNextFileName(dir().filePath(QStringLiteral("for Mechelen")));
        QTest::mouseClick(button(dialog, "shareWrite"), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isSharing());
        QCOMPARE(dialog.message(), QString());
        QCOMPARE(dialog.writtenPath(), target);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(CityFile::inspect(target, CheckDepth::Thorough), std::nullopt);
        const QString email = firstEmail();
        QVERIFY(!email.isEmpty());
        QVERIFY(!PersonalBytes::fileBytes(target).contains(email.toUtf8()));
        QCOMPARE(filesIn(dir().path()), QStringList({QStringLiteral("for Mechelen.passerelle")}));
    }

    void anExistingFileIsKeptUnlessReplaced()
    {
        const QString target = dir().filePath(QStringLiteral("taken.passerelle"));
        {
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("mine");
        }
        ShareDialog dialog(m_city->file());
        dialog.show();
        DialogHooks::setNextFileName(target);
        DialogHooks::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(button(dialog, "shareWrite"), Qt::LeftButton);
        QVERIFY(!dialog.isSharing());
        QVERIFY(dialog.message().contains(QStringLiteral("left as it is")));
        QCOMPARE(PersonalBytes::fileBytes(target), QByteArray("mine"));

        DialogHooks::setNextFileName(target);
        DialogHooks::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(button(dialog, "shareWrite"), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isSharing());
        QCOMPARE(dialog.writtenPath(), target);
        QCOMPARE(CityFile::inspect(target), std::nullopt);
    }

    void cancelWritesNothing()
    {
        // Large enough that the click on Cancel comes while the copy is being written.
        std::unique_ptr<TestCity> large = TestCity::demo(3000);
        QVERIFY(large);
        ShareDialog dialog(large->file());
        dialog.show();
        DialogHooks::setNextFileName(dir().filePath(QStringLiteral("cancelled.passerelle")));
        QTest::mouseClick(button(dialog, "shareWrite"), Qt::LeftButton);
        QVERIFY(dialog.isSharing());
        QTest::mouseClick(button(dialog, "shareCancel"), Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // Cancel stops the share first
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSharing(), 60000);
        QCOMPARE(dialog.message(), ShareWriter::cancelledMessage());
        QCOMPARE(dialog.writtenPath(), QString());
        QCOMPARE(filesIn(dir().path()), QStringList());
        // A second Cancel closes the dialog.
        QTest::mouseClick(button(dialog, "shareCancel"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }

    void menuEntryOnlyWithAFile()
    {
        MainWindow* window = newWindow();
        QAction* share = action(window, "actionShare");
        QVERIFY(share);
        QVERIFY(!share->isEnabled());
        const QString path = makeCity(QStringLiteral("city.passerelle"), QStringLiteral("Patras"));
        QVERIFY(!path.isEmpty());
        openThroughDialog(window, path);
        QTRY_VERIFY(window->document());
        QVERIFY(share->isEnabled());
        bool shown = false;
        DialogHooks::setNextDialogHandler([&](QDialog& dialog) {
            shown = dialog.objectName() == QLatin1String("shareDialog");
            return int(QDialog::Rejected);
        });
        share->trigger();
        QVERIFY(shown);
        action(window, "actionClose")->trigger();
        QTRY_VERIFY(!window->document());
        QVERIFY(!share->isEnabled());
    }
};

QTEST_MAIN(TestShareDialog)
#include "TestShareDialog.moc"

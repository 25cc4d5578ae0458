// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "shell/DialogHooks.h"
#include "shell/PaneContext.h"
#include "stakeholders/StakeholderExporter.h"
#include "stakeholders/StakeholderRepository.h"

#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QUrl>

// The pane's "Export…": personal data is asked about first and left out unless ticked, the
// format follows the name's ending, a wrong ending or a failed write is shown, a cancelled
// question or file dialog writes nothing.
class TestStakeholderExporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;

    PaneContext context() { return {m_city->file(), m_city->repositories(), m_city->undoStack()}; }
    static QByteArray head(const QString& path, int bytes)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
    }

    // Answers the next personal data question: ticks the box when include, records whether it
    // was unticked when shown, then accepts (or cancels).
    static void answerPersonalData(bool include, bool* shownUnticked = nullptr,
                                   int result = QDialog::Accepted)
    {
        DialogHooks::setNextDialogHandler([=](QDialog& dialog) {
            auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("includePersonalData"));
            if (!box)
                return int(QDialog::Rejected);
            if (shownUnticked)
                *shownUnticked = !box->isChecked();
            if (include)
                box->click();
            return result;
        });
    }

private slots:
    void init()
    {
        DialogHooks::setInteractive(false);
        DialogHooks::reset();
        m_city = TestCity::create();
        StakeholderRepository& repo = m_city->repositories().stakeholders();
        Stakeholder s;
        s.name = QStringLiteral("Société d’entraide");
        s.notes = QStringLiteral("The treasurer is under investigation");
        s.notesPrivate = true;
        QVERIFY(repo.add(s));
        ContactPerson c;
        c.stakeholderId = s.meta.id;
        c.name = QStringLiteral("Yasmina Benali");
        c.email = QStringLiteral("yasmina@entraide.example.org");
        QVERIFY(repo.add(c));
    }
    void cleanup() { m_city.reset(); }

    void formatByEnding()
    {
        const QString xlsx = m_city->dir().filePath(QStringLiteral("map.xlsx"));
        answerPersonalData(false);
        DialogHooks::setNextFileName(xlsx);
        QCOMPARE(StakeholderExporter::exportToFile(context(), nullptr), xlsx);
        QCOMPARE(head(xlsx, 4), QByteArray("PK\x03\x04", 4));

        // No ending: CSV, named so, with the byte order mark spreadsheets need.
        const QString bare = m_city->dir().filePath(QStringLiteral("map"));
        answerPersonalData(false);
        DialogHooks::setNextFileName(bare);
        QCOMPARE(StakeholderExporter::exportToFile(context(), nullptr),
                 bare + QStringLiteral(".csv"));
        QCOMPARE(head(bare + QStringLiteral(".csv"), 3), QByteArray("\xEF\xBB\xBF"));
        QVERIFY(DialogHooks::messages().isEmpty());
    }

    void endsWithTheFileOneClickAway()
    {
        const QString path = m_city->dir().filePath(QStringLiteral("for the council.csv"));
        // The personal-data question first, then the message of what was written.
        QString told;
        DialogHooks::setNextDialogHandler([&told](QDialog&) {
            DialogHooks::setNextDialogHandler([&told](QDialog& done) {
                auto* box = qobject_cast<QMessageBox*>(&done);
                if (!box)
                    return int(QDialog::Rejected);
                told = box->text();
                box->findChild<QPushButton*>(QStringLiteral("exportOpenFolder"))->click();
                return int(QDialog::Accepted);
            });
            return int(QDialog::Accepted);
        });
        DialogHooks::setNextFileName(path);
        QCOMPARE(StakeholderExporter::exportToFile(context(), nullptr), path);
        QVERIFY2(told.contains(QStringLiteral("without personal data")), qPrintable(told));
        QVERIFY(told.contains(QStringLiteral("for the council.csv")));
        QCOMPARE(DialogHooks::openedUrls(),
                 QList<QUrl>{QUrl::fromLocalFile(QFileInfo(path).absolutePath())});

        // Closed: nothing opens.
        DialogHooks::reset();
        answerPersonalData(false);
        DialogHooks::setNextFileName(path);
        QCOMPARE(StakeholderExporter::exportToFile(context(), nullptr), path);
        QVERIFY(DialogHooks::openedUrls().isEmpty());
    }

    void personalDataLeftOutUnlessTicked()
    {
        const QString shared = m_city->dir().filePath(QStringLiteral("shared.csv"));
        bool shownUnticked = false;
        answerPersonalData(false, &shownUnticked);
        DialogHooks::setNextFileName(shared);
        QCOMPARE(StakeholderExporter::exportToFile(context(), nullptr), shared);
        QVERIFY(shownUnticked);
        const QByteArray leftOut = head(shared, 4096);
        QVERIFY(leftOut.contains("Société d’entraide"));
        QVERIFY(!leftOut.contains("Yasmina"));
        QVERIFY(!leftOut.contains("treasurer"));

        const QString full = m_city->dir().filePath(QStringLiteral("full.csv"));
        shownUnticked = false;
        answerPersonalData(true, &shownUnticked);
        DialogHooks::setNextFileName(full);
        QCOMPARE(StakeholderExporter::exportToFile(context(), nullptr), full);
        // Asked afresh each time: the earlier tick is not remembered.
        QVERIFY(shownUnticked);
        const QByteArray included = head(full, 4096);
        QVERIFY(included.contains("yasmina@entraide.example.org"));
        QVERIFY(included.contains("The treasurer is under investigation,yes\r\n"));
    }

    void cancelledQuestionWritesNothing()
    {
        const QString path = m_city->dir().filePath(QStringLiteral("never.csv"));
        answerPersonalData(true, nullptr, QDialog::Rejected);
        DialogHooks::setNextFileName(path);
        QVERIFY(StakeholderExporter::exportToFile(context(), nullptr).isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(DialogHooks::messages().isEmpty());
    }

    void refusalsShown()
    {
        const QString other = m_city->dir().filePath(QStringLiteral("map.ods"));
        answerPersonalData(false);
        DialogHooks::setNextFileName(other);
        QVERIFY(StakeholderExporter::exportToFile(context(), nullptr).isEmpty());
        QCOMPARE(DialogHooks::messages().size(), 1);
        QVERIFY(DialogHooks::messages().first().text.contains(QStringLiteral("map.ods")));
        QVERIFY(!QFile::exists(other));

        const QString unwritable = m_city->dir().filePath(QStringLiteral("no/folder/map.xlsx"));
        answerPersonalData(false);
        DialogHooks::setNextFileName(unwritable);
        QVERIFY(StakeholderExporter::exportToFile(context(), nullptr).isEmpty());
        QCOMPARE(DialogHooks::messages().size(), 2);
        QVERIFY(DialogHooks::messages().last().text.contains(QStringLiteral("map.xlsx")));

        // File dialog cancelled: nothing asked, nothing written.
        answerPersonalData(false);
        QVERIFY(StakeholderExporter::exportToFile(context(), nullptr).isEmpty());
        QCOMPARE(DialogHooks::messages().size(), 2);
    }
};

QTEST_MAIN(TestStakeholderExporter)
#include "TestStakeholderExporter.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "shell/DialogHooks.h"
#include "shell/PaneContext.h"
#include "stakeholders/StakeholderExporter.h"
#include "stakeholders/StakeholderRepository.h"

#include <QFile>
#include <QTest>

// The pane's "Export…": the format follows the name's ending, a wrong ending or a failed write
// is shown, a cancelled file dialog writes nothing.
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

private slots:
    void init()
    {
        DialogHooks::setInteractive(false);
        DialogHooks::reset();
        m_city = TestCity::create();
        Stakeholder s;
        s.name = QStringLiteral("Société d’entraide");
        QVERIFY(m_city->repositories().stakeholders().add(s));
    }
    void cleanup() { m_city.reset(); }

    void formatByEnding()
    {
        const QString xlsx = m_city->dir().filePath(QStringLiteral("map.xlsx"));
        DialogHooks::setNextFileName(xlsx);
        QCOMPARE(StakeholderExporter::exportToFile(context(), nullptr), xlsx);
        QCOMPARE(head(xlsx, 4), QByteArray("PK\x03\x04", 4));

        // No ending: CSV, named so, with the byte order mark spreadsheets need.
        const QString bare = m_city->dir().filePath(QStringLiteral("map"));
        DialogHooks::setNextFileName(bare);
        QCOMPARE(StakeholderExporter::exportToFile(context(), nullptr),
                 bare + QStringLiteral(".csv"));
        QCOMPARE(head(bare + QStringLiteral(".csv"), 3), QByteArray("\xEF\xBB\xBF"));
        QVERIFY(DialogHooks::messages().isEmpty());
    }

    void refusalsShown()
    {
        const QString other = m_city->dir().filePath(QStringLiteral("map.ods"));
        DialogHooks::setNextFileName(other);
        QVERIFY(StakeholderExporter::exportToFile(context(), nullptr).isEmpty());
        QCOMPARE(DialogHooks::messages().size(), 1);
        QVERIFY(DialogHooks::messages().first().text.contains(QStringLiteral("map.ods")));
        QVERIFY(!QFile::exists(other));

        const QString unwritable = m_city->dir().filePath(QStringLiteral("no/folder/map.xlsx"));
        DialogHooks::setNextFileName(unwritable);
        QVERIFY(StakeholderExporter::exportToFile(context(), nullptr).isEmpty());
        QCOMPARE(DialogHooks::messages().size(), 2);
        QVERIFY(DialogHooks::messages().last().text.contains(QStringLiteral("map.xlsx")));

        // Cancelled: nothing asked, nothing written.
        QVERIFY(StakeholderExporter::exportToFile(context(), nullptr).isEmpty());
        QCOMPARE(DialogHooks::messages().size(), 2);
    }
};

QTEST_MAIN(TestStakeholderExporter)
#include "TestStakeholderExporter.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "TestConfig.h"
#include "TestFiles.h"
#include "city/CityStatistics.h"
#include "storage/Schema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// passerelle-cli as a script sees it: exit codes, stdout, stderr.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;
    static Run cli(const QStringList& args) { return CliRun::run(args); }

    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.passerelle"));
        const Run r =
            cli({QStringLiteral("demo"), m_demo, QStringLiteral("--lang"), QStringLiteral("fr")});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(cli({QStringLiteral("demo")}).code, 2);
        QCOMPARE(cli({QStringLiteral("demo"), m_dir.filePath(QStringLiteral("x.passerelle")),
                      QStringLiteral("--lang"), QStringLiteral("de")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("demo"), m_dir.filePath(QStringLiteral("x.passerelle")),
                      QStringLiteral("--scale"), QStringLiteral("many")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("info"), QStringLiteral("--bogus"), m_demo}).code, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.passerelle"))));
    }

    void helpAndVersion()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("demo"));
        QVERIFY(help.out.contains("check"));
        QVERIFY(help.out.contains("info"));
        const Run demoHelp = cli({QStringLiteral("demo"), QStringLiteral("--help")});
        QCOMPARE(demoHelp.code, 0);
        QVERIFY(demoHelp.out.contains("--scale"));
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.contains(PASSERELLE_VERSION));
    }

    void demoRefusesToOverwrite()
    {
        const QByteArray before = TestFiles::hash(m_demo);
        const Run r = cli({QStringLiteral("demo"), m_demo});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(TestFiles::hash(m_demo), before);
    }

    void checkAcceptsAGoodFile()
    {
        const QByteArray before = TestFiles::hash(m_demo);
        const Run r = cli({QStringLiteral("check"), m_demo});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("OK"));
        QCOMPARE(TestFiles::hash(m_demo), before);
    }

    void checkNamesTheProblem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("text") << QByteArray("just some notes\n") << QByteArray("not-sqlite");
        QTest::newRow("empty") << QByteArray() << QByteArray("not-sqlite");
        QByteArray junk(70000, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 251);
        QTest::newRow("junk") << junk << QByteArray("not-sqlite");
    }

    void checkNamesTheProblem()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, key);
        const QString path = TestFiles::write(m_dir, QStringLiteral("bad.passerelle"), bytes);
        const QByteArray before = TestFiles::hash(path);
        const Run r = cli({QStringLiteral("check"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(key), r.err.constData());
        QCOMPARE(TestFiles::hash(path), before);
        QCOMPARE(
            cli({QStringLiteral("check"), m_dir.filePath(QStringLiteral("missing.passerelle"))})
                .code,
            1);
    }

    void infoPrintsJsonCounts()
    {
        const QByteArray before = TestFiles::hash(m_demo);
        const Run r = cli({QStringLiteral("info"), m_demo});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("format_version")).toInt(), Schema::currentVersion);
        QCOMPARE(qint64(json.value(QStringLiteral("application_id")).toDouble()),
                 qint64(0x5053524C));
        QCOMPARE(json.value(QStringLiteral("city")).toString(), QStringLiteral("Valmer"));
        for (const auto& [kind, table] : CityStatistics::kinds())
            QVERIFY2(json.contains(kind), qPrintable(kind));
        QCOMPARE(json.value(QStringLiteral("stakeholders")).toInt(), 40);
        QCOMPARE(json.value(QStringLiteral("priorities")).toInt(), 6);
        QCOMPARE(json.value(QStringLiteral("actions")).toInt(), 25);
        QCOMPARE(json.value(QStringLiteral("rounds")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("partners")).toInt(), 3);
        QVERIFY(json.value(QStringLiteral("contacts")).toInt() > 30);
        QVERIFY(json.value(QStringLiteral("relations")).toInt() > 30);
        QVERIFY(json.value(QStringLiteral("engagements")).toInt() > 30);
        QVERIFY(json.value(QStringLiteral("milestones")).toInt() > 25);
        QVERIFY(json.value(QStringLiteral("exchanges")).toInt() > 0);
        QVERIFY(json.value(QStringLiteral("practices")).toInt() > 0);
        QCOMPARE(TestFiles::hash(m_demo), before);
    }

    void infoRefusesBadFile()
    {
        const QString path = TestFiles::write(m_dir, QStringLiteral("text.passerelle"), "hello");
        const Run r = cli({QStringLiteral("info"), path});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
    }

    void scaledDemoHasProportions()
    {
        const QString path = m_dir.filePath(QStringLiteral("scale.passerelle"));
        const Run made =
            cli({QStringLiteral("demo"), path, QStringLiteral("--scale"), QStringLiteral("500")});
        QVERIFY2(made.code == 0, made.err.constData());
        const QJsonObject json =
            QJsonDocument::fromJson(cli({QStringLiteral("info"), path}).out).object();
        QCOMPARE(json.value(QStringLiteral("stakeholders")).toInt(), 500);
        QCOMPARE(json.value(QStringLiteral("actions")).toInt(), 20);
        QCOMPARE(json.value(QStringLiteral("relations")).toInt(), 1000);
        QCOMPARE(json.value(QStringLiteral("engagements")).toInt(), 500);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"

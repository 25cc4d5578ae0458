// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "TestConfig.h"
#include "TestFiles.h"
#include "checklists/TemplateFormat.h"
#include "city/CitySeeder.h"
#include "storage/CityFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// passerelle-cli scores, export-template and import-template as a script sees them.
class TestCliScores : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;
    static Run cli(const QStringList& args) { return CliRun::run(args); }

    QString newCity(const QString& name, const QString& language = QStringLiteral("en"))
    {
        CityFile::NewCity city;
        city.name = name;
        city.country = QStringLiteral("IT");
        city.language = language;
        const QString path = m_dir.filePath(name + QStringLiteral(".passerelle"));
        CityFile::OpenResult r = CitySeeder::createFile(path, city);
        return r.ok() ? path : QString();
    }

    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.passerelle"));
        const Run r = cli({QStringLiteral("demo"), m_demo});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void scoresTheLatestRound()
    {
        const QByteArray before = TestFiles::hash(m_demo);
        const Run r = cli({QStringLiteral("scores"), m_demo});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value("round").toString(), QStringLiteral("2026 review"));
        QCOMPARE(json.value("held_on").toString(), QStringLiteral("2026-03-24"));
        const QJsonArray areas = json.value("areas").toArray();
        QVERIFY(areas.size() >= 8);
        int items = 0;
        for (const QJsonValue& v : areas) {
            const QJsonObject a = v.toObject();
            QVERIFY(!a.value("key").toString().isEmpty());
            QVERIFY(!a.value("title").toString().isEmpty());
            const QJsonObject counts = a.value("counts").toObject();
            for (const char* value :
                 {"met", "partly_met", "not_met", "unknown", "not_applicable", "unanswered"})
                QVERIFY2(counts.contains(QLatin1String(value)), value);
            QVERIFY(a.value("score").isNull() ||
                    (a.value("score").toDouble() >= 0 && a.value("score").toDouble() <= 1));
            QVERIFY(a.value("coverage").toDouble() >= 0 && a.value("coverage").toDouble() <= 1);
            items += a.value("items").toInt();
        }
        const QJsonObject overall = json.value("overall").toObject();
        QCOMPARE(overall.value("items").toInt(), items);
        QVERIFY(overall.value("score").isDouble());
        QCOMPARE(TestFiles::hash(m_demo), before);
    }

    void scoresANamedRoundAndShowsProgress()
    {
        const Run first = cli({QStringLiteral("scores"), m_demo, QStringLiteral("--round"),
                               QStringLiteral("2025 baseline")});
        QVERIFY2(first.code == 0, first.err.constData());
        const QJsonObject baseline = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(baseline.value("round").toString(), QStringLiteral("2025 baseline"));
        const QJsonObject latest =
            QJsonDocument::fromJson(cli({QStringLiteral("scores"), m_demo}).out).object();
        QVERIFY(latest.value("overall").toObject().value("score").toDouble() >
                baseline.value("overall").toObject().value("score").toDouble());
    }

    void refusesUnknownRoundAndFileWithoutRounds()
    {
        const Run unknown = cli(
            {QStringLiteral("scores"), m_demo, QStringLiteral("--round"), QStringLiteral("1999")});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.out.isEmpty());
        QCOMPARE(unknown.err.count('\n'), 1);
        QVERIFY(unknown.err.contains("1999"));

        const QString empty = newCity(QStringLiteral("Capaci"));
        QVERIFY(!empty.isEmpty());
        const Run none = cli({QStringLiteral("scores"), empty});
        QCOMPARE(none.code, 1);
        QVERIFY(none.out.isEmpty());
        QCOMPARE(none.err.count('\n'), 1);

        QCOMPARE(cli({QStringLiteral("scores")}).code, 2);
        const QString text = TestFiles::write(m_dir, QStringLiteral("t.passerelle"), "hello");
        QCOMPARE(cli({QStringLiteral("scores"), text}).code, 1);
    }

    void templateTravelsBetweenCities()
    {
        const QString out = m_dir.filePath(QStringLiteral("mc2cm-fr.json"));
        const QString mentor = newCity(QStringLiteral("Jelgava"), QStringLiteral("fr"));
        const Run exported = cli({QStringLiteral("export-template"), mentor, out});
        QVERIFY2(exported.code == 0, exported.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json.value("key").toString(), QStringLiteral("mc2cm_basic_services"));
        QCOMPARE(json.value("languages").toArray(), QJsonArray{"fr"});
        // Refuses to overwrite.
        QCOMPARE(cli({QStringLiteral("export-template"), mentor, out}).code, 1);

        // Same checklist, same version: refused, file untouched.
        const QString mentee = newCity(QStringLiteral("Partinico"));
        const QByteArray before = TestFiles::hash(mentee);
        const Run same = cli({QStringLiteral("import-template"), mentee, out});
        QCOMPARE(same.code, 1);
        QCOMPARE(same.err.count('\n'), 1);
        QCOMPARE(TestFiles::hash(mentee), before);

        // A later version: accepted.
        QJsonObject v2 = json;
        v2["version"] = 2;
        const QString newer =
            TestFiles::write(m_dir, QStringLiteral("v2.json"), QJsonDocument(v2).toJson());
        const Run upgraded = cli({QStringLiteral("import-template"), mentee, newer});
        QVERIFY2(upgraded.code == 0, upgraded.err.constData());

        // Malformed: refused, file untouched.
        const QString bad = TestFiles::write(m_dir, QStringLiteral("bad.json"), "{\"format\": ");
        const QByteArray after = TestFiles::hash(mentee);
        const Run refused = cli({QStringLiteral("import-template"), mentee, bad});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains("JSON"));
        QCOMPARE(TestFiles::hash(mentee), after);
    }

    void templateThatIsNoFileIsRefusedAtOnce()
    {
        // /dev/zero was read until the program aborted; a pipe would wait for a writer.
        const QString city = newCity(QStringLiteral("Mazara"));
        const QByteArray before = TestFiles::hash(city);
        QStringList inputs{m_dir.path()};
        if (QFile::exists(QStringLiteral("/dev/zero")))
            inputs << QStringLiteral("/dev/zero");
#ifdef Q_OS_UNIX
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        inputs << fifo;
#endif
        // Over the limit, by one byte.
        inputs << TestFiles::write(m_dir, QStringLiteral("big.json"),
                                   QByteArray(qsizetype(TemplateFormat::maxBytes) + 1, ' '));
        for (const QString& input : std::as_const(inputs)) {
            QProcess p;
            p.start(QStringLiteral(PASSERELLE_CLI_PATH),
                    {QStringLiteral("import-template"), city, input});
            const bool finished = p.waitForFinished(20000);
            if (!finished)
                p.kill();
            QVERIFY2(finished, qPrintable(input));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 1);
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(err.contains("not a file") || err.contains("2 MB"), err.constData());
            QCOMPARE(TestFiles::hash(city), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliScores)
#include "TestCliScores.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/MergeTesting.h"
#include "CliRun.h"
#include "TestFiles.h"
#include "city/CitySeeder.h"
#include "storage/CityFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace MergeTesting;

// `passerelle-cli merge` as a script sees it: the counts as JSON, the same file twice leaving the
// officer's file byte for byte alone, a conflict keeping the officer's version, and refusals
// that change nothing.
class TestCliMerge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString newCity(const QString& file, const QString& name)
    {
        CityFile::NewCity city;
        city.name = name;
        const QString path = m_dir.filePath(file);
        QFile::remove(path);
        CityFile::OpenResult r =
            CityFile::create(path, city, [](QSqlDatabase db, const QString& id) {
                return CitySeeder::seed(db, id, QStringLiteral("en"));
            });
        return r.ok() ? path : QString();
    }

    // Changes a file from outside, as the partner's Passerelle would have.
    template <typename F> static void change(const QString& path, F&& work)
    {
        CityFile::OpenResult r = CityFile::open(path);
        if (!r)
            qFatal("%s", qPrintable(r.error().message()));
        work(r.value()->database());
    }

    static QJsonObject counts(const CliRun& run)
    {
        return QJsonDocument::fromJson(run.out).object();
    }

private slots:
    void countsAndIdempotence()
    {
        const QString mine = newCity(QStringLiteral("mine.passerelle"), QStringLiteral("Tangier"));
        const QString partner =
            newCity(QStringLiteral("partner.passerelle"), QStringLiteral("Mechelen"));
        change(partner, [](QSqlDatabase db) {
            addPractice(db, QStringLiteral("Welcome desk"));
            addPractice(db, QStringLiteral("Language cafe"));
        });
        const QByteArray partnerBytes = TestFiles::hash(partner);
        CliRun run = CliRun::run({QStringLiteral("merge"), mine, partner, QStringLiteral("--what"),
                                  QStringLiteral("practices")});
        QCOMPARE(run.code, 0);
        QCOMPARE(counts(run).value(QStringLiteral("added")).toInt(), 2);
        QCOMPARE(counts(run).value(QStringLiteral("conflicts")).toInt(), 0);
        QCOMPARE(TestFiles::hash(partner), partnerBytes);
        const QByteArray mineBytes = TestFiles::hash(mine);
        run = CliRun::run({QStringLiteral("merge"), mine, partner, QStringLiteral("--what"),
                           QStringLiteral("practices")});
        QCOMPARE(run.code, 0);
        QCOMPARE(counts(run).value(QStringLiteral("unchanged")).toInt(), 2);
        QCOMPARE(counts(run).value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(TestFiles::hash(mine), mineBytes);
    }

    void conflictKeepsMineAndDeletionIsKept()
    {
        const QString mine = newCity(QStringLiteral("mine2.passerelle"), QStringLiteral("Tangier"));
        const QString partner =
            newCity(QStringLiteral("partner2.passerelle"), QStringLiteral("Mechelen"));
        QString a;
        QString b;
        change(partner, [&](QSqlDatabase db) {
            a = addPractice(db, QStringLiteral("Welcome desk"));
            b = addPractice(db, QStringLiteral("Language cafe"));
        });
        QCOMPARE(CliRun::run({QStringLiteral("merge"), mine, partner}).code, 0);
        change(partner, [&](QSqlDatabase db) {
            edit(db, QStringLiteral("good_practice"), a, QStringLiteral("title"),
                 QStringLiteral("Theirs"));
            exec(db, QStringLiteral("DELETE FROM good_practice WHERE id = ?"), {b});
        });
        change(mine, [&](QSqlDatabase db) {
            edit(db, QStringLiteral("good_practice"), a, QStringLiteral("title"),
                 QStringLiteral("Mine"));
        });
        const CliRun run = CliRun::run({QStringLiteral("merge"), mine, partner});
        QCOMPARE(run.code, 0);
        QCOMPARE(counts(run).value(QStringLiteral("conflicts")).toInt(), 1);
        QCOMPARE(counts(run).value(QStringLiteral("removed_offered")).toInt(), 1);
        change(mine, [&](QSqlDatabase db) {
            QCOMPARE(dump(db, {QStringLiteral("good_practice")})
                         .join(u'\n')
                         .count(QStringLiteral("QString:Mine|")),
                     1);
            QCOMPARE(dump(db, {QStringLiteral("good_practice")}).size(), 3); // name + two rows
        });
    }

    void refusalsChangeNothing()
    {
        const QString mine = newCity(QStringLiteral("mine3.passerelle"), QStringLiteral("Tangier"));
        const QByteArray before = TestFiles::hash(mine);
        const QString notACity =
            TestFiles::write(m_dir, QStringLiteral("notes.passerelle"), "just some text\n");
        CliRun run = CliRun::run({QStringLiteral("merge"), mine, notACity});
        QCOMPARE(run.code, 1);
        QVERIFY(!run.err.isEmpty());
        run = CliRun::run({QStringLiteral("merge"), mine, mine});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains("own"));
        run = CliRun::run({QStringLiteral("merge"), mine, mine, QStringLiteral("--what"),
                           QStringLiteral("practices,dragons")});
        QCOMPARE(run.code, 2);
        QCOMPARE(TestFiles::hash(mine), before);
    }
};

QTEST_GUILESS_MAIN(TestCliMerge)
#include "TestCliMerge.moc"

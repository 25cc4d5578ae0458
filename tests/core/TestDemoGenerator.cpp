// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklists/ChecklistRepository.h"
#include "city/CityStatistics.h"
#include "city/Repositories.h"
#include "demo/DemoGenerator.h"
#include "exchange/ExchangeRepository.h"
#include "exchange/PracticeOrigin.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"
#include "profile/ProfileRepository.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderRepository.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The demo city is what a new user sees first: complete, valid, in the chosen language.
class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    static qint64 count(CityFile& file, const QString& kind)
    {
        for (const auto& [k, n] : CityStatistics::counts(file.database())) {
            if (k == kind)
                return n;
        }
        return -1;
    }

private slots:
    void demoCity_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("overviewWord");
        QTest::addColumn<QString>("cityName");
        // Each language its own city, in a country that speaks it.
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("the")
                            << QStringLiteral("Valmer");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("les")
                            << QStringLiteral("Valmer");
        QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("في")
                            << QStringLiteral("مرسى الوادي");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("los")
                            << QStringLiteral("Vegamoral");
        QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("della")
                            << QStringLiteral("Scalamare");
        QTest::newRow("el") << QStringLiteral("el") << QStringLiteral("της")
                            << QStringLiteral("Κηφισόπολη");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("de")
                            << QStringLiteral("Dijlemonde");
    }

    void everyLanguageHasItsDemo()
    {
        QCOMPARE(DemoGenerator::languages(),
                 QStringList({"en", "ar", "el", "es", "fr", "it", "nl"}));
    }

    void demoCity()
    {
        QFETCH(QString, language);
        QFETCH(QString, overviewWord);
        QFETCH(QString, cityName);
        QTemporaryDir dir;
        DemoGenerator::Options options;
        options.language = language;
        CityFile::OpenResult r =
            DemoGenerator::create(dir.filePath(QStringLiteral("demo.passerelle")), options);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
        CityFile& file = *r.value();
        QCOMPARE(count(file, QStringLiteral("stakeholders")), 40);
        QCOMPARE(count(file, QStringLiteral("priorities")), 6);
        QCOMPARE(count(file, QStringLiteral("actions")), 25);
        QCOMPARE(count(file, QStringLiteral("rounds")), 2);
        QCOMPARE(count(file, QStringLiteral("partners")), 3);
        // Every kind of record is there, so every pane has something to show.
        for (const auto& [kind, n] : CityStatistics::counts(file.database()))
            QVERIFY2(n > 0, qPrintable(kind + QStringLiteral(" is empty")));

        Repositories repos(file);
        const City city = repos.profile().city().value();
        QCOMPARE(city.name, cityName);
        // Money in the city's own currency: dirhams in the Moroccan city, euros elsewhere.
        const QString currency =
            language == QLatin1String("ar") ? QStringLiteral("MAD") : QStringLiteral("EUR");
        QVERIFY(!repos.actions().budgetLines().isEmpty());
        for (const BudgetLine& line : repos.actions().budgetLines())
            QCOMPARE(line.currency, currency);
        QCOMPARE(city.language, language);
        QVERIFY(repos.profile().sections().first().body.contains(overviewWord));

        // The practice library mixes the city's own practices with some taken from partners,
        // which keep the partner's file as their origin.
        const QList<PartnerCity> partners = repos.exchange().partners();
        int own = 0;
        int taken = 0;
        for (const GoodPractice& p : repos.exchange().practices()) {
            const PracticeOrigin origin = PracticeOrigin::of(p, file.cityId(), partners);
            own += origin.kind == PracticeOrigin::Kind::OwnCity;
            taken += origin.kind == PracticeOrigin::Kind::Partner;
            if (origin.kind == PracticeOrigin::Kind::Partner)
                QCOMPARE(origin.partnerId, p.partnerId);
        }
        QCOMPARE(own + taken, 12);
        QVERIFY(own >= 4);
        QVERIFY(taken >= 4);
        for (const PartnerCity& p : partners)
            QVERIFY(!p.contactEmail.isEmpty() && p.since.isValid());

        // Every stakeholder kind appears, contacts hang off real stakeholders.
        QSet<int> kinds;
        for (const Stakeholder& s : repos.stakeholders().stakeholders())
            kinds.insert(int(s.kind));
        QCOMPARE(kinds.size(), Stakeholder::allKinds().size());
        QVERIFY(repos.group().members().size() >= 10);
        for (const GroupMeeting& m : repos.group().meetings())
            QVERIFY(!m.attendeeMemberIds.isEmpty());

        // The second round shows progress against the first.
        const QList<AssessmentRound> rounds = repos.checklists().rounds();
        QCOMPARE(rounds.size(), 2);
        auto metCount = [&](const AssessmentRound& round) {
            int met = 0;
            for (const Answer& a : repos.checklists().answers(round.meta.id))
                met += a.value == Answer::Value::Met ? 1 : 0;
            return met;
        };
        QVERIFY(metCount(rounds.at(1)) > metCount(rounds.at(0)));
        QVERIFY(!repos.actions().lateActions(QDate(2026, 11, 22)).isEmpty());
        // A plan a year in: adopted with its baseline, each priority saying what it changes,
        // indicators measured more than once.
        QVERIFY(repos.plan().document().isAdopted());
        for (const Priority& p : repos.plan().priorities())
            QVERIFY2(!p.expectedOutcome.isEmpty(), qPrintable(p.title));
        QVERIFY(repos.actions().indicatorValues().size() > repos.actions().indicators().size());

        // The file passes SQLite's own checks, foreign keys included.
        QSqlQuery q(file.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
    }

    void sameSeedSameCity()
    {
        QTemporaryDir dir;
        DemoGenerator::Options options;
        options.scale = 300;
        auto names = [&](const QString& file) {
            CityFile::OpenResult r = DemoGenerator::create(dir.filePath(file), options);
            Repositories repos(*r.value());
            QStringList out;
            for (const Stakeholder& s : repos.stakeholders().stakeholders())
                out << s.name;
            return out;
        };
        QCOMPARE(names(QStringLiteral("a.passerelle")), names(QStringLiteral("b.passerelle")));
    }

    void scaledFileHasProportions()
    {
        QTemporaryDir dir;
        DemoGenerator::Options options;
        options.scale = 5000;
        CityFile::OpenResult r =
            DemoGenerator::create(dir.filePath(QStringLiteral("big.passerelle")), options);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
        CityFile& file = *r.value();
        QCOMPARE(count(file, QStringLiteral("stakeholders")), 5000);
        QCOMPARE(count(file, QStringLiteral("actions")), 200);
        QCOMPARE(count(file, QStringLiteral("relations")), 10000);
        QCOMPARE(count(file, QStringLiteral("engagements")), 5000);
        QVERIFY(count(file, QStringLiteral("contacts")) >= 5000);
        QSqlQuery q(file.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
    }

    // One stakeholder cannot be related to another: the smallest scale must still finish.
    void smallestScale()
    {
        QTemporaryDir dir;
        DemoGenerator::Options options;
        options.scale = 1;
        CityFile::OpenResult r =
            DemoGenerator::create(dir.filePath(QStringLiteral("one.passerelle")), options);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
        CityFile& file = *r.value();
        QCOMPARE(count(file, QStringLiteral("stakeholders")), 1);
        QCOMPARE(count(file, QStringLiteral("relations")), 0);
        QCOMPARE(count(file, QStringLiteral("engagements")), 1);
    }

    void refusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("taken.passerelle"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine");
        f.close();
        CityFile::OpenResult r = DemoGenerator::create(path, {});
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code()), int(FileError::Code::Exists));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("mine"));
    }

    void unknownLanguageIsRefused()
    {
        QTemporaryDir dir;
        DemoGenerator::Options options;
        options.language = QStringLiteral("xx");
        const QString path = dir.filePath(QStringLiteral("x.passerelle"));
        CityFile::OpenResult r = DemoGenerator::create(path, options);
        QVERIFY(!r.ok());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"

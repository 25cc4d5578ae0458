// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "city/Repositories.h"
#include "exchange/ExchangeRepository.h"
#include "exchange/PracticeOrigin.h"
#include "exchange/PracticeSearch.h"
#include "storage/CityFile.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

// The practice library's search as the officer types: every word must begin a word of the
// practice, accents and case aside; the index follows the repository; whatever is typed
// (quotes, FTS5 operators) is searched as words, never read as syntax; the LIKE fallback finds
// the same; nothing is written to the city file.
class TestPracticeSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    QString m_buddies;
    QString m_rumours;
    QString m_desk;

    ExchangeRepository& repo() { return m_city->repositories().exchange(); }

    QString addPractice(const QString& title, const QString& city, const QString& description,
                        const QString& tags)
    {
        GoodPractice p;
        p.title = title;
        p.cityName = city;
        p.description = description;
        p.tags = tags;
        const Result<void> r = repo().add(p);
        return r.ok() ? p.meta.id : QString();
    }

    QStringList schemaObjects()
    {
        QSqlQuery q(m_city->file().database());
        q.exec(QStringLiteral("SELECT name FROM sqlite_schema ORDER BY name"));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

    static void addEngines()
    {
        QTest::addColumn<PracticeSearch::Engine>("engine");
        QTest::newRow("fts5") << PracticeSearch::Engine::FullText;
        QTest::newRow("like") << PracticeSearch::Engine::Like;
    }

private slots:
    void init()
    {
        m_city = TestCity::create(QStringLiteral("Valmer"));
        m_buddies =
            addPractice(QStringLiteral("Neighbourhood buddy scheme"), QStringLiteral("Mechelen"),
                        QStringLiteral("Résidents paired with newcomers for six months"),
                        QStringLiteral("volunteers, neighbourhood"));
        m_rumours = addPractice(
            QStringLiteral("Anti-rumour posters"), QStringLiteral("Tanger"),
            QStringLiteral("Young people write the posters near schools, organised by the council"),
            QStringLiteral("youth, communication"));
        m_desk = addPractice(QStringLiteral("Guichet unique"), QStringLiteral("Lisbonne"),
                             QStringLiteral("One desk, many services"),
                             QStringLiteral("accueil, services"));
        QVERIFY(!m_buddies.isEmpty() && !m_rumours.isEmpty() && !m_desk.isEmpty());
    }

    void cleanup() { m_city.reset(); }

    void debianSqliteHasFts5()
    {
        // The fallback exists for other builds; this one must take the full-text path.
        QVERIFY(PracticeSearch::fullTextAvailable());
        PracticeSearch search(repo());
        QCOMPARE(search.engine(), PracticeSearch::Engine::FullText);
        PracticeSearch like(repo(), PracticeSearch::Engine::Like);
        QCOMPARE(like.engine(), PracticeSearch::Engine::Like);
    }

    void findsByWordPrefixAccentsAndCaseAside_data() { addEngines(); }
    void findsByWordPrefixAccentsAndCaseAside()
    {
        QFETCH(PracticeSearch::Engine, engine);
        PracticeSearch search(repo(), engine);
        using Ids = QSet<QString>;
        QCOMPARE(search.matching(QStringLiteral("post")), std::optional(Ids{m_rumours}));
        QCOMPARE(search.matching(QStringLiteral("RESIDENT")), std::optional(Ids{m_buddies}));
        QCOMPARE(search.matching(QStringLiteral("guichét")), std::optional(Ids{m_desk}));
        // Every word must match, each in any field (title, city, description, tags).
        QCOMPARE(search.matching(QStringLiteral("young tang")), std::optional(Ids{m_rumours}));
        QCOMPARE(search.matching(QStringLiteral("young mechelen")), std::optional(Ids{}));
        QCOMPARE(search.matching(QStringLiteral("servi")), std::optional(Ids{m_desk}));
        QCOMPARE(search.matching(QStringLiteral("s")),
                 std::optional(Ids{m_buddies, m_rumours, m_desk}));
        // Inside a word is not the start of one.
        QCOMPARE(search.matching(QStringLiteral("umour")), std::optional(Ids{}));
        // No word: no narrowing.
        QCOMPARE(search.matching(QStringLiteral("  ")), std::nullopt);
        QVERIFY(search.matches(m_desk, QStringLiteral("desk")));
        QVERIFY(!search.matches(m_buddies, QStringLiteral("desk")));
    }

    void hostileTextIsSearchedAsWords_data() { addEngines(); }
    void hostileTextIsSearchedAsWords()
    {
        QFETCH(PracticeSearch::Engine, engine);
        PracticeSearch search(repo(), engine);
        using Ids = QSet<QString>;
        QCOMPARE(search.matching(QStringLiteral("\"")), std::nullopt);
        // Each would be an FTS5 syntax error (no result) if it reached MATCH unquoted.
        QCOMPARE(search.matching(QStringLiteral("NEAR(")), std::optional(Ids{m_rumours}));
        QCOMPARE(search.matching(QStringLiteral("posters NEAR(young")),
                 std::optional(Ids{m_rumours}));
        QCOMPARE(search.matching(QStringLiteral("\"desk")), std::optional(Ids{m_desk}));
        QCOMPARE(search.matching(QStringLiteral("desk\" AND \"")), std::optional(Ids{}));
        QCOMPARE(search.matching(QStringLiteral("young OR posters")),
                 std::optional(Ids{m_rumours}));
        QCOMPARE(search.matching(QStringLiteral("desk OR posters")), std::optional(Ids{}));
        QCOMPARE(search.matching(QStringLiteral("guichet:unique")), std::optional(Ids{m_desk}));
        QCOMPARE(search.matching(QStringLiteral("^guichet -lisb")), std::optional(Ids{m_desk}));
        QCOMPARE(search.matching(QStringLiteral("guichet*")), std::optional(Ids{m_desk}));
        QCOMPARE(search.matching(QStringLiteral("%")), std::nullopt);
        QCOMPARE(search.matching(QStringLiteral("_ues")), std::optional(Ids{}));
        QCOMPARE(search.matching(QStringLiteral("');DROP TABLE good_practice;--")),
                 std::optional(Ids{}));
        QCOMPARE(repo().practices().size(), 3);
    }

    void followsTheRepository_data() { addEngines(); }
    void followsTheRepository()
    {
        QFETCH(PracticeSearch::Engine, engine);
        PracticeSearch search(repo(), engine);
        QSignalSpy changed(&search, &PracticeSearch::changed);
        using Ids = QSet<QString>;
        const QString added = addPractice(QStringLiteral("Employer breakfasts"),
                                          QStringLiteral("Valmer"), {}, QStringLiteral("jobs"));
        QCOMPARE(search.matching(QStringLiteral("breakf")), std::optional(Ids{added}));
        QCOMPARE(changed.count(), 1);

        GoodPractice p = repo().practice(m_desk).value();
        p.title = QStringLiteral("One-stop shop");
        QVERIFY(repo().update(p).ok());
        QCOMPARE(search.matching(QStringLiteral("guichet")), std::optional(Ids{}));
        QCOMPARE(search.matching(QStringLiteral("shop")), std::optional(Ids{m_desk}));

        Result<RowSnapshot> snapshot = repo().remove(p);
        QVERIFY(snapshot.ok());
        QCOMPARE(search.matching(QStringLiteral("shop")), std::optional(Ids{}));
        QVERIFY(repo().restore(snapshot.value()).ok());
        QCOMPARE(search.matching(QStringLiteral("shop")), std::optional(Ids{m_desk}));
        QVERIFY(changed.count() >= 4);
    }

    void cityFileHoldsNoIndex()
    {
        const QStringList before = schemaObjects();
        {
            PracticeSearch search(repo());
            QVERIFY(search.matching(QStringLiteral("desk")).has_value());
            QCOMPARE(schemaObjects(), before);
            QSqlQuery q(m_city->file().database());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM temp.sqlite_schema")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        for (const QString& name : schemaObjects())
            QVERIFY2(!name.contains(QLatin1String("fts")), qPrintable(name));
    }

    void worksOnAReadOnlyFile()
    {
        m_city->closeReadOnly();
        CityFile::OpenResult r = CityFile::open(m_city->path(), CityFile::Access::ReadOnly);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
        Repositories repos(*r.value());
        PracticeSearch search(repos.exchange());
        QCOMPARE(search.matching(QStringLiteral("desk"))->size(), 1);
    }

    void originOfPractices()
    {
        const QString partnerCity = QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        PartnerCity mechelen;
        mechelen.name = QStringLiteral("Mechelen");
        mechelen.partnerCityUuid = partnerCity;
        QVERIFY(repo().add(mechelen).ok());
        PartnerCity tangier;
        tangier.name = QStringLiteral("Tangier");
        QVERIFY(repo().add(tangier).ok());
        const QList<PartnerCity> partners = repo().partners();
        const QString own = m_city->file().cityId();

        GoodPractice p = repo().practice(m_buddies).value();
        using K = PracticeOrigin::Kind;
        QCOMPARE(PracticeOrigin::of(p, own, partners), (PracticeOrigin{K::OwnCity, {}}));
        // Taken from Mechelen's file: its origin is Mechelen's city, whatever the case.
        p.meta.originCity = partnerCity.toUpper();
        QCOMPARE(PracticeOrigin::of(p, own, partners),
                 (PracticeOrigin{K::Partner, mechelen.meta.id}));
        // From a city with no partner record: the practice's partner, if it names one.
        p.meta.originCity = QStringLiteral("9f0c0d6e-0000-4000-8000-000000000001");
        QCOMPARE(PracticeOrigin::of(p, own, partners), (PracticeOrigin{K::OtherCity, {}}));
        p.partnerId = tangier.meta.id;
        QCOMPARE(PracticeOrigin::of(p, own, partners),
                 (PracticeOrigin{K::Partner, tangier.meta.id}));
        // The officer's own, even when it names a partner.
        p.meta.originCity = own;
        QCOMPARE(PracticeOrigin::of(p, own, partners), (PracticeOrigin{K::OwnCity, {}}));
        p.meta.originCity = QStringLiteral("not a city");
        p.partnerId.clear();
        QCOMPARE(PracticeOrigin::of(p, own, partners), (PracticeOrigin{K::OtherCity, {}}));
    }
};

QTEST_GUILESS_MAIN(TestPracticeSearch)
#include "TestPracticeSearch.moc"

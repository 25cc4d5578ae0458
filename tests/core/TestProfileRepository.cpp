// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileRecords.h"
#include "RecordChecks.h"
#include "TestCity.h"
#include "city/Repositories.h"
#include "common/Validation.h"
#include "profile/ProfileRepository.h"
#include "themes/ThemeRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

namespace {
// The shared messages with the field names the repository gives (no translator is loaded).
QString required(const char* field)
{
    return Validation::required(QString(), QLatin1String(field))->message;
}
QString negative(const char* field)
{
    return Validation::notNegative(-1, QLatin1String(field))->message;
}
QString badYear(const char* field)
{
    return Validation::year(0, QLatin1String(field))->message;
}

using namespace ProfileRecords;
} // namespace

// The city and its migration profile: every record kind is added, changed, removed and
// restored with the same identity, each write is announced once with the record as stored,
// and what validation or the file refuses leaves the file and the listeners untouched.
class TestProfileRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;

    ProfileRepository& repo() { return m_city->repositories().profile(); }

    int rows(const QString& table) const { return m_city->rows(table); }

    // The counts verifyRefusedWrite compares before and after a refusal.
    auto counts()
    {
        return [this] {
            return QList<int>{rows(QStringLiteral("city")), rows(QStringLiteral("migrant_origin")),
                              rows(QStringLiteral("district")),
                              rows(QStringLiteral("profile_figure"))};
        };
    }

    // A record refused as an addition, and as an edit of a stored one, which stays as it was.
    template <typename T>
    void verifyRefusedAsNewAndAsEdit(const T& bad, const T& good,
                                     std::optional<T> (ProfileRepository::*read)(const QString&)
                                         const,
                                     const QString& expected)
    {
        verifyRefusedWrite(repo(), bad, expected, counts());
        T stored = good;
        QVERIFY(repo().add(stored).ok());
        T edited = bad;
        edited.meta = stored.meta;
        verifyRefusedWrite(repo(), edited, expected, counts());
        QCOMPARE((repo().*read)(stored.meta.id), std::optional<T>(stored));
    }

private slots:
    void init() { m_city = TestCity::create(QStringLiteral("Tangier")); }

    void cleanup() { m_city.reset(); }

    void cityIsTheOneTheFileWasMadeFor()
    {
        const Result<City> city = repo().city();
        QVERIFY(city.ok());
        QCOMPARE(city.value().name, QStringLiteral("Tangier"));
        QCOMPARE(city.value().country, QStringLiteral("MA"));
        QCOMPARE(city.value().meta.id, m_city->file().cityId());
        QCOMPARE(rows(QStringLiteral("city")), 1);
    }

    void cityUpdateIsStoredAndAnnounced()
    {
        City city = repo().city().value();
        QSignalSpy changed(&repo(), &ProfileRepository::cityChanged);
        QThread::msleep(5);
        city.name = QStringLiteral("  Tanger  ");
        city.region = QStringLiteral("Tanger-Tétouan-Al Hoceïma");
        city.population = 1275428;
        city.populationYear = 2024;
        city.populationSource = QStringLiteral("HCP");
        QVERIFY(repo().update(city).ok());
        QVERIFY(city.meta.updatedAt > city.meta.createdAt);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<City>(), city);

        m_city->reopen();
        const City stored = repo().city().value();
        // The name is stored trimmed; the rest as given.
        QCOMPARE(stored.name, QStringLiteral("Tanger"));
        QCOMPARE(stored.region, city.region);
        QCOMPARE(stored.population, std::optional<qint64>(1275428));
        QCOMPARE(stored.populationYear, std::optional<int>(2024));
        QCOMPARE(stored.populationSource, QStringLiteral("HCP"));
        QCOMPARE(stored.meta.updatedAt, city.meta.updatedAt);

        // Unknown figures go back to unknown.
        City cleared = stored;
        cleared.population.reset();
        cleared.populationYear.reset();
        QVERIFY(repo().update(cleared).ok());
        QVERIFY(!repo().city().value().population);
        QVERIFY(!repo().city().value().populationYear);
    }

    void cityRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("population");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << QString() << qint64(10) << 2020 << required("The city's name");
        QTest::newRow("blank name")
            << QStringLiteral(" \t ") << qint64(10) << 2020 << required("The city's name");
        QTest::newRow("negative population")
            << QStringLiteral("Tangier") << qint64(-1) << 2020 << negative("The population");
        QTest::newRow("year too early")
            << QStringLiteral("Tangier") << qint64(10) << 1799 << badYear("The population year");
        QTest::newRow("year too late")
            << QStringLiteral("Tangier") << qint64(10) << 2201 << badYear("The population year");
    }

    void cityRefusals()
    {
        QFETCH(QString, name);
        QFETCH(qint64, population);
        QFETCH(int, year);
        QFETCH(QString, expected);
        const City before = repo().city().value();
        City city = before;
        city.name = name;
        city.population = population;
        city.populationYear = year;
        QSignalSpy changed(&repo(), &ProfileRepository::cityChanged);
        const Result<void> r = repo().update(city);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, expected);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(repo().city().value(), before);
    }

    void sectionsAreAllThereInTheMethodsOrder()
    {
        const QList<ProfileSection> sections = repo().sections();
        QCOMPARE(sections.size(), ProfileSection::allKeys().size());
        for (qsizetype i = 0; i < sections.size(); ++i) {
            QCOMPARE(sections.at(i).key, ProfileSection::allKeys().at(i));
            QVERIFY(sections.at(i).body.isEmpty());
        }
        // Adding the missing ones again adds nothing.
        QVERIFY(m_city->repositories()
                    .store()
                    .inTransaction([this] { return repo().createMissingSections(); })
                    .ok());
        QCOMPARE(rows(QStringLiteral("profile_section")), sections.size());
    }

    void sectionUpdateIsStoredAndAnnounced()
    {
        ProfileSection section = repo().sections().at(1);
        const QString id = section.meta.id;
        QSignalSpy changed(&repo(), &ProfileRepository::sectionChanged);
        section.body = QStringLiteral("The national law of 2014 on asylum.");
        section.sources = QStringLiteral("Official bulletin");
        QVERIFY(repo().update(section).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<ProfileSection>(), section);
        m_city->reopen();
        const ProfileSection stored = repo().sections().at(1);
        QCOMPARE(stored.meta.id, id);
        QCOMPARE(stored.body, section.body);
        QCOMPARE(stored.sources, section.sources);
    }

    void originAddUpdateRemoveRestore()
    {
        QSignalSpy added(&repo(), &ProfileRepository::originAdded);
        QSignalSpy updated(&repo(), &ProfileRepository::originUpdated);
        QSignalSpy removed(&repo(), &ProfileRepository::originRemoved);
        MigrantOrigin o = origin(QStringLiteral("  Senegal "), 3200);
        QVERIFY(repo().add(o).ok());
        verifyNewMeta(o.meta, m_city->file().cityId());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).value<MigrantOrigin>(), o);
        QCOMPARE(repo().origin(o.meta.id)->country, QStringLiteral("Senegal"));

        QThread::msleep(5);
        o.country = QStringLiteral("Mali");
        o.number = 0;
        o.source.clear();
        QVERIFY(repo().update(o).ok());
        QVERIFY(o.meta.updatedAt > o.meta.createdAt);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.at(0).at(0).value<MigrantOrigin>(), o);
        QCOMPARE(repo().origin(o.meta.id), o);

        const MigrantOrigin other = [this] {
            MigrantOrigin x = origin(QStringLiteral("Guinea"), 10, 1);
            if (!repo().add(x).ok())
                qWarning("Guinea refused");
            return x;
        }();
        const QList<MigrantOrigin> before = repo().origins();
        QCOMPARE(before.size(), 2);
        Result<RowSnapshot> snap = repo().remove(o);
        QVERIFY(snap.ok());
        QCOMPARE(snap.value().count(QStringLiteral("migrant_origin")), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), o.meta.id);
        QVERIFY(!repo().origin(o.meta.id));
        QCOMPARE(repo().origins(), QList<MigrantOrigin>{other});

        QVERIFY(repo().restore(snap.value()).ok());
        QCOMPARE(added.size(), 3);
        QCOMPARE(added.at(2).at(0).value<MigrantOrigin>(), o);
        QCOMPARE(repo().origins(), before);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(removed.size(), 1);
    }

    void originsInTheFilesOrder()
    {
        MigrantOrigin b = origin(QStringLiteral("B"), 10, 1);
        MigrantOrigin a = origin(QStringLiteral("A"), 5, 0);
        MigrantOrigin c = origin(QStringLiteral("C"), 50, 1);
        for (MigrantOrigin* o : {&b, &a, &c})
            QVERIFY(repo().add(*o).ok());
        // By position, then the larger number first.
        QCOMPARE(repo().origins(), (QList<MigrantOrigin>{a, c, b}));
    }

    void originRefusals_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<qint64>("number");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no country")
            << QString() << qint64(1) << 2020 << required("The country of origin");
        QTest::newRow("blank country")
            << QStringLiteral("   ") << qint64(1) << 2020 << required("The country of origin");
        QTest::newRow("negative number")
            << QStringLiteral("Mali") << qint64(-3) << 2020 << negative("The number of migrants");
        QTest::newRow("no year") << QStringLiteral("Mali") << qint64(1) << 0 << badYear("The year");
        QTest::newRow("year too late")
            << QStringLiteral("Mali") << qint64(1) << 2201 << badYear("The year");
    }

    void originRefusals()
    {
        QFETCH(QString, country);
        QFETCH(qint64, number);
        QFETCH(int, year);
        QFETCH(QString, expected);
        MigrantOrigin o = origin(country, number);
        o.year = year;
        verifyRefusedAsNewAndAsEdit(o, origin(QStringLiteral("Kept"), 7),
                                    &ProfileRepository::origin, expected);
    }

    void districtAddUpdateRemoveRestore()
    {
        QSignalSpy added(&repo(), &ProfileRepository::districtAdded);
        QSignalSpy updated(&repo(), &ProfileRepository::districtUpdated);
        QSignalSpy removed(&repo(), &ProfileRepository::districtRemoved);
        District d = district(QStringLiteral(" Medina "));
        QVERIFY(repo().add(d).ok());
        verifyNewMeta(d.meta, m_city->file().cityId());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).value<District>(), d);
        QCOMPARE(repo().district(d.meta.id)->name, QStringLiteral("Medina"));

        // Unknown figures are stored as unknown, not as zero.
        QThread::msleep(5);
        d.name = QStringLiteral("Medina");
        d.population.reset();
        d.migrantPopulation.reset();
        d.year.reset();
        QVERIFY(repo().update(d).ok());
        QVERIFY(d.meta.updatedAt > d.meta.createdAt);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.at(0).at(0).value<District>(), d);
        m_city->reopen();
        QCOMPARE(repo().district(d.meta.id), d);
        QSignalSpy addedAgain(&repo(), &ProfileRepository::districtAdded);
        QSignalSpy removedAgain(&repo(), &ProfileRepository::districtRemoved);

        District other = district(QStringLiteral("Marshan"), 1);
        QVERIFY(repo().add(other).ok());
        const QList<District> before = repo().districts();
        Result<RowSnapshot> snap = repo().remove(d);
        QVERIFY(snap.ok());
        QCOMPARE(removedAgain.size(), 1);
        QCOMPARE(removedAgain.at(0).at(0).toString(), d.meta.id);
        QCOMPARE(repo().districts(), QList<District>{other});
        QVERIFY(repo().restore(snap.value()).ok());
        QCOMPARE(addedAgain.size(), 2);
        QCOMPARE(addedAgain.at(1).at(0).value<District>(), d);
        QCOMPARE(repo().districts(), before);
    }

    void districtRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("population");
        QTest::addColumn<qint64>("migrants");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << QString() << qint64(1) << qint64(1) << 2020
                                 << required("The district's name");
        QTest::newRow("negative population") << QStringLiteral("Medina") << qint64(-1) << qint64(1)
                                             << 2020 << negative("The population");
        QTest::newRow("negative migrants") << QStringLiteral("Medina") << qint64(1) << qint64(-1)
                                           << 2020 << negative("The migrant population");
        QTest::newRow("year too early")
            << QStringLiteral("Medina") << qint64(1) << qint64(1) << 1700 << badYear("The year");
    }

    void districtRefusals()
    {
        QFETCH(QString, name);
        QFETCH(qint64, population);
        QFETCH(qint64, migrants);
        QFETCH(int, year);
        QFETCH(QString, expected);
        District d = district(name);
        d.population = population;
        d.migrantPopulation = migrants;
        d.year = year;
        verifyRefusedAsNewAndAsEdit(d, district(QStringLiteral("Kept")),
                                    &ProfileRepository::district, expected);
    }

    void figureAddUpdateRemoveRestore()
    {
        QSignalSpy added(&repo(), &ProfileRepository::figureAdded);
        QSignalSpy updated(&repo(), &ProfileRepository::figureUpdated);
        QSignalSpy removed(&repo(), &ProfileRepository::figureRemoved);
        const QString themeId = m_city->repositories().themes().themes().constFirst().meta.id;
        ProfileFigure f = figure(QStringLiteral("Foreign-born residents"));
        f.themeId = themeId;
        QVERIFY(repo().add(f).ok());
        verifyNewMeta(f.meta, m_city->file().cityId());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).value<ProfileFigure>(), f);
        QCOMPARE(repo().figure(f.meta.id), f);

        // A figure may be negative (a change over a year) and lose its theme.
        QThread::msleep(5);
        f.value = -3.25;
        f.themeId.clear();
        QVERIFY(repo().update(f).ok());
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.at(0).at(0).value<ProfileFigure>(), f);
        QCOMPARE(repo().figure(f.meta.id), f);

        Result<RowSnapshot> snap = repo().remove(f);
        QVERIFY(snap.ok());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), f.meta.id);
        QVERIFY(repo().figures().isEmpty());
        QVERIFY(repo().restore(snap.value()).ok());
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(1).at(0).value<ProfileFigure>(), f);
        QCOMPARE(repo().figures(), QList<ProfileFigure>{f});
    }

    void figureRefusals_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no label") << QString() << 2020 << required("The figure's label");
        QTest::newRow("blank label")
            << QStringLiteral("\n") << 2020 << required("The figure's label");
        QTest::newRow("no year") << QStringLiteral("Residents") << 0 << badYear("The year");
    }

    void figureRefusals()
    {
        QFETCH(QString, label);
        QFETCH(int, year);
        QFETCH(QString, expected);
        ProfileFigure f = figure(label);
        f.year = year;
        verifyRefusedAsNewAndAsEdit(f, figure(QStringLiteral("Kept")), &ProfileRepository::figure,
                                    expected);
    }
};

QTEST_GUILESS_MAIN(TestProfileRepository)
#include "TestProfileRepository.moc"

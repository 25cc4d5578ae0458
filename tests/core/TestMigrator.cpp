// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFiles.h"
#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"
#include "profile/ProfileRepository.h"
#include "storage/CityFile.h"
#include "storage/FileHeader.h"
#include "storage/Migrator.h"
#include "storage/Schema.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Migrations step user_version one at a time, each in a transaction, after a backup copy.
class TestMigrator : public QObject
{
    Q_OBJECT

private:
    static MigrationStep builtinStep(int version)
    {
        return {version, [version](QSqlDatabase db) { return Schema::upgradeTo(db, version); }};
    }

    // A step after the current version, as the next version of Passerelle would add one.
    static MigrationStep addColumnStep()
    {
        return {Schema::currentVersion + 1, [](QSqlDatabase db) -> Result<void> {
                    QSqlQuery q(db);
                    if (!q.exec(QStringLiteral(
                            "ALTER TABLE city ADD COLUMN motto TEXT NOT NULL DEFAULT ''")))
                        return Error{q.lastError().text()};
                    return {};
                }};
    }

    static MigrationStep failingStep()
    {
        return {Schema::currentVersion + 2, [](QSqlDatabase db) -> Result<void> {
                    QSqlQuery q(db);
                    q.exec(QStringLiteral("CREATE TABLE half_done (x)"));
                    return Error{QStringLiteral("step 3 failed on purpose")};
                }};
    }

    static int userVersion(const QString& path) { return int(FileHeader::read(path).userVersion); }

private slots:
    void fixtureOfVersionOneOpens()
    {
        // A file written by the first Passerelle must open, read and write with this one.
        QTemporaryDir dir;
        const QString path = TestFiles::copyFixture(dir, QStringLiteral("city-v1.passerelle"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(userVersion(path), 1);
        CityFile::OpenResult r = CityFile::open(path);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
        Repositories repos(*r.value());
        Result<City> city = repos.profile().city();
        QVERIFY(city.ok());
        QVERIFY(!city.value().name.isEmpty());
        QVERIFY(!repos.profile().origins().isEmpty());
        City renamed = city.value();
        renamed.region = QStringLiteral("Somewhere");
        QVERIFY(repos.profile().update(renamed).ok());
        QCOMPARE(userVersion(path), Schema::currentVersion);
    }

    void versionOneBecomesCurrentWithNothingLost()
    {
        QTemporaryDir dir;
        const QString path = TestFiles::copyFixture(dir, QStringLiteral("city-v1.passerelle"));
        // Version 1 is checked against its own schema, and is not touched by reading it.
        QVERIFY(!CityFile::inspect(path).has_value());
        {
            CityFile::OpenResult r = CityFile::open(path);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
            Repositories repos(*r.value());
            // The single stakeholder of each consultation is the first of its list.
            const QList<Consultation> consultations = repos.plan().consultations();
            QCOMPARE(consultations.size(), 9);
            for (const Consultation& c : consultations)
                QCOMPARE(c.stakeholderIds.size(), 1);
            // Each indicator's current value is its first measured value, on its date.
            QCOMPARE(repos.actions().indicators().size(), 28);
            const QList<IndicatorValue> values = repos.actions().indicatorValues();
            QCOMPARE(values.size(), 23);
            const auto received =
                std::find_if(values.cbegin(), values.cend(),
                             [](const IndicatorValue& v) { return v.value == 205.0; });
            QVERIFY(received != values.cend());
            QCOMPARE(received->measuredOn, QDate(2026, 10, 31));
            QVERIFY(values.first().meta.id.size() == 36);
            // Nothing adopted yet as a baseline; new columns at their defaults.
            QVERIFY(!repos.plan().document().meta.id.size());
            for (const Action& a : repos.actions().actions())
                QVERIFY(!a.baselineEnd.isValid() && a.revision == 0);
            QCOMPARE(repos.actions().budgetLines().first().committedCents, qint64(0));
        }
        QCOMPARE(userVersion(path), Schema::currentVersion);
        // The updated file is, object for object, what a new file of this version holds.
        QVERIFY(!CityFile::inspect(path).has_value());
        QCOMPARE(userVersion(CityFile::backupPathFor(path, 1)), 1);
    }

    void stepsOneVersionAtATimeWithBackup()
    {
        QTemporaryDir dir;
        const QString path = TestFiles::copyFixture(dir, QStringLiteral("city-v1.passerelle"));
        std::vector<MigrationStep> steps = Migrator::builtinSteps();
        steps.push_back(addColumnStep());
        const Migrator migrator(steps);
        QCOMPARE(migrator.targetVersion(), Schema::currentVersion + 1);
        {
            CityFile::OpenResult r = CityFile::open(path, CityFile::Access::ReadWrite, &migrator);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
            QSqlQuery q(r.value()->database());
            QVERIFY(q.exec(QStringLiteral("SELECT motto FROM city")));
        }
        QCOMPARE(userVersion(path), Schema::currentVersion + 1);
        const QString backup = CityFile::backupPathFor(path, 1);
        QVERIFY(QFile::exists(backup));
        QCOMPARE(userVersion(backup), 1);
        QVERIFY(!CityFile::inspect(backup).has_value());
    }

    void failedStepLeavesLastCompleteVersion()
    {
        QTemporaryDir dir;
        const QString path = TestFiles::copyFixture(dir, QStringLiteral("city-v1.passerelle"));
        std::vector<MigrationStep> steps = Migrator::builtinSteps();
        steps.push_back(addColumnStep());
        steps.push_back(failingStep());
        const Migrator migrator(steps);
        CityFile::OpenResult r = CityFile::open(path, CityFile::Access::ReadWrite, &migrator);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code()), int(FileError::Code::MigrationFailed));
        QVERIFY(r.error().message().contains(QStringLiteral("backup")));
        // Every step to the added column committed, the failing one rolled back entirely.
        QCOMPARE(userVersion(path), Schema::currentVersion + 1);
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        {
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void readOnlyOlderFileIsNotTouched()
    {
        QTemporaryDir dir;
        const QString path = TestFiles::copyFixture(dir, QStringLiteral("city-v1.passerelle"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
        const QByteArray before = TestFiles::hash(path);
        const Migrator migrator({builtinStep(2)});
        CityFile::OpenResult r = CityFile::open(path, CityFile::Access::ReadWrite, &migrator);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code()), int(FileError::Code::MigrationFailed));
        QCOMPARE(TestFiles::hash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"

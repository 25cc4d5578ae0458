// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// passerelle-cli compare as a script sees it: the JSON's stable keys, the files left as they
// were, and a refused partner file named on stderr with no output.
class TestCliCompare : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_own;
    QString m_partner;

    // Raises the partner's checklist version behind Passerelle's back, as a partner who
    // updated the checklist would have it.
    static bool raiseVersion(const QString& path)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
            db.setDatabaseName(path);
            QSqlQuery q(db);
            ok = db.open() && q.exec(QStringLiteral("UPDATE checklist_template SET version = 2")) &&
                 q.exec(QStringLiteral("UPDATE assessment_round SET template_version = 2"));
            db.close();
        }
        QSqlDatabase::removeDatabase(path);
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_own = m_dir.filePath(QStringLiteral("own.passerelle"));
        m_partner = m_dir.filePath(QStringLiteral("partner.passerelle"));
        const CliRun r = CliRun::run({QStringLiteral("demo"), m_own});
        QVERIFY2(r.code == 0, r.err.constData());
        const CliRun fr = CliRun::run(
            {QStringLiteral("demo"), m_partner, QStringLiteral("--lang"), QStringLiteral("fr")});
        QVERIFY2(fr.code == 0, fr.err.constData());
        QVERIFY(raiseVersion(m_partner));
    }

    void printsTheCitiesSideBySide()
    {
        const QByteArray ownBefore = TestFiles::hash(m_own);
        const QByteArray partnerBefore = TestFiles::hash(m_partner);
        const CliRun r = CliRun::run({QStringLiteral("compare"), m_own, m_partner,
                                      QStringLiteral("--today"), QStringLiteral("2026-12-05")});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char* key :
             {"cities", "checklists", "priorities_by_theme", "budget_by_source", "warnings"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        const QJsonArray cities = json.value("cities").toArray();
        QCOMPARE(cities.size(), 2);
        const QJsonObject own = cities.at(0).toObject();
        QCOMPARE(own.value("file").toString(), m_own);
        QVERIFY(!own.value("city").toString().isEmpty());
        const QJsonObject plan = own.value("plan").toObject();
        for (const char* key : {"actions", "done", "in_progress", "delayed", "not_started", "late",
                                "cancelled", "progress"})
            QVERIFY2(plan.contains(QLatin1String(key)), key);
        QVERIFY(plan.value("actions").toInt() > 0);
        QVERIFY(own.value("practices").toObject().value("total").toInt() > 0);

        const QJsonObject checklist = json.value("checklists").toArray().at(0).toObject();
        QCOMPARE(checklist.value("versions").toArray(), QJsonArray({1, 2}));
        const QJsonArray areas = checklist.value("areas").toArray();
        QVERIFY(!areas.isEmpty());
        const QJsonObject area = areas.at(0).toObject();
        for (const char* key : {"key", "title", "median", "median_of", "cities"})
            QVERIFY2(area.contains(QLatin1String(key)), key);
        const QJsonObject cell = area.value("cities").toArray().at(0).toObject();
        for (const char* key : {"score", "coverage", "answered", "items", "change"})
            QVERIFY2(cell.contains(QLatin1String(key)), key);
        // The French demo has the same areas under the same keys: both cities are matched.
        QVERIFY(area.value("cities").toArray().at(1).isObject());

        const QJsonArray warnings = json.value("warnings").toArray();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.at(0)["kind"].toString(), QStringLiteral("version_differs"));
        QCOMPARE(warnings.at(0)["city"].toInt(), 1);
        QCOMPARE(warnings.at(0)["version"].toInt(), 2);
        QCOMPARE(warnings.at(0)["officer_version"].toInt(), 1);

        // The French demo names its funding sources in French: a source a city lacks is null.
        bool absent = false;
        for (const QJsonValue& source : json.value("budget_by_source").toArray()) {
            for (const QJsonValue& city : source["cities"].toArray())
                absent = absent || city.isNull();
        }
        QVERIFY(absent);

        QCOMPARE(TestFiles::hash(m_own), ownBefore);
        QCOMPARE(TestFiles::hash(m_partner), partnerBefore);
    }

    void refusesAnInvalidPartner()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.passerelle"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const QByteArray before = TestFiles::hash(junk);
        const CliRun r = CliRun::run({QStringLiteral("compare"), m_own, junk});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("junk.passerelle"), r.err.constData());
        QCOMPARE(TestFiles::hash(junk), before);
    }

    void needsAPartner()
    {
        const CliRun r = CliRun::run({QStringLiteral("compare"), m_own});
        QCOMPARE(r.code, 2);
        const CliRun date = CliRun::run(
            {QStringLiteral("compare"), m_own, m_partner, QStringLiteral("--today"), "soon"});
        QCOMPARE(date.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "TestCliCompare.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"
#include "TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// passerelle-cli plan: the action plan's rollups as JSON, as a partner's tools read them.
class TestCliPlan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    QJsonObject planOn(const QString& today)
    {
        const CliRun r =
            CliRun::run({QStringLiteral("plan"), m_demo, QStringLiteral("--today"), today});
        if (r.code != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.passerelle"));
        const CliRun r = CliRun::run({QStringLiteral("demo"), m_demo});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void printsTheRollupsOfTheDemoPlan()
    {
        const QByteArray before = TestFiles::hash(m_demo);
        const QJsonObject json = planOn(QStringLiteral("2026-12-04"));
        QCOMPARE(TestFiles::hash(m_demo), before); // read-only
        QCOMPARE(json.value("today").toString(), QStringLiteral("2026-12-04"));
        QCOMPARE(json.value("adopted_on").toString(), QStringLiteral("2025-09-30"));
        const int actions = json.value("actions").toInt();
        QCOMPARE(actions, 24); // 25 in the demo, one cancelled
        QCOMPARE(json.value("cancelled").toInt(), 1);
        QCOMPARE(json.value("done").toInt() + json.value("in_progress").toInt() +
                     json.value("planned").toInt() + json.value("delayed").toInt(),
                 actions);
        // A year in, some actions are late, and the delayed ones slipped two months.
        QVERIFY(json.value("late").toInt() > 0);
        QVERIFY(json.value("slipped").toInt() >= 2); // the delayed actions of adopted priorities
        QVERIFY(json.value("most_slipped_days").toInt() >= 59);
        const QJsonObject budget = json.value("budget").toObject();
        QCOMPARE(budget.value("currency").toString(), QStringLiteral("EUR"));
        double planned = 0;
        double spent = 0;
        const QJsonObject sources = budget.value("by_source").toObject();
        QVERIFY(sources.size() >= 3);
        for (const QJsonValue& source : sources) {
            planned += source.toObject().value("planned").toDouble();
            spent += source.toObject().value("spent").toDouble();
        }
        QCOMPARE(planned, budget.value("planned").toDouble());
        QCOMPARE(spent, budget.value("spent").toDouble());
        QVERIFY(spent > 0 && spent < planned);
        // Each priority with its own figures, adding up to the plan's.
        const QJsonArray priorities = json.value("priorities").toArray();
        QCOMPARE(priorities.size(), 6);
        int sum = 0;
        int late = 0;
        for (const QJsonValue& p : priorities) {
            sum += p.toObject().value("actions").toInt();
            late += p.toObject().value("late").toInt();
            QVERIFY(!p.toObject().value("title").toString().isEmpty());
        }
        QCOMPARE(sum, actions);
        QCOMPARE(late, json.value("late").toInt());
    }

    void lateDependsOnTheDay()
    {
        // Before anything was due, nothing is late.
        QCOMPARE(planOn(QStringLiteral("2024-01-01")).value("late").toInt(), 0);
        QVERIFY(planOn(QStringLiteral("2030-01-01")).value("late").toInt() >=
                planOn(QStringLiteral("2026-12-04")).value("late").toInt());
    }

    void refusesWhatItCannotRead()
    {
        QCOMPARE(CliRun::run({QStringLiteral("plan")}).code, 2);
        const CliRun badDay =
            CliRun::run({QStringLiteral("plan"), m_demo, QStringLiteral("--today"), "31/12/2026"});
        QCOMPARE(badDay.code, 2);
        QVERIFY(badDay.err.contains("YYYY-MM-DD"));
        const CliRun missing = CliRun::run(
            {QStringLiteral("plan"), m_dir.filePath(QStringLiteral("none.passerelle"))});
        QCOMPARE(missing.code, 1);
        QVERIFY(!missing.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "TestCliPlan.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "storage/ConnectionDefences.h"
#include "storage/SqliteConnection.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Every connection to a city file carries SQLite's defences for untrusted files.
class TestConnectionDefences : public QObject
{
    Q_OBJECT

private:
    static QVariant pragma(const QSqlDatabase& db, const QString& name)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
            return {};
        return q.value(0);
    }

private slots:
    void settingsOnEveryMode_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("read-write") << int(SqliteConnection::Mode::ReadWrite);
        QTest::newRow("read-only") << int(SqliteConnection::Mode::ReadOnly);
        QTest::newRow("immutable") << int(SqliteConnection::Mode::Immutable);
    }

    void settingsOnEveryMode()
    {
        QFETCH(int, mode);
        auto city = TestCity::create();
        city->close();
        Result<std::unique_ptr<SqliteConnection>> opened =
            SqliteConnection::open(city->path(), SqliteConnection::Mode(mode));
        QVERIFY(opened.ok());
        const QSqlDatabase db = opened.value()->database();
        QCOMPARE(pragma(db, QStringLiteral("trusted_schema")).toInt(), 0);
        QCOMPARE(pragma(db, QStringLiteral("cell_size_check")).toInt(), 1);
        QCOMPARE(pragma(db, QStringLiteral("mmap_size")).toInt(), 0);
        QSqlQuery q(db);
        // No native code named by a file, no second database, no writing the schema by hand.
        QVERIFY(!q.exec(QStringLiteral("SELECT load_extension('/nonexistent/evil.so')")));
        QVERIFY(!q.exec(QStringLiteral("ATTACH DATABASE ':memory:' AS other")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE sqlite_schema SET sql = sql")));
        // Values over the length limit are refused, not built.
        QVERIFY(!q.exec(
            QStringLiteral("SELECT zeroblob(%1)").arg(ConnectionDefences::maxValueBytes + 1)));
        QVERIFY(q.lastError().text().contains(QLatin1String("too big")));
    }

    void runawayStatementIsInterrupted()
    {
        auto city = TestCity::create();
        ConnectionDefences& defences = city->file().defences();
        defences.setStatementStepLimit(1'000'000);
        QSqlQuery q(city->file().database());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!q.exec(QStringLiteral("WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                       "FROM r) SELECT count(*) FROM r")));
        QVERIFY2(clock.elapsed() < 5000, "the endless statement ran on");
        QVERIFY(defences.takeInterrupted());
        QVERIFY(!defences.takeInterrupted());
        // The next statement starts with a fresh allowance.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM stakeholder")));
        QVERIFY(q.next());
        QVERIFY(!defences.takeInterrupted());
    }

    void heavyButBoundedWorkCompletes()
    {
        // The default allowance is far above what real statements need: a million rows counted
        // and summed pass.
        auto city = TestCity::create();
        QSqlQuery q(city->file().database());
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                      "FROM r LIMIT 1000000) SELECT sum(i) FROM r")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 500000500000LL);
        QVERIFY(!city->file().defences().takeInterrupted());
    }
};

QTEST_GUILESS_MAIN(TestConnectionDefences)
#include "TestConnectionDefences.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SqlRows reads what Qt's SQLite driver reads, value for value (text of every script, empty
// text, NULL, whole and decimal numbers, bytes, text that is not UTF-8), binds what it binds,
// and fails where it fails: a statement that cannot be prepared, a wrong count of values, a
// value over the connection's length limit.
#include "storage/SqlRows.h"
#include "storage/SqliteHandle.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

class TestSqlRows : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsWhatQtsDriverReads();
    void bindsWhatQtsDriverBinds();
    void refusesWhatItCannotRun();

private:
    QTemporaryDir m_dir;
    QString m_name;
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
};

void TestSqlRows::init()
{
    m_name = QUuid::createUuid().toString();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(m_dir.filePath(m_name + QStringLiteral(".sqlite")));
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (n INTEGER, v)")));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)")));
    const QVariantList values{QStringLiteral("Centre d’accueil (CIM)."),
                              QStringLiteral("مركز الاستقبال"),
                              QStringLiteral("Ελληνικά 😀 mixed"),
                              QString(QLatin1String("")),
                              QVariant(),
                              qlonglong(-9007199254740993),
                              3.25,
                              QByteArray("\x00\x01\xff", 3)};
    for (int i = 0; i < values.size(); ++i) {
        q.addBindValue(i);
        q.addBindValue(values.at(i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    // Bytes that are not UTF-8, stored as text: SQLite takes what it is given.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (100, CAST(x'41ff42c3' AS TEXT))")));
}

void TestSqlRows::cleanup()
{
    QSqlDatabase::database(m_name).close();
    QSqlDatabase::removeDatabase(m_name);
}

void TestSqlRows::readsWhatQtsDriverReads()
{
    const QString sql = QStringLiteral("SELECT n, v, typeof(v) FROM t ORDER BY n");
    QSqlQuery theirs(db());
    QVERIFY(theirs.exec(sql));
    SqlRows ours(db(), sql);
    QVERIFY(ours.isValid());
    int rows = 0;
    while (ours.next()) {
        QVERIFY(theirs.next());
        ++rows;
        const QString kind = ours.value(2).toString();
        const QVariant mine = ours.value(1);
        const QVariant qt = theirs.value(1);
        QCOMPARE(mine.isNull(), qt.isNull());
        if (ours.value(0).toInt() == 100) {
            // Not UTF-8: each decoder replaces what it cannot read; the letters around stay.
            QVERIFY(mine.toString().startsWith(QLatin1Char('A')));
            QVERIFY(mine.toString().contains(QLatin1Char('B')));
            QVERIFY(mine.toString().contains(QChar::ReplacementCharacter));
            continue;
        }
        QCOMPARE(mine.typeId(), qt.typeId());
        QCOMPARE(mine, qt);
        QCOMPARE(mine.toString(), qt.toString());
        QCOMPARE(mine.toLongLong(), qt.toLongLong());
        QCOMPARE(mine.toDouble(), qt.toDouble());
        QVERIFY(!kind.isEmpty());
    }
    QVERIFY(!theirs.next());
    QCOMPARE(rows, 9);
    QVERIFY(ours.isValid()); // the end is not an error
}

void TestSqlRows::bindsWhatQtsDriverBinds()
{
    // Each value bound both ways finds the same row, or none.
    const QString sql = QStringLiteral("SELECT n FROM t WHERE v = ? ORDER BY n");
    const QVariantList probes{QStringLiteral("مركز الاستقبال"),
                              QStringLiteral("Ελληνικά 😀 mixed"),
                              QString(QLatin1String("")),
                              qlonglong(-9007199254740993),
                              int(7),
                              true,
                              3.25,
                              QByteArray("\x00\x01\xff", 3),
                              QDate(2026, 12, 5),
                              QStringLiteral("absent")};
    for (const QVariant& probe : probes) {
        QSqlQuery theirs(db());
        QVERIFY(theirs.prepare(sql));
        theirs.addBindValue(probe);
        QVERIFY(theirs.exec());
        QList<int> expected;
        while (theirs.next())
            expected << theirs.value(0).toInt();
        SqlRows ours(db(), sql, {probe});
        QList<int> found;
        while (ours.next())
            found << ours.value(0).toInt();
        QVERIFY(ours.isValid());
        QCOMPARE(found, expected);
    }
    SqlRows nulls(db(), QStringLiteral("SELECT count(*) FROM t WHERE v IS ?"), {QVariant()});
    QVERIFY(nulls.next());
    QCOMPARE(nulls.value(0).toInt(), 1);
}

void TestSqlRows::refusesWhatItCannotRun()
{
    SqlRows wrong(db(), QStringLiteral("SELECT n FROM nowhere"));
    QVERIFY(!wrong.isValid());
    QVERIFY(!wrong.next());
    QVERIFY2(wrong.error().contains(QLatin1String("nowhere")), qPrintable(wrong.error()));

    SqlRows count(db(), QStringLiteral("SELECT n FROM t WHERE n = ?"), {1, 2});
    QVERIFY(!count.isValid());
    QVERIFY(!count.next());

    // A value longer than the connection allows (ConnectionDefences lowers the limit on a city
    // file's connection) ends the rows with SQLite's reason, as Qt's driver does.
    QSqlQuery insert(db());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO t VALUES (200, zeroblob(5000))")));
    sqlite3_limit(sqliteHandle(db()), SQLITE_LIMIT_LENGTH, 1000);
    SqlRows big(db(), QStringLiteral("SELECT v || 'x' FROM t WHERE n = 200"));
    QVERIFY(big.isValid());
    QVERIFY(!big.next());
    QVERIFY(!big.isValid());
    QVERIFY2(big.error().contains(QLatin1String("too big")), qPrintable(big.error()));
}

QTEST_GUILESS_MAIN(TestSqlRows)
#include "TestSqlRows.moc"

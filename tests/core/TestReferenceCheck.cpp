// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileMakers.h"
#include "demo/DemoGenerator.h"
#include "storage/ContentCheck.h"
#include "storage/Schema.h"
#include "storage/SchemaCheck.h"
#include "storage/SqliteConnection.h"

#include "TestFiles.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// ContentCheck::references, Passerelle's own reference check, against SQLite's
// foreign_key_check, whose verdict it must give on every file: hostile values included, a
// file another program wrote with an integer, a real or a blob where Passerelle writes text.
class TestReferenceCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A table made with one declaration and then, its values stored, given another behind
    // SQLite's back: an integer stays an integer in a column that now says TEXT, as in a file
    // written byte by byte.
    struct Table
    {
        QString name;
        QString made;
        QString declared; // empty: as made
    };

    QString newPath() { return m_dir.filePath(QStringLiteral("f%1.db").arg(++m_files)); }

    // Test files: nothing to keep if the machine stops.
    static bool exec(const QString& path, const QStringList& statements)
    {
        return HostileFiles::Make::tamper(
            path, QStringList{QStringLiteral("PRAGMA synchronous = OFF")} + statements);
    }

    static bool make(const QString& path, const QList<Table>& tables, const QStringList& filling)
    {
        QStringList made, declared{QStringLiteral("PRAGMA writable_schema = ON")};
        for (const Table& t : tables) {
            made << t.made;
            if (!t.declared.isEmpty()) {
                QString sql = t.declared;
                declared << QStringLiteral("UPDATE sqlite_schema SET sql = '%1' WHERE name = '%2'")
                                .arg(sql.replace(QLatin1Char('\''), QStringLiteral("''")), t.name);
            }
        }
        // Each step on a connection of its own, so that the next one reads the schema anew.
        return exec(path, made) && exec(path, filling) && exec(path, declared);
    }

    // SQLite's verdict on a read-write connection (where nothing is left out of its schema).
    static std::optional<bool> sqlite(const QString& path, const QString& table)
    {
        const QString name = QStringLiteral("sqlite-") + path;
        std::optional<bool> broken;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QSqlQuery q(db);
            if (db.open()) {
                q.prepare(table.isEmpty()
                              ? QStringLiteral("SELECT * FROM pragma_foreign_key_check")
                              : QStringLiteral("SELECT * FROM pragma_foreign_key_check(?)"));
                if (!table.isEmpty())
                    q.addBindValue(table);
                if (q.exec())
                    broken = q.next();
                else
                    qWarning("%s", qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return broken;
    }

    // Passerelle's, on the read-only connection its checks use.
    static std::optional<bool> ours(const QString& path, const QString& table,
                                    const QList<SchemaCheck::Reference>* expected = nullptr)
    {
        Result<std::unique_ptr<SqliteConnection>> opened =
            SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
        if (!opened)
            return std::nullopt;
        const QSqlDatabase db = opened.value()->database();
        const std::optional<ContentCheck::Finding> found =
            ContentCheck::references(db, expected ? *expected : SchemaCheck::references(db), table);
        if (found && found->damaged) {
            qWarning("%s", qPrintable(found->text));
            return std::nullopt;
        }
        return found.has_value();
    }

    // Both verdicts, on the whole file and on each table; how many tables are broken.
    static int compare(const QString& path, const QStringList& tables,
                       const QList<SchemaCheck::Reference>* expected = nullptr)
    {
        int broken = 0;
        for (const QString& table : QStringList{QString()} + tables) {
            const std::optional<bool> theirs = sqlite(path, table);
            const std::optional<bool> mine = ours(path, table, expected);
            if (!theirs || !mine || *theirs != *mine) {
                qWarning("table '%s': SQLite %d, Passerelle %d", qPrintable(table),
                         theirs ? int(*theirs) : -1, mine ? int(*mine) : -1);
                return -1;
            }
            broken += !table.isEmpty() && *mine;
        }
        return broken;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Every child value alone, and a few together, against two parent tables, for parent and
    // child columns of each affinity and collation: both verdicts on the whole file and on
    // each child table (the table-limited check of the read-only commands).
    void agreesOnEveryValue_data()
    {
        QTest::addColumn<QString>("parentKey");
        QTest::addColumn<QString>("childType");
        const QStringList keys = {
            QStringLiteral("id TEXT PRIMARY KEY"),
            QStringLiteral("id TEXT PRIMARY KEY COLLATE NOCASE"),
            QStringLiteral("id TEXT UNIQUE COLLATE RTRIM"),
            QStringLiteral("id UNIQUE"),
            QStringLiteral("id NUMERIC UNIQUE"),
            QStringLiteral("id REAL UNIQUE"),
            QStringLiteral("id INTEGER PRIMARY KEY"),
        };
        const QStringList types = {QStringLiteral("TEXT"), QString(), QStringLiteral("INTEGER"),
                                   QStringLiteral("TEXT COLLATE NOCASE")};
        for (const QString& key : keys) {
            for (const QString& type : types)
                QTest::newRow(qPrintable(key + QStringLiteral(" / ") + type)) << key << type;
        }
    }

    void agreesOnEveryValue()
    {
        QFETCH(QString, parentKey);
        QFETCH(QString, childType);
        const bool rowid = parentKey.contains(QLatin1String("INTEGER PRIMARY KEY"));
        // Values stored as they are, whatever the column's declared type.
        const QList<QStringList> parents =
            rowid ? QList<QStringList>{{QStringLiteral("5"), QStringLiteral("7"),
                                        QStringLiteral("-3")},
                                       {QStringLiteral("0"), QStringLiteral("8")}}
                  : QList<QStringList>{
                        {QStringLiteral("'5'"), QStringLiteral("7"), QStringLiteral("8.5"),
                         QStringLiteral("x'41'"), QStringLiteral("'abc '"), QStringLiteral("'ABC'"),
                         QStringLiteral("'9.0'")},
                        {QStringLiteral("''"), QStringLiteral("'5.0'"), QStringLiteral("5"),
                         QStringLiteral("x'35'"), QStringLiteral("'abc'"), QStringLiteral("' 7'"),
                         QStringLiteral("'8.5'"), QStringLiteral("-3")}};
        const QStringList single = {"5",     "'5'",   "5.0",    "'5.0'", "7",
                                    "'7'",   "' 7'",  "7.0",    "8.5",   "'8.5'",
                                    "x'35'", "x'41'", "'A'",    "'a'",   "''",
                                    "x''",   "'abc'", "'abc '", "'ABC'", "'abc  '",
                                    "NULL",  "9.0",   "'9'",    "-3",    "'-3'",
                                    "-3.0",  "1e300", "'0'",    "0",     "9223372036854775807",
                                    "'8.50'"};
        QList<QStringList> values;
        for (const QString& v : single)
            values << QStringList{v};
        // DISTINCT takes 5 and 5.0 as one value; a parent's type does not.
        values << QStringList{QStringLiteral("5"), QStringLiteral("5.0")}
               << QStringList{QStringLiteral("5.0"), QStringLiteral("5")}
               << QStringList{QStringLiteral("'5'"), QStringLiteral("x'35'")}
               << QStringList{QStringLiteral("NULL"), QStringLiteral("'abc'")}
               << QStringList{QStringLiteral("7"), QStringLiteral("'7'"), QStringLiteral("7.0")}
               << QStringList{QStringLiteral("'abc'"), QStringLiteral("'ABC'"),
                              QStringLiteral("'abc '")};

        QList<Table> tables;
        QStringList filling, children;
        for (int p = 0; p < parents.size(); ++p) {
            const QString name = QStringLiteral("p%1").arg(p);
            QString made = parentKey;
            if (!rowid)
                made.remove(QRegularExpression(QStringLiteral("\\b(TEXT|NUMERIC|REAL) ")));
            const QString sql = QStringLiteral("CREATE TABLE %1 (%2)").arg(name);
            tables << Table{name, sql.arg(made), sql.arg(parentKey)};
            for (const QString& v : parents.at(p))
                filling << QStringLiteral("INSERT INTO %1 (id) VALUES (%2)").arg(name, v);
        }
        for (int c = 0; c < values.size() * parents.size(); ++c) {
            const QString name = QStringLiteral("c%1").arg(c);
            const auto sql = [&](const QString& type) {
                return QStringLiteral("CREATE TABLE %1 (n INTEGER PRIMARY KEY, v %2 REFERENCES "
                                      "p%3(id))")
                    .arg(name, type, QString::number(c % parents.size()));
            };
            QString made = childType;
            made.remove(QRegularExpression(QStringLiteral("^(TEXT|INTEGER)")));
            tables << Table{name, sql(made), sql(childType)};
            // Half the children read through an index, as Passerelle's mostly are.
            if (c % 4 < 2)
                filling << QStringLiteral("CREATE INDEX %1_v ON %1(v)").arg(name);
            for (const QString& v : values.at(c / parents.size()))
                filling << QStringLiteral("INSERT INTO %1 (v) VALUES (%2)").arg(name, v);
            children << name;
        }
        const QString path = newPath();
        QVERIFY(make(path, tables, filling));
        const int broken = compare(path, children);
        QVERIFY(broken >= 0);
        // Both verdicts met, and many times.
        QVERIFY2(broken > 5 && broken < children.size() - 5, qPrintable(QString::number(broken)));
    }

    // The cases that matter for Passerelle's own columns (text referring to text), with the
    // verdict SQLite gives: its lookup applies the parent's type to the child value.
    void agreesOnTextKeys_data()
    {
        QTest::addColumn<QStringList>("children");
        QTest::addColumn<bool>("broken");
        QTest::newRow("the parent's text") << QStringList{"'5'"} << false;
        QTest::newRow("an integer finds its text") << QStringList{"5"} << false;
        QTest::newRow("a real is another text") << QStringList{"5.0"} << true;
        QTest::newRow("5 and then 5.0") << QStringList{"5", "5.0"} << true;
        QTest::newRow("5.0 and then 5") << QStringList{"5.0", "5"} << true;
        QTest::newRow("a blob of the same bytes") << QStringList{"x'35'"} << true;
        QTest::newRow("empty") << QStringList{"''"} << true;
        QTest::newRow("a trailing space") << QStringList{"'abc '"} << true;
        QTest::newRow("another case") << QStringList{"'ABC'"} << true;
        QTest::newRow("NULL") << QStringList{"NULL", "NULL"} << false;
        QTest::newRow("NULL beside a good one") << QStringList{"NULL", "'abc'"} << false;
    }

    void agreesOnTextKeys()
    {
        QFETCH(QStringList, children);
        QFETCH(bool, broken);
        const QString path = newPath();
        QStringList filling{QStringLiteral("INSERT INTO p VALUES ('5'), ('abc')"),
                            QStringLiteral("CREATE INDEX c_v ON c(v)")};
        for (const QString& v : children)
            filling << QStringLiteral("INSERT INTO c (v) VALUES (%1)").arg(v);
        QVERIFY(make(path,
                     {{"p", "CREATE TABLE p (id TEXT PRIMARY KEY NOT NULL)", {}},
                      {"c", "CREATE TABLE c (n INTEGER PRIMARY KEY, v REFERENCES p(id))",
                       "CREATE TABLE c (n INTEGER PRIMARY KEY, v TEXT REFERENCES p(id))"}},
                     filling));
        QCOMPARE(compare(path, {QStringLiteral("c")}), int(broken));
    }

    // Keys of two columns (none in Passerelle's schema yet): a NULL in either refers to
    // nothing; the columns are matched by name, in the key's order.
    void agreesOnKeysOfTwoColumns()
    {
        const QString path = newPath();
        const QString parent = QStringLiteral("CREATE TABLE p (a TEXT, b TEXT, UNIQUE (a, b))");
        const QString child =
            QStringLiteral("CREATE TABLE %1 (x %2, y %2, FOREIGN KEY (%3) REFERENCES p(%4))");
        QList<Table> tables{{"p", parent, {}}};
        QStringList filling{QStringLiteral("INSERT INTO p VALUES ('1', '2'), ('3', 'x')")};
        const QStringList rows = {"'1', '2'", "1, '2'",   "'1', NULL", "NULL, 'zz'", "'1', '3'",
                                  "1.0, '2'", "'2', '1'", "3, 'X'",    "'3', 'x'"};
        QStringList children;
        for (int i = 0; i < rows.size() * 2; ++i) {
            const QString name = QStringLiteral("c%1").arg(i);
            const bool reversed = i % 2;
            const QString keys = reversed ? QStringLiteral("y, x") : QStringLiteral("x, y");
            const QString parentKeys = reversed ? QStringLiteral("b, a") : QStringLiteral("a, b");
            tables << Table{name, child.arg(name, QString(), keys, parentKeys),
                            child.arg(name, QStringLiteral("TEXT"), keys, parentKeys)};
            filling << QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(name, rows.at(i / 2));
            children << name;
        }
        QVERIFY(make(path, tables, filling));
        QCOMPARE(compare(path, children), 8);
    }

    // A key naming no column refers to the parent's primary key; a table may refer to itself.
    void agreesOnImplicitAndSelfReferences()
    {
        const QString path = newPath();
        QVERIFY(
            make(path,
                 {{"p", "CREATE TABLE p (id TEXT PRIMARY KEY)", {}},
                  {"c", "CREATE TABLE c (v REFERENCES p)", "CREATE TABLE c (v TEXT REFERENCES p)"},
                  {"s", "CREATE TABLE s (id PRIMARY KEY, up REFERENCES s(id))",
                   "CREATE TABLE s (id TEXT PRIMARY KEY, up TEXT REFERENCES s(id))"}},
                 {"INSERT INTO p VALUES ('1')", "INSERT INTO c VALUES (1), ('1')",
                  "INSERT INTO s VALUES ('a', NULL), ('b', 'a'), ('2', 2), ('c', 2)"}));
        QCOMPARE(compare(path, {"c", "s"}), 0);
        QVERIFY(exec(path, {"INSERT INTO s VALUES ('d', 'A')"}));
        QCOMPARE(compare(path, {"c", "s"}), 1);
        QVERIFY(exec(path, {"INSERT INTO c VALUES (x'31')"}));
        QCOMPARE(compare(path, {"c", "s"}), 2);
    }

    // Passerelle's own schema: the references of each version are those of its files, and a
    // city file with hostile values gets SQLite's verdict from the expected references.
    void readsEachVersionsReferences()
    {
        for (int version = 1; version <= Schema::currentVersion; ++version)
            QVERIFY(!SchemaCheck::expected(version).references.isEmpty());
        const QString v1 = TestFiles::copyFixture(m_dir, QStringLiteral("city-v1.passerelle"));
        Result<std::unique_ptr<SqliteConnection>> opened =
            SqliteConnection::open(v1, SqliteConnection::Mode::ReadOnly);
        QVERIFY(opened);
        QCOMPARE(SchemaCheck::references(opened.value()->database()),
                 SchemaCheck::expected(1).references);
    }

    void agreesOnACityFile()
    {
        const QString path = newPath();
        QVERIFY(DemoGenerator::create(path, {}));
        const QList<SchemaCheck::Reference>& expected = SchemaCheck::expected().references;
        QStringList tables;
        for (const SchemaCheck::Reference& r : expected)
            tables << r.table;
        tables.removeDuplicates();
        QCOMPARE(compare(path, tables, &expected), 0);

        // An action whose id is a number's text, a milestone referring to it by the number.
        const QString milestone = QStringLiteral("action_id TEXT NOT NULL REFERENCES action(id)");
        const QString made = QStringLiteral("action_id NOT NULL REFERENCES action(id)");
        const auto retype = [&](const QString& from, const QString& to) {
            return exec(path, {QStringLiteral("PRAGMA writable_schema = ON"),
                               QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, '%1', "
                                              "'%2') WHERE name = 'milestone'")
                                   .arg(from, to)});
        };
        const auto setTo = [&](const QString& value) {
            return retype(milestone, made) &&
                   exec(path, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                               QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                               QStringLiteral("UPDATE milestone SET action_id = %1 WHERE rowid = "
                                              "(SELECT min(rowid) FROM milestone)")
                                   .arg(value)}) &&
                   retype(made, milestone);
        };
        QVERIFY(exec(path, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                            QStringLiteral("CREATE TEMP TABLE a AS SELECT * FROM action LIMIT 1"),
                            QStringLiteral("UPDATE a SET id = '12345'"),
                            QStringLiteral("INSERT INTO action SELECT * FROM a")}));
        QVERIFY(setTo(QStringLiteral("12345")));
        QCOMPARE(compare(path, tables, &expected), 0);
        QVERIFY(setTo(QStringLiteral("12345.0")));
        QCOMPARE(compare(path, tables, &expected), 1);
        QVERIFY(setTo(QStringLiteral("x'3132333435'")));
        QCOMPARE(compare(path, tables, &expected), 1);
        QVERIFY(setTo(QStringLiteral("'12345'")));
        QCOMPARE(compare(path, tables, &expected), 0);
    }

    // The one place the two differ: Passerelle reads the referencing column from its index,
    // SQLite from the records. An index that no longer matches its table (written behind
    // SQLite's back) can hide a broken reference from the opening check, as it hides any other
    // value from quick_check; the thorough check (`passerelle-cli check`) names the index.
    void aStaleIndexIsFoundByTheThoroughCheck()
    {
        const QString path = newPath();
        QVERIFY(DemoGenerator::create(path, {}));
        QString sql;
        int root = 0;
        {
            Result<std::unique_ptr<SqliteConnection>> opened =
                SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
            QVERIFY(opened);
            QSqlQuery q(opened.value()->database());
            QVERIFY(q.exec(QStringLiteral("SELECT sql, rootpage FROM sqlite_schema WHERE name = "
                                          "'milestone_action'")) &&
                    q.next());
            sql = q.value(0).toString();
            root = q.value(1).toInt();
        }
        // The index left out of the schema while a record changes, then put back as it was.
        QVERIFY(exec(path, {QStringLiteral("PRAGMA writable_schema = ON"),
                            QStringLiteral("DELETE FROM sqlite_schema WHERE name = "
                                           "'milestone_action'")}));
        QVERIFY(exec(path, {QStringLiteral("UPDATE milestone SET action_id = "
                                           "'00000000-0000-0000-0000-000000000000' WHERE rowid "
                                           "= (SELECT min(rowid) FROM milestone)")}));
        QVERIFY(exec(path, {QStringLiteral("PRAGMA writable_schema = ON"),
                            QStringLiteral("INSERT INTO sqlite_schema VALUES ('index', "
                                           "'milestone_action', 'milestone', %1, '%2')")
                                .arg(root)
                                .arg(sql)}));
        QCOMPARE(sqlite(path, QStringLiteral("milestone")), std::optional<bool>(true));
        QCOMPARE(ours(path, QStringLiteral("milestone"), &SchemaCheck::expected().references),
                 std::optional<bool>(false));
        Result<std::unique_ptr<SqliteConnection>> opened =
            SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
        QVERIFY(opened);
        const std::optional<ContentCheck::Finding> found = ContentCheck::run(
            opened.value()->database(), ContentCheck::Depth::Thorough, SchemaCheck::expected());
        QVERIFY(found);
        QVERIFY2(found->text.contains(QLatin1String("milestone_action")), qPrintable(found->text));
    }
};

QTEST_GUILESS_MAIN(TestReferenceCheck)
#include "TestReferenceCheck.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoGenerator.h"
#include "plan/PlanData.h"
#include "storage/CityFile.h"
#include "storage/FileError.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// CityFile::openToRead: a read-only command (export-ics, plan) checks the tables it reads and
// nothing else, so a large file opens fast; what it reads is checked as strictly as ever.
class TestOpenToRead : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    QString copy()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy%1.passerelle").arg(++m_copies));
        return QFile::copy(m_demo, path) ? path : QString();
    }

    // Changes a copy behind Passerelle's back, as another program could.
    static bool tamper(const QString& path, const QStringList& statements)
    {
        const QString name = QStringLiteral("tamper-") + path;
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ok = db.open();
            QSqlQuery q(db);
            for (const QString& s : statements)
                ok = ok && q.exec(s);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    static int pageSize(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray header = f.read(18);
        const int size = (quint8(header[16]) << 8) | quint8(header[17]);
        return size == 1 ? 65536 : size;
    }

    static int rootPage(const QString& path, const QString& table)
    {
        const QString name = QStringLiteral("root-") + path;
        int page = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QSqlQuery q(db);
            if (db.open() &&
                q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE "
                                      "name = '%1'")
                           .arg(table)) &&
                q.next())
                page = q.value(0).toInt();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return page;
    }

    // Overwrites the first page of a table's records with noise, as a bad sector would.
    static bool damageRootPage(const QString& path, const QString& table)
    {
        const int page = rootPage(path, table);
        const int size = pageSize(path);
        QFile f(path);
        if (page <= 1 || size <= 0 || !f.open(QIODevice::ReadWrite) ||
            !f.seek(qint64(page - 1) * size))
            return false;
        return f.write(QByteArray(size, '\xee')) == size;
    }

    static QString refusal(const CityFile::OpenResult& opened)
    {
        return opened ? QString() : opened.error().key();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.passerelle"));
        QVERIFY(DemoGenerator::create(m_demo, {}));
    }

    void opensAGoodFileReadOnly()
    {
        const QString path = copy();
        CityFile::OpenResult opened = CityFile::openToRead(path, PlanData::tables());
        QVERIFY2(opened, qPrintable(refusal(opened)));
        QVERIFY(opened.value()->isReadOnly());
    }

    void aBrokenRuleInATableNotReadDoesNotStopIt()
    {
        const QString path = copy();
        QVERIFY(tamper(path, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                              QStringLiteral("UPDATE stakeholder SET kind = 'dragon'")}));
        QCOMPARE(refusal(CityFile::open(path, CityFile::Access::ReadOnly)),
                 QStringLiteral("rules-broken"));
        QVERIFY(CityFile::openToRead(path, PlanData::tables()));
    }

    void aDamagedTableNotReadDoesNotStopIt()
    {
        const QString path = copy();
        QVERIFY(damageRootPage(path, QStringLiteral("answer")));
        QCOMPARE(refusal(CityFile::open(path, CityFile::Access::ReadOnly)),
                 QStringLiteral("damaged"));
        QVERIFY(CityFile::openToRead(path, PlanData::tables()));
    }

    void aDamagedTableReadIsRefused()
    {
        const QString path = copy();
        QVERIFY(damageRootPage(path, QStringLiteral("milestone")));
        QCOMPARE(refusal(CityFile::openToRead(path, PlanData::tables())),
                 QStringLiteral("damaged"));
    }

    void aBrokenRuleInATableReadIsRefused_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("action status")
            << QStringList{QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                           QStringLiteral("UPDATE action SET status = 'dragon'")};
        QTest::newRow("reference to nothing")
            << QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"),
                           QStringLiteral("UPDATE milestone SET action_id = "
                                          "'00000000-0000-0000-0000-000000000000'")};
        QTest::newRow("the city, always read") << QStringList{
            QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("DELETE FROM city")};
        QTest::newRow("personal-data list") << QStringList{
            QStringLiteral("DELETE FROM personal_data WHERE table_name = 'contact_person'")};
    }

    void aBrokenRuleInATableReadIsRefused()
    {
        QFETCH(QStringList, statements);
        const QString path = copy();
        QVERIFY(tamper(path, statements));
        QCOMPARE(refusal(CityFile::openToRead(path, PlanData::tables())),
                 QStringLiteral("rules-broken"));
        // Refused without a byte of it changed.
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    void aChangedStructureIsRefusedWhateverTheTables()
    {
        const QString path = copy();
        QVERIFY(tamper(path, {QStringLiteral("CREATE TABLE extra (x)")}));
        QCOMPARE(refusal(CityFile::openToRead(path, PlanData::tables())),
                 QStringLiteral("structure-changed"));
    }
};

QTEST_GUILESS_MAIN(TestOpenToRead)
#include "TestOpenToRead.moc"

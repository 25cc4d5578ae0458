// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFiles.h"
#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "profile/ProfileRepository.h"
#include "storage/CityFile.h"
#include "storage/FileHeader.h"
#include "storage/Schema.h"
#include "themes/ThemeRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Opening never harms a file: each refused case keeps the bytes exactly as they were.
class TestCityFile : public QObject
{
    Q_OBJECT

private:
    static CityFile::OpenResult makeCity(const QString& path,
                                         const QString& name = QStringLiteral("Livadia"))
    {
        CityFile::NewCity city;
        city.name = name;
        city.country = QStringLiteral("GR");
        return CitySeeder::createFile(path, city);
    }

    static void expectRefused(const QString& path, FileError::Code code)
    {
        const QByteArray before = TestFiles::hash(path);
        CityFile::OpenResult r = CityFile::open(path);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code()), int(code));
        QVERIFY(r.error().message().contains(QFileInfo(path).fileName()));
        QCOMPARE(TestFiles::hash(path), before);
    }

private slots:
    void createsSchemaWithIdentity()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("livadia.passerelle"));
        CityFile::OpenResult r = makeCity(path);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
        std::unique_ptr<CityFile> file = r.take();
        QVERIFY(!file->isReadOnly());
        QCOMPARE(file->cityId().size(), 36);

        const FileHeader header = FileHeader::read(path);
        QCOMPARE(header.applicationId, Schema::applicationId);
        QCOMPARE(int(header.userVersion), Schema::currentVersion);

        QSqlQuery q(file->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL

        // Every record table carries the four identity columns.
        const QStringList tables = Schema::recordTables(file->database());
        QVERIFY(tables.size() >= 30);
        for (const QString& table : tables) {
            QSqlQuery cols(file->database());
            QVERIFY(
                cols.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
            QStringList names;
            while (cols.next())
                names << cols.value(0).toString();
            for (const char* c : {"id", "created_at", "updated_at", "origin_city"})
                QVERIFY2(names.contains(QLatin1String(c)),
                         qPrintable(table + QLatin1Char('.') + QLatin1String(c)));
        }

        Repositories repos(*file);
        QCOMPARE(repos.themes().themes().size(), 11);
        QCOMPARE(repos.profile().sections().size(), 6);
        Result<City> city = repos.profile().city();
        QVERIFY(city.ok());
        QCOMPARE(city.value().name, QStringLiteral("Livadia"));
        QCOMPARE(city.value().meta.originCity, file->cityId());
    }

    void refusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = TestFiles::write(dir, QStringLiteral("x.passerelle"), "precious");
        CityFile::OpenResult r = makeCity(path);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code()), int(FileError::Code::Exists));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
    }

    void refusesMissingFile()
    {
        QTemporaryDir dir;
        CityFile::OpenResult r = CityFile::open(dir.filePath(QStringLiteral("none.passerelle")));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code()), int(FileError::Code::NotFound));
    }

    void refusesNonSqlite()
    {
        QTemporaryDir dir;
        expectRefused(
            TestFiles::write(dir, QStringLiteral("notes.passerelle"), "Hello, this is text\n"),
            FileError::Code::NotSqlite);
        expectRefused(TestFiles::write(dir, QStringLiteral("empty.passerelle"), QByteArray()),
                      FileError::Code::NotSqlite);
    }

    void refusesOtherApplication()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        expectRefused(path, FileError::Code::OtherApplication);
    }

    void refusesNewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.passerelle"));
        QVERIFY(makeCity(path).ok());
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        expectRefused(path, FileError::Code::TooNew);
        QVERIFY(CityFile::open(path).error().message().contains(QStringLiteral("99")));
    }

    void refusesDamagedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.passerelle"));
        QVERIFY(makeCity(path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        // Scribble over the middle pages, leaving the header intact.
        f.seek(4096 + 100);
        f.write(QByteArray(int(size) - 4096 - 200, '\xA5'));
        f.close();
        expectRefused(path, FileError::Code::Damaged);

        // A truncated file is refused too.
        const QString cut = dir.filePath(QStringLiteral("cut.passerelle"));
        QVERIFY(makeCity(cut).ok());
        QFile c(cut);
        QVERIFY(c.resize(4096 + 512));
        expectRefused(cut, FileError::Code::Damaged);
    }

    void refusesSecondOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("twice.passerelle"));
        CityFile::OpenResult first = makeCity(path);
        QVERIFY(first.ok());
        expectRefused(path, FileError::Code::AlreadyOpen);
        first.value().reset();
        QVERIFY(CityFile::open(path).ok());
    }

    void readOnlyFileOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.passerelle"));
        QVERIFY(makeCity(path).ok());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
        const QByteArray before = TestFiles::hash(path);
        {
            CityFile::OpenResult r = CityFile::open(path);
            QVERIFY(r.ok());
            QVERIFY(r.value()->isReadOnly());
            QCOMPARE(int(r.value()->readOnlyReason()),
                     int(CityFile::ReadOnlyReason::FileNotWritable));
            Repositories repos(*r.value());
            Result<City> city = repos.profile().city();
            QVERIFY(city.ok());
            City changed = city.value();
            changed.name = QStringLiteral("Elsewhere");
            QVERIFY(!repos.profile().update(changed).ok());
        }
        QCOMPARE(TestFiles::hash(path), before);
    }

    void readOnlyFolderOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString sub = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(sub));
        const QString path = sub + QStringLiteral("/city.passerelle");
        QVERIFY(makeCity(path).ok());
        QVERIFY(QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser |
                                               QFile::ExeUser));
        const QByteArray before = TestFiles::hash(path);
        {
            CityFile::OpenResult r = CityFile::open(path);
            QVERIFY(r.ok());
            QVERIFY(r.value()->isReadOnly());
        }
        QCOMPARE(TestFiles::hash(path), before);
        QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void saveCopyIsConsistent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.passerelle"));
        CityFile::OpenResult r = makeCity(path);
        QVERIFY(r.ok());
        const QString copy = dir.filePath(QStringLiteral("copy.passerelle"));
        QVERIFY(r.value()->saveCopyAs(copy).ok());
        QVERIFY(!r.value()->saveCopyAs(path).ok());
        QVERIFY(!CityFile::inspect(copy).has_value());
        const FileHeader header = FileHeader::read(copy);
        QCOMPARE(header.applicationId, Schema::applicationId);
        CityFile::OpenResult c = CityFile::open(copy);
        QVERIFY(c.ok());
        QCOMPARE(c.value()->cityId(), r.value()->cityId());
    }
};

QTEST_GUILESS_MAIN(TestCityFile)
#include "TestCityFile.moc"

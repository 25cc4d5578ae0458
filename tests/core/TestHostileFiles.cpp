// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileFiles.h"
#include "TestFiles.h"
#include "city/Repositories.h"
#include "profile/ProfileRepository.h"
#include "storage/CityFile.h"
#include "storage/FileHeader.h"

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

// Every damaged or hostile file is refused with its own message, or opened safely; a refused
// file, and everything beside it, keeps its bytes.
class TestHostileFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_baseDir;
    QString m_base;

    // The bytes of every file in the folder (lock files come and go with an open file).
    static QMap<QString, QByteArray> snapshot(const QString& folder)
    {
        QMap<QString, QByteArray> files;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(QLatin1String(".lock")) && it.fileInfo().isFile())
                files.insert(path, TestFiles::hash(path));
        }
        return files;
    }

    static QString keyOf(const std::optional<FileError>& error)
    {
        return error ? error->key() : QString();
    }

    static QString keyOf(const CityFile::OpenResult& result)
    {
        return result ? QString() : result.error().key();
    }

    static void makeWritable(const QString& folder)
    {
        QDirIterator it(folder, QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!it.fileInfo().isSymLink())
                QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_baseDir.isValid());
        m_base = HostileFiles::makeBase(m_baseDir.path());
        QVERIFY(!m_base.isEmpty());
        QVERIFY(!CityFile::inspect(m_base, ContentCheck::Depth::Thorough).has_value());
    }

    void atLeastFortyKinds() { QVERIFY(HostileFiles::kinds().size() >= 40); }

    void eachKind_data()
    {
        QTest::addColumn<int>("index");
        const QList<HostileFiles::Kind> kinds = HostileFiles::kinds();
        for (int i = 0; i < kinds.size(); ++i)
            QTest::newRow(qPrintable(kinds.at(i).name)) << i;
    }

    void eachKind()
    {
        QFETCH(int, index);
        const HostileFiles::Kind kind = HostileFiles::kinds().at(index);
        QTemporaryDir dir;
        const QString path = kind.make(dir.path(), m_base);
        QVERIFY2(!path.isEmpty(), "the hostile file could not be made");
        const QMap<QString, QByteArray> before = snapshot(dir.path());

        // Reading only: the checks, `check`, and a read-only opening never change a byte.
        const std::optional<FileError> opening = CityFile::inspect(path);
        QCOMPARE(keyOf(opening), kind.opening);
        if (opening) {
            QVERIFY(!opening->message().isEmpty());
            QVERIFY2(!opening->message().contains(QLatin1String("Parameter count")),
                     qPrintable(opening->message()));
        }
        QCOMPARE(keyOf(CityFile::inspect(path, ContentCheck::Depth::Thorough)), kind.thorough);
        {
            CityFile::OpenResult readOnly = CityFile::open(path, CityFile::Access::ReadOnly);
            QCOMPARE(keyOf(readOnly), kind.opening);
            if (readOnly) {
                // A file that opens can be read through the repositories.
                auto repos = std::make_unique<Repositories>(*readOnly.value());
                QVERIFY(repos->profile().city().ok());
            }
        }
        QCOMPARE(snapshot(dir.path()), before);

        CityFile::OpenResult writable = CityFile::open(path);
        QCOMPARE(keyOf(writable), kind.readWrite);
        if (!writable) {
            QCOMPARE(snapshot(dir.path()), before);
        } else {
            QCOMPARE(int(writable.value()->recovery()), int(kind.recovery));
            auto repos = std::make_unique<Repositories>(*writable.value());
            Result<City> city = repos->profile().city();
            repos.reset();
            QVERIFY(city.ok());
            QCOMPARE(city.value().name, QStringLiteral("Livadia"));
            if (kind.recovery == Recovery::Outcome::TookInLog && kind.name.endsWith("with-log"))
                QCOMPARE(city.value().region, QStringLiteral("From the log"));
            if (kind.recovery == Recovery::Outcome::None && kind.name != "garbage-journal" &&
                !kind.name.startsWith(QLatin1String("log-mode")))
                QCOMPARE(snapshot(dir.path()), before);
            writable = FileError(FileError::Code::NotFound, path); // closes the file
            // Whatever opening did, the file is now one Passerelle writes: no journal, no log.
            QVERIFY(!QFile::exists(path + QStringLiteral("-journal")) ||
                    kind.name.endsWith(QLatin1String("journal")));
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
            QVERIFY(!FileHeader::read(path).walMode);
            if (kind.thorough.isEmpty())
                QVERIFY(!CityFile::inspect(path, ContentCheck::Depth::Thorough).has_value());
        }
        makeWritable(dir.path());
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "TestHostileFiles.moc"

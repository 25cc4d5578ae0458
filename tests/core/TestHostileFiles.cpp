// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileFiles.h"
#include "TestFiles.h"
#include "city/Repositories.h"
#include "profile/ProfileRepository.h"
#include "storage/CityFile.h"
#include "storage/ContentCheck.h"
#include "storage/FileHeader.h"

#include <QFile>
#include <QMap>
#include <QSignalSpy>
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

    static QString keyOf(const std::optional<FileError>& error)
    {
        return error ? error->key() : QString();
    }

    static QString keyOf(const CityFile::OpenResult& result)
    {
        return result ? QString() : result.error().key();
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
        const QMap<QString, QByteArray> before = TestFiles::snapshot(dir.path());

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
        QCOMPARE(TestFiles::snapshot(dir.path()), before);

        CityFile::OpenResult writable = CityFile::open(path);
        QCOMPARE(keyOf(writable), kind.readWrite);
        if (!writable) {
            QCOMPARE(TestFiles::snapshot(dir.path()), before);
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
                QCOMPARE(TestFiles::snapshot(dir.path()), before);
            writable = FileError(FileError::Code::NotFound, path); // closes the file
            // Whatever opening did, the file is now one Passerelle writes: no journal, no log.
            QVERIFY(!QFile::exists(path + QStringLiteral("-journal")) ||
                    kind.name.endsWith(QLatin1String("journal")));
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
            QVERIFY(!FileHeader::read(path).walMode);
            if (kind.thorough.isEmpty())
                QVERIFY(!CityFile::inspect(path, ContentCheck::Depth::Thorough).has_value());
        }
        TestFiles::makeWritable(dir.path());
    }

    void eachKindCheckedInBackground_data() { eachKind_data(); }

    void eachKindCheckedInBackground()
    {
        // The desktop program checks a large file's content once its window is shown: the same
        // kinds end the same way, only later, and nothing is written meanwhile.
        QFETCH(int, index);
        const HostileFiles::Kind kind = HostileFiles::kinds().at(index);
        QTemporaryDir dir;
        const QString path = kind.make(dir.path(), m_base);
        QVERIFY(!path.isEmpty());
        const QMap<QString, QByteArray> before = TestFiles::snapshot(dir.path());
        CityFile::OpenResult opened = CityFile::open(path, CityFile::Access::ReadWrite, nullptr,
                                                     CityFile::Checking::InBackground);
        QString key = keyOf(opened);
        if (opened) {
            CityFile& file = *opened.value();
            if (file.contentState() == CityFile::ContentState::Checking) {
                auto repos = std::make_unique<Repositories>(file);
                Result<City> city = repos->profile().city();
                if (city) {
                    City renamed = city.value();
                    renamed.name = QStringLiteral("Renamed while checking");
                    QVERIFY(!repos->profile().update(renamed).ok());
                }
                QSignalSpy checked(&file, &CityFile::contentChecked);
                QVERIFY(checked.wait(20000));
                QCOMPARE(checked.count(), 1);
            }
            key = keyOf(file.contentProblem());
            QCOMPARE(file.contentState() == CityFile::ContentState::Refused, !key.isEmpty());
        }
        QCOMPARE(key, kind.readWrite);
        opened = FileError(FileError::Code::NotFound, path);
        if (!key.isEmpty())
            QCOMPARE(TestFiles::snapshot(dir.path()), before);
        TestFiles::makeWritable(dir.path());
    }

    void closingDuringTheCheckStopsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.passerelle"));
        QVERIFY(QFile::copy(m_base, path));
        for (int i = 0; i < 20; ++i) {
            CityFile::OpenResult opened = CityFile::open(path, CityFile::Access::ReadWrite, nullptr,
                                                         CityFile::Checking::InBackground);
            QVERIFY(opened.ok());
        }
        QVERIFY(!CityFile::inspect(path, ContentCheck::Depth::Thorough).has_value());
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "TestHostileFiles.moc"

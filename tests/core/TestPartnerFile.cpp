// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileFiles.h"
#include "HostileMakers.h"
#include "TestFiles.h"
#include "city/Repositories.h"
#include "exchange/PartnerFile.h"
#include "profile/ProfileRepository.h"
#include "storage/CityFile.h"
#include "storage/FileHeader.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A partner's file is read from a private copy: the partner's file and everything beside it
// keep their bytes, nothing is made beside it, the officer's own file is never touched, and
// the private copy goes when the partner's file is closed.
class TestPartnerFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_baseDir;
    QString m_base;

    // A copy of the base city with what sharing writes into file_meta (values as given).
    QString shared(const QTemporaryDir& dir, const QList<QPair<QString, QString>>& meta) const
    {
        const QString path = HostileFiles::Make::copyBase(dir.path(), m_base);
        QStringList sql;
        for (const auto& [key, value] : meta)
            sql << QStringLiteral("INSERT INTO file_meta (key, value) VALUES ('%1', %2)")
                       .arg(key, value);
        return sql.isEmpty() || HostileFiles::Make::tamper(path, sql) ? path : QString();
    }
    static QStringList names(const QString& folder)
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                      QDir::NoDotAndDotDot);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_baseDir.isValid());
        m_base = HostileFiles::makeBase(m_baseDir.path());
        QVERIFY(!m_base.isEmpty());
    }

    void sharedFileOpensFromAPrivateCopy()
    {
        QTemporaryDir dir;
        const QString path = shared(
            dir, {{QStringLiteral("shared_by_city"), QStringLiteral("'Mechelen'")},
                  {QStringLiteral("shared_by_city_id"), QStringLiteral("'abc-123'")},
                  {QStringLiteral("shared_at"), QStringLiteral("'2026-12-05T01:02:03.456Z'")},
                  {QStringLiteral("shared_with_personal_data"), QStringLiteral("'0'")}});
        QVERIFY(!path.isEmpty());
        const QMap<QString, QByteArray> before = TestFiles::snapshot(dir.path());
        const QStringList namesBefore = names(dir.path());
        QString folder;
        {
            PartnerFile::OpenResult opened = PartnerFile::open(path);
            QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message()));
            const PartnerFile& partner = *opened.value();
            folder = partner.privateFolder();
            QVERIFY(QDir(folder).exists());
            // The owner's alone: no one else on the computer can read the partner's records.
            const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup |
                                              QFile::ExeGroup | QFile::ReadOther |
                                              QFile::WriteOther | QFile::ExeOther;
            QCOMPARE(QFileInfo(folder).permissions() & others, QFile::Permissions());
            QCOMPARE(QFileInfo(partner.file().path()).permissions() & others, QFile::Permissions());
            QVERIFY(partner.file().path().startsWith(QDir(folder).absolutePath() + "/"));
            QVERIFY(partner.file().isReadOnly());
            QCOMPARE(partner.originalPath(), QFileInfo(path).absoluteFilePath());
            QCOMPARE(partner.sharedBy(), QStringLiteral("Mechelen"));
            QCOMPARE(partner.sharedByCityId(), QStringLiteral("abc-123"));
            QCOMPARE(partner.sharedAt(),
                     QDateTime(QDate(2026, 12, 5), QTime(1, 2, 3, 456), Qt::UTC));
            QCOMPARE(partner.withPersonalData(), std::optional<bool>(false));
            QCOMPARE(partner.file().lastWrite(), QFileInfo(path).lastModified().toUTC());
            QVERIFY(!partner.wasUpdated());
            // Readable through the repositories, and nothing can be written.
            Repositories repos(partner.file());
            QCOMPARE(repos.profile().city().value().name, QStringLiteral("Livadia"));
            QSqlQuery write(partner.file().database());
            QVERIFY(!write.exec(QStringLiteral("UPDATE city SET name = 'Changed'")));
            // The partner's file while it is open: untouched, nothing beside it.
            QCOMPARE(TestFiles::snapshot(dir.path()), before);
            QCOMPARE(names(dir.path()), namesBefore);
        }
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(TestFiles::snapshot(dir.path()), before);
        QCOMPARE(names(dir.path()), namesBefore);
    }

    void whatTheFileSaysOfItsSharingIsUntrusted_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("personal");
        QTest::addColumn<QString>("expectedBy");
        // Absent: the file's own city, date and personal data unknown.
        QTest::newRow("absent") << QString() << QString() << QString() << "Livadia";
        // (A value that is not text breaks the file's rules: the whole file is refused.)
        QTest::newRow("numbers") << QString() << "20261205"
                                 << "'1.0'"
                                 << "Livadia";
        QTest::newRow("too long") << "'" + QString(PartnerFile::maxSharedByChars + 1, 'M') + "'"
                                  << "'2026-12-05'"
                                  << "'yes'"
                                  << "Livadia";
        QTest::newRow("line breaks") << "'Mech' || char(10) || 'elen' || char(7)"
                                     << "'2026-13-45T99:00:00Z'"
                                     << "'2'"
                                     << "Mech elen";
        QTest::newRow("blank") << "'   '"
                               << "'2026-12-05T01:02:03Z; DROP'"
                               << "''"
                               << "Livadia";
    }

    void whatTheFileSaysOfItsSharingIsUntrusted()
    {
        QFETCH(QString, by);
        QFETCH(QString, at);
        QFETCH(QString, personal);
        QFETCH(QString, expectedBy);
        QList<QPair<QString, QString>> meta;
        if (!by.isEmpty())
            meta << qMakePair(QStringLiteral("shared_by_city"), by);
        if (!at.isEmpty())
            meta << qMakePair(QStringLiteral("shared_at"), at);
        if (!personal.isEmpty())
            meta << qMakePair(QStringLiteral("shared_with_personal_data"), personal);
        QTemporaryDir dir;
        const QString path = shared(dir, meta);
        QVERIFY(!path.isEmpty());
        PartnerFile::OpenResult opened = PartnerFile::open(path);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message()));
        QCOMPARE(opened.value()->sharedBy(), expectedBy);
        QVERIFY(!opened.value()->sharedAt().isValid());
        QVERIFY(!opened.value()->withPersonalData().has_value());
        QVERIFY(opened.value()->sharedByCityId().isEmpty());
    }

    void olderFileIsUpdatedInTheCopyOnly()
    {
        QTemporaryDir dir;
        const QString path = TestFiles::copyFixture(dir, QStringLiteral("city-v1.passerelle"));
        QCOMPARE(FileHeader::read(path).userVersion, 1u);
        const QMap<QString, QByteArray> before = TestFiles::snapshot(dir.path());
        const QStringList namesBefore = names(dir.path());
        QString folder;
        {
            PartnerFile::OpenResult opened = PartnerFile::open(path);
            QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message()));
            const PartnerFile& partner = *opened.value();
            folder = partner.privateFolder();
            QCOMPARE(partner.originalVersion(), 1);
            QVERIFY(partner.wasUpdated());
            QVERIFY(partner.file().isReadOnly());
            QCOMPARE(int(FileHeader::read(partner.file().path()).userVersion),
                     Schema::currentVersion);
            Repositories repos(partner.file());
            QVERIFY(repos.profile().city().ok());
            // No backup before the update, neither beside the partner's file nor in the copy's
            // folder (the partner's file is the backup).
            QCOMPARE(names(dir.path()), namesBefore);
            QVERIFY(!QFileInfo::exists(CityFile::backupPathFor(path, 1)));
            QVERIFY(!QFileInfo::exists(CityFile::backupPathFor(partner.file().path(), 1)));
        }
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(FileHeader::read(path).userVersion, 1u);
        QCOMPARE(TestFiles::snapshot(dir.path()), before);
        QCOMPARE(names(dir.path()), namesBefore);
    }

    void hostileFilesAreRefusedOrOpenedSafely_data()
    {
        QTest::addColumn<int>("index");
        const QList<HostileFiles::Kind> kinds = HostileFiles::kinds();
        for (int i = 0; i < kinds.size(); ++i)
            QTest::newRow(qPrintable(kinds.at(i).name)) << i;
    }

    void hostileFilesAreRefusedOrOpenedSafely()
    {
        QFETCH(int, index);
        const HostileFiles::Kind kind = HostileFiles::kinds().at(index);
        // The officer's own file, open for writing meanwhile, as in the program.
        QTemporaryDir own;
        const QString ownPath = HostileFiles::Make::copyBase(own.path(), m_base);
        CityFile::OpenResult ownFile = CityFile::open(ownPath);
        QVERIFY(ownFile.ok());
        const QByteArray ownBefore = TestFiles::hash(ownPath);
        const QStringList ownNames = names(own.path());

        QTemporaryDir dir;
        const QString path = kind.make(dir.path(), m_base);
        QVERIFY2(!path.isEmpty(), "the hostile file could not be made");
        const QMap<QString, QByteArray> before = TestFiles::snapshot(dir.path());
        QString folder;
        {
            PartnerFile::OpenResult opened = PartnerFile::open(path);
            // Every way of opening reads the whole file as `check` does: the same verdict.
            QCOMPARE(opened ? QString() : opened.error().key(), kind.thorough);
            if (opened) {
                folder = opened.value()->privateFolder();
                QVERIFY(opened.value()->file().isReadOnly());
                Repositories repos(opened.value()->file());
                QCOMPARE(repos.profile().city().value().name, QStringLiteral("Livadia"));
            } else {
                const FileError& error = opened.error();
                QVERIFY(error.isPartners());
                QCOMPARE(error.path(), QFileInfo(path).absoluteFilePath());
                QVERIFY2(error.message().contains(QDir::toNativeSeparators(error.path())),
                         qPrintable(error.message()));
                QVERIFY(!error.title().isEmpty());
            }
        }
        QVERIFY(folder.isEmpty() || !QFileInfo::exists(folder));
        QCOMPARE(TestFiles::snapshot(dir.path()), before);
        QCOMPARE(TestFiles::hash(ownPath), ownBefore);
        QCOMPARE(names(own.path()), ownNames);
        TestFiles::makeWritable(dir.path());
    }

    void privateFoldersDoNotStayBehind()
    {
        // Refusals after the copy was made (the checks, the update) take the folder with them.
        const QDir temp(QDir::tempPath());
        const QStringList filter{QStringLiteral("passerelle-partner-*")};
        const QStringList before = temp.entryList(filter, QDir::Dirs);
        QTemporaryDir dir;
        const QString path = HostileFiles::Make::tampered(
            dir.path(), m_base, {QStringLiteral("CREATE VIEW everyone AS SELECT 1")});
        QVERIFY(!PartnerFile::open(path).ok());
        QCOMPARE(temp.entryList(filter, QDir::Dirs), before);
    }

    void journalBesideIsNeverRead()
    {
        QTemporaryDir dir;
        const QString path = HostileFiles::Make::interrupted(dir.path(), m_base);
        QVERIFY(!path.isEmpty());
        const QMap<QString, QByteArray> before = TestFiles::snapshot(dir.path());
        PartnerFile::OpenResult opened = PartnerFile::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), FileError::Code::InterruptedChange);
        const QString message = opened.error().message();
        QVERIFY2(message.contains(QStringLiteral("“-journal”")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("share it again")), qPrintable(message));
        QCOMPARE(TestFiles::snapshot(dir.path()), before);

        // A journal that is not a change of this file is left aside, and the file opens alone.
        QVERIFY(QFile::remove(path + QStringLiteral("-journal")));
        QVERIFY(!TestFiles::write(dir, QFileInfo(path).fileName() + QStringLiteral("-journal"),
                                  QByteArray(300, 'x'))
                     .isEmpty());
        const QMap<QString, QByteArray> stray = TestFiles::snapshot(dir.path());
        opened = PartnerFile::open(path);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message()));
        QVERIFY(!QFileInfo::exists(opened.value()->file().path() + QStringLiteral("-journal")));
        opened = FileError(FileError::Code::NotFound, path);
        QCOMPARE(TestFiles::snapshot(dir.path()), stray);
    }

    void missingOrUnreadablePathIsExplained()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("gone.passerelle"));
        PartnerFile::OpenResult opened = PartnerFile::open(missing);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), FileError::Code::NotFound);
        QVERIFY(opened.error().message().contains(QDir::toNativeSeparators(missing)));
        QVERIFY(opened.error().message().contains(QStringLiteral("Open a partner’s file")));
        QVERIFY(!QFileInfo::exists(missing));

        opened = PartnerFile::open(dir.path());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), FileError::Code::NotAFile);

        const QString text = TestFiles::write(dir, QStringLiteral("notes.passerelle"), "hello");
        opened = PartnerFile::open(text);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), FileError::Code::NotSqlite);
        QVERIFY(opened.error().message().contains(QStringLiteral("share it again")));
    }
};

QTEST_GUILESS_MAIN(TestPartnerFile)
#include "TestPartnerFile.moc"

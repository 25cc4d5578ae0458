// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalBytes.h"
#include "TestFiles.h"
#include "demo/DemoGenerator.h"
#include "share/ShareWriter.h"
#include "storage/CityFile.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Sharing with a partner city (issue 13): a new, ordinary city file whose bytes hold none of
// the personal data of the source unless asked, written whole or not at all, the source never
// touched.
class TestShareWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    static QStringList filesIn(const QString& folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    }

    // Sharing the folder's city file is refused with the check's own reason, and leaves the
    // folder and the file as they were.
    static void refusedAsTheCheckSays(const QString& folder)
    {
        const QString source = folder + QStringLiteral("/city.passerelle");
        const QByteArray before = TestFiles::hash(source);
        Result<ShareWriter::Outcome> r =
            ShareWriter::write(source, folder + QStringLiteral("/shared.passerelle"), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, CityFile::inspect(source)->message());
        QCOMPARE(filesIn(folder), QStringList({QStringLiteral("city.passerelle")}));
        QCOMPARE(TestFiles::hash(source), before);
    }

    // A folder of its own holding a copy of the demo: what is beside the files is checked.
    QString freshFolder(const QString& name)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        QFile::copy(m_demo, folder + QStringLiteral("/city.passerelle"));
        return folder;
    }

    // The redaction check itself: every personal value of source, searched in target's bytes.
    static void verifyNoPersonalBytes(const QString& source, const QString& target)
    {
        CityFile::OpenResult src = CityFile::open(source, CityFile::Access::ReadOnly);
        QVERIFY(src.ok());
        const QList<PersonalBytes::Value> values = PersonalBytes::collect(src.value()->database());
        QVERIFY2(values.size() > 50, "the source holds personal data to look for");
        const QByteArray bytes = PersonalBytes::fileBytes(target);
        QVERIFY(bytes.size() > 100000);
        CityFile::OpenResult shared = CityFile::open(target, CityFile::Access::ReadOnly);
        QVERIFY(shared.ok());
        for (const PersonalBytes::Value& v : PersonalBytes::foundIn(bytes, values)) {
            const QString where = v.table + QLatin1Char('.') + v.column + QStringLiteral(": ") +
                                  QString::fromUtf8(v.text);
            // Addresses, numbers and private notes are never written anywhere else.
            QVERIFY2(v.column != QLatin1String("email") && v.column != QLatin1String("phone") &&
                         !v.column.startsWith(QLatin1String("contact_")) &&
                         v.column != QLatin1String("notes"),
                     qPrintable(where));
            QVERIFY2(PersonalBytes::inSharedColumns(shared.value()->database(), v.text),
                     qPrintable(where));
        }
    }

    // Changes a file from outside Passerelle, as another tool would; the rows changed, or -1.
    static int changeFromOutside(const QString& path, const QStringList& statements)
    {
        int changed = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outside"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                changed = 0;
                for (const QString& sql : statements) {
                    if (!q.exec(sql)) {
                        changed = -1;
                        break;
                    }
                    changed += qMax(0, q.numRowsAffected());
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("outside"));
        return changed;
    }

    static QString metaValue(const QSqlDatabase& db, const char* key)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT value FROM file_meta WHERE key = ?"));
        q.addBindValue(QLatin1String(key));
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    static qint64 count(const QSqlDatabase& db, const QString& sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.passerelle"));
        CityFile::OpenResult demo = DemoGenerator::create(m_demo, {});
        QVERIFY(demo.ok());
    }

    void demoLeavesNoPersonalDataInTheBytes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("scale");
        QTest::newRow("en") << QStringLiteral("en") << 0;
        QTest::newRow("fr") << QStringLiteral("fr") << 0;
        // The benchmark makes the same search on a 50,000-stakeholder file (BenchShare).
        QTest::newRow("2000 stakeholders") << QStringLiteral("en") << 2000;
    }

    void demoLeavesNoPersonalDataInTheBytes()
    {
        QFETCH(QString, language);
        QFETCH(int, scale);
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("city.passerelle"));
        DemoGenerator::Options options;
        options.language = language;
        options.scale = scale;
        QVERIFY(DemoGenerator::create(source, options).ok());
        const QString target = dir.filePath(QStringLiteral("shared.passerelle"));
        Result<ShareWriter::Outcome> shared = ShareWriter::write(source, target, {});
        QVERIFY2(shared.ok(), qPrintable(shared.ok() ? QString() : shared.error().message));
        verifyNoPersonalBytes(source, target);

        // The same search finds them all in a copy that includes personal data: the search
        // would see a leak.
        const QString with = dir.filePath(QStringLiteral("with.passerelle"));
        QVERIFY(ShareWriter::write(source, with, {PersonalData::Policy::Include}).ok());
        CityFile::OpenResult src = CityFile::open(source, CityFile::Access::ReadOnly);
        const QList<PersonalBytes::Value> values = PersonalBytes::collect(src.value()->database());
        QCOMPARE(PersonalBytes::foundIn(PersonalBytes::fileBytes(with), values).size(),
                 values.size());
    }

    void sharedFileIsAnOrdinaryCheckedFile()
    {
        const QString folder = freshFolder(QStringLiteral("ordinary"));
        const QString source = folder + QStringLiteral("/city.passerelle");
        const QString target = folder + QStringLiteral("/shared.passerelle");
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        Result<ShareWriter::Outcome> shared = ShareWriter::write(source, target, {});
        QVERIFY(shared.ok());
        QCOMPARE(CityFile::inspect(target, CheckDepth::Thorough), std::nullopt);
        // Nothing beside it: no journal, no temporary file.
        QCOMPARE(filesIn(folder), QStringList({QStringLiteral("city.passerelle"),
                                               QStringLiteral("shared.passerelle")}));

        CityFile::OpenResult src = CityFile::open(source, CityFile::Access::ReadOnly);
        CityFile::OpenResult out = CityFile::open(target, CityFile::Access::ReadOnly);
        QVERIFY(src.ok() && out.ok());
        const QSqlDatabase s = src.value()->database();
        const QSqlDatabase o = out.value()->database();
        QCOMPARE(out.value()->cityId(), src.value()->cityId());
        QCOMPARE(metaValue(o, ShareWriter::sharedByCityIdKey), src.value()->cityId());
        QCOMPARE(metaValue(o, ShareWriter::sharedByCityKey), shared.value().cityName);
        QVERIFY(!shared.value().cityName.isEmpty());
        QCOMPARE(metaValue(o, ShareWriter::sharedWithPersonalDataKey), QStringLiteral("0"));
        const QDateTime at =
            QDateTime::fromString(metaValue(o, ShareWriter::sharedAtKey), Qt::ISODateWithMs);
        QVERIFY(at.isValid() && at >= before && at <= QDateTime::currentDateTimeUtc());
        QVERIFY(metaValue(o, ShareWriter::sharedAtKey).endsWith(QLatin1Char('Z')));
        QCOMPARE(metaValue(o, "created_by"), metaValue(s, "created_by"));

        // Everything but personal data is there, as it was.
        const QString stakeholders = QStringLiteral("SELECT count(*) FROM stakeholder");
        QCOMPARE(count(o, stakeholders), count(s, stakeholders));
        QVERIFY(count(s, QStringLiteral("SELECT count(*) FROM contact_person")) > 0);
        QCOMPARE(count(o, QStringLiteral("SELECT count(*) FROM contact_person")), 0);
        const QString publicNotes = QStringLiteral(
            "SELECT count(*) FROM stakeholder WHERE notes_private = 0 AND notes <> ''");
        QVERIFY(count(s, publicNotes) > 0);
        QCOMPARE(count(o, publicNotes), count(s, publicNotes));
        QVERIFY(count(s, QStringLiteral("SELECT count(*) FROM stakeholder WHERE notes_private = 1 "
                                        "AND notes <> ''")) > 0);
        QCOMPARE(count(o, QStringLiteral("SELECT count(*) FROM stakeholder WHERE notes <> '' AND "
                                         "notes_private = 1")),
                 0);
        QCOMPARE(count(o, QStringLiteral("SELECT count(*) FROM exchange WHERE participants <> ''")),
                 0);
        QCOMPARE(count(o, QStringLiteral("SELECT count(*) FROM personal_data")),
                 qint64(PersonalData::columns().size()));
        QCOMPARE(count(o, QStringLiteral("PRAGMA freelist_count")), 0);

        // What the summary says was left out is what is missing.
        bool contacts = false;
        for (const ShareSummary::Item& item : shared.value().leftOut) {
            QVERIFY(item.count > 0);
            QVERIFY(!item.text.isEmpty());
            if (item.table == QLatin1String("contact_person") &&
                item.column == QLatin1String("email")) {
                contacts = true;
                QCOMPARE(item.count, count(s, QStringLiteral("SELECT count(*) FROM contact_person "
                                                             "WHERE email <> ''")));
                QVERIFY(item.text.contains(QString::number(item.count)));
            }
        }
        QVERIFY(contacts);
    }

    void withPersonalDataKeepsEverything()
    {
        const QString folder = freshFolder(QStringLiteral("with"));
        const QString source = folder + QStringLiteral("/city.passerelle");
        const QString target = folder + QStringLiteral("/shared.passerelle");
        Result<ShareWriter::Outcome> shared =
            ShareWriter::write(source, target, {PersonalData::Policy::Include});
        QVERIFY(shared.ok());
        CityFile::OpenResult src = CityFile::open(source, CityFile::Access::ReadOnly);
        CityFile::OpenResult out = CityFile::open(target, CityFile::Access::ReadOnly);
        QVERIFY(out.ok());
        const QString contacts =
            QStringLiteral("SELECT group_concat(email || phone || name) FROM contact_person");
        QSqlQuery a(src.value()->database()), b(out.value()->database());
        QVERIFY(a.exec(contacts) && a.next() && b.exec(contacts) && b.next());
        QCOMPARE(b.value(0).toString(), a.value(0).toString());
        QCOMPARE(metaValue(out.value()->database(), ShareWriter::sharedWithPersonalDataKey),
                 QStringLiteral("1"));
        for (const ShareSummary::Item& item : shared.value().leftOut)
            QVERIFY(item.column.isEmpty()); // only the tables never shared, if any
    }

    // The officer's dealings with partners stay in the officer's file, whatever the choice.
    void importsFromPartnersStayHome()
    {
        const QString folder = freshFolder(QStringLiteral("imports"));
        const QString source = folder + QStringLiteral("/city.passerelle");
        QCOMPARE(
            changeFromOutside(
                source,
                {QStringLiteral(
                     "INSERT INTO partner_import (partner_city, imported_at, city_name) VALUES "
                     "('11111111-1111-4111-8111-111111111111', '2026-11-02T10:00:00.000Z', "
                     "'Qwertzstadt')"),
                 QStringLiteral("INSERT INTO merge_base (partner_city, table_name, record_id, "
                                "row_hash) VALUES "
                                "('11111111-1111-4111-8111-111111111111', 'good_practice', "
                                "'22222222-2222-4222-8222-222222222222', 'abc'), "
                                "('11111111-1111-4111-8111-111111111111', 'good_practice', "
                                "'33333333-3333-4333-8333-333333333333', 'def')")}),
            3);
        for (PersonalData::Policy policy :
             {PersonalData::Policy::LeaveOut, PersonalData::Policy::Include}) {
            const QString target = folder + QStringLiteral("/shared%1.passerelle").arg(int(policy));
            Result<ShareWriter::Outcome> shared = ShareWriter::write(source, target, {policy});
            QVERIFY(shared.ok());
            QMap<QString, qint64> tables;
            for (const ShareSummary::Item& item : shared.value().leftOut) {
                if (item.column.isEmpty())
                    tables.insert(item.table, item.count);
            }
            QCOMPARE(tables, (QMap<QString, qint64>{{QStringLiteral("partner_import"), 1},
                                                    {QStringLiteral("merge_base"), 2}}));
            CityFile::OpenResult out = CityFile::open(target, CityFile::Access::ReadOnly);
            QVERIFY(out.ok());
            const QSqlDatabase o = out.value()->database();
            QCOMPARE(count(o, QStringLiteral("SELECT count(*) FROM partner_import")), 0);
            QCOMPARE(count(o, QStringLiteral("SELECT count(*) FROM merge_base")), 0);
            QVERIFY(!PersonalBytes::fileBytes(target).contains("Qwertzstadt"));
        }
    }

    void sourceIsNeverTouched()
    {
        const QString folder = freshFolder(QStringLiteral("source"));
        const QString source = folder + QStringLiteral("/city.passerelle");
        const QByteArray before = TestFiles::hash(source);
        const QDateTime modified = QFileInfo(source).lastModified();
        QVERIFY(ShareWriter::write(source, folder + QStringLiteral("/a.passerelle"), {}).ok());
        QVERIFY(ShareWriter::write(source, folder + QStringLiteral("/b.passerelle"),
                                   {PersonalData::Policy::Include})
                    .ok());
        QCOMPARE(TestFiles::hash(source), before);
        QCOMPARE(QFileInfo(source).lastModified(), modified);
        QCOMPARE(filesIn(folder),
                 QStringList({QStringLiteral("a.passerelle"), QStringLiteral("b.passerelle"),
                              QStringLiteral("city.passerelle")}));
    }

    void refusesToOverwriteUnlessAsked()
    {
        const QString folder = freshFolder(QStringLiteral("overwrite"));
        const QString source = folder + QStringLiteral("/city.passerelle");
        const QString target = folder + QStringLiteral("/shared.passerelle");
        {
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the officer's letter");
        }
        Result<ShareWriter::Outcome> refused = ShareWriter::write(source, target, {});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("--force")));
        QCOMPARE(PersonalBytes::fileBytes(target), QByteArray("the officer's letter"));
        QCOMPARE(filesIn(folder).size(), 2);

        QVERIFY(ShareWriter::write(source, target, {PersonalData::Policy::LeaveOut, true}).ok());
        QCOMPARE(CityFile::inspect(target), std::nullopt);

        // Never the city file itself, even when replacing is allowed.
        const QByteArray original = PersonalBytes::fileBytes(source);
        Result<ShareWriter::Outcome> itself =
            ShareWriter::write(source, source, {PersonalData::Policy::LeaveOut, true});
        QVERIFY(!itself.ok());
        QCOMPARE(PersonalBytes::fileBytes(source), original);
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<int>("at");
        QTest::newRow("first table") << 0;
        QTest::newRow("half way") << 500;
    }

    void cancelLeavesNothing()
    {
        QFETCH(int, at);
        const QString folder = freshFolder(QStringLiteral("cancel%1").arg(at));
        const QString source = folder + QStringLiteral("/city.passerelle");
        std::atomic<bool> cancel = false;
        QList<int> seen;
        Result<ShareWriter::Outcome> r = ShareWriter::write(
            source, folder + QStringLiteral("/shared.passerelle"), {},
            [&](int permille) {
                seen.append(permille);
                if (permille >= at)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, ShareWriter::cancelledMessage());
        QVERIFY(!seen.isEmpty());
        QCOMPARE(filesIn(folder), QStringList({QStringLiteral("city.passerelle")}));
    }

    void progressRisesToTheEnd()
    {
        const QString folder = freshFolder(QStringLiteral("progress"));
        QList<int> seen;
        QVERIFY(ShareWriter::write(folder + QStringLiteral("/city.passerelle"),
                                   folder + QStringLiteral("/shared.passerelle"), {},
                                   [&](int permille) { seen.append(permille); })
                    .ok());
        QVERIFY(seen.size() > 5);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(seen.last(), 1000);
    }

    // Found by the check that runs while the copy is written: the copy is not kept.
    void refusesWhatTheOpeningCheckRefuses()
    {
        const QString folder = freshFolder(QStringLiteral("broken"));
        const QString source = folder + QStringLiteral("/city.passerelle");
        QVERIFY(changeFromOutside(source,
                                  {QStringLiteral("PRAGMA foreign_keys = OFF"),
                                   QStringLiteral("UPDATE engagement SET stakeholder_id = "
                                                  "'00000000-0000-4000-8000-000000000000'")}) > 0);
        refusedAsTheCheckSays(folder);
    }

    // A damaged page (an index the copy reads as well): the check says what it found.
    void refusesDamagedPages()
    {
        const QString folder = freshFolder(QStringLiteral("pages"));
        const QString source = folder + QStringLiteral("/city.passerelle");
        qint64 offset = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
            db.setDatabaseName(source);
            QVERIFY(db.open());
            offset = (count(db, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = "
                                               "'stakeholder_theme_theme'")) -
                      1) *
                     count(db, QStringLiteral("PRAGMA page_size"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pages"));
        QVERIFY(offset > 0);
        {
            // The page's kind, one SQLite does not know.
            QFile file(source);
            QVERIFY(file.open(QIODevice::ReadWrite) && file.seek(offset));
            QCOMPARE(file.write("\xff", 1), 1);
        }
        refusedAsTheCheckSays(folder);
    }

    // The copy does not evaluate the CHECK rules again for each row it writes: the check of the
    // source does, and a file that breaks one is not shared.
    void refusesWhatBreaksARule()
    {
        const QString folder = freshFolder(QStringLiteral("rule"));
        const QString source = folder + QStringLiteral("/city.passerelle");
        QCOMPARE(changeFromOutside(source, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                                            QStringLiteral("UPDATE stakeholder SET kind = 'alien' "
                                                           "WHERE rowid = (SELECT max(rowid) "
                                                           "FROM stakeholder)")}),
                 1);
        refusedAsTheCheckSays(folder);
    }

    // A table with nothing to leave out (no private note holds a word) is copied whole, as its
    // records are: the same values as when each row is written with its private notes emptied.
    void tableWithNothingToLeaveOutIsCopiedAsItIs()
    {
        const QString folder = freshFolder(QStringLiteral("nothing"));
        const QString source = folder + QStringLiteral("/city.passerelle");
        QVERIFY(changeFromOutside(source, {QStringLiteral("UPDATE stakeholder SET notes = '' "
                                                          "WHERE notes_private = 1")}) > 0);
        const QString target = folder + QStringLiteral("/shared.passerelle");
        QVERIFY(ShareWriter::write(source, target, {}).ok());
        QCOMPARE(CityFile::inspect(target, CheckDepth::Thorough), std::nullopt);
        CityFile::OpenResult src = CityFile::open(source, CityFile::Access::ReadOnly);
        CityFile::OpenResult out = CityFile::open(target, CityFile::Access::ReadOnly);
        QVERIFY(src.ok() && out.ok());
        const QString rows = QStringLiteral(
            "SELECT group_concat(quote(id) || quote(name) || quote(kind) || quote(notes) || "
            "quote(notes_private) || quote(network_x), '|') FROM (SELECT * FROM stakeholder "
            "ORDER BY id)");
        QSqlQuery a(src.value()->database()), b(out.value()->database());
        QVERIFY(a.exec(rows) && a.next() && b.exec(rows) && b.next());
        QCOMPARE(b.value(0).toString(), a.value(0).toString());
        a.finish();
        // Rows marked private (their notes empty) and public notes are there.
        QVERIFY(count(out.value()->database(), QStringLiteral("SELECT count(*) FROM stakeholder "
                                                              "WHERE notes_private = 1")) > 0);
        QVERIFY(count(out.value()->database(), QStringLiteral("SELECT count(*) FROM stakeholder "
                                                              "WHERE notes <> ''")) > 0);

        // One private note, in the last row: the table is written row by row again.
        QCOMPARE(changeFromOutside(
                     source, {QStringLiteral("UPDATE stakeholder SET notes = 'Qzxv only note', "
                                             "notes_private = 1 WHERE rowid = (SELECT "
                                             "max(rowid) FROM stakeholder)")}),
                 1);
        const QString again = folder + QStringLiteral("/again.passerelle");
        QVERIFY(ShareWriter::write(source, again, {}).ok());
        QVERIFY(!PersonalBytes::fileBytes(again).contains("Qzxv only note"));
        CityFile::OpenResult second = CityFile::open(again, CityFile::Access::ReadOnly);
        QVERIFY(second.ok());
        QCOMPARE(count(second.value()->database(),
                       QStringLiteral("SELECT count(*) FROM stakeholder WHERE notes_private = 1 "
                                      "AND notes <> ''")),
                 0);
    }

    void refusesWhatIsNotACityFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("notcity"));
        QDir().mkpath(folder);
        const QString source = folder + QStringLiteral("/notes.txt");
        {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        Result<ShareWriter::Outcome> r =
            ShareWriter::write(source, folder + QStringLiteral("/shared.passerelle"), {});
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(filesIn(folder), QStringList({QStringLiteral("notes.txt")}));
        Result<ShareWriter::Outcome> missing = ShareWriter::write(
            m_demo, m_dir.filePath(QStringLiteral("no/such/folder/shared.passerelle")), {});
        QVERIFY(!missing.ok());
    }
};

QTEST_GUILESS_MAIN(TestShareWriter)
#include "TestShareWriter.moc"

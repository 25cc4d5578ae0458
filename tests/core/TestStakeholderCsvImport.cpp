// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFiles.h"
#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "stakeholders/StakeholderCsvImport.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Importing stakeholders from CSV: mapping, the per-row report with file lines, the duplicate
// policies, and one transaction for the whole import.
class TestStakeholderCsvImport : public QObject
{
    Q_OBJECT

private:
    using Policy = StakeholderCsvImport::DuplicatePolicy;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CityFile> m_file;
    std::unique_ptr<Repositories> m_repos;

    void open()
    {
        CityFile::OpenResult r = CityFile::open(m_path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
        m_file = r.take();
        m_repos = std::make_unique<Repositories>(*m_file);
    }
    void close()
    {
        m_repos.reset();
        m_file.reset();
    }

    StakeholderRepository& repo() { return m_repos->stakeholders(); }

    Result<ImportReport> import(const char* fixture, Policy policy = Policy::Skip,
                                const StakeholderCsvImport::CancelCheck& cancel = {})
    {
        StakeholderCsvImport::Options options;
        options.onDuplicate = policy;
        StakeholderCsvImport importer(m_repos->store(), repo(), m_repos->themes());
        return importer.run(TestFiles::fixture(QStringLiteral("csv/") + QLatin1String(fixture)),
                            options, cancel);
    }

    // Imports CSV text written here rather than a fixture.
    ImportReport importedText(const QByteArray& csv, Policy policy = Policy::Skip)
    {
        const QString path =
            m_dir.filePath(QStringLiteral("%1.csv").arg(QTest::currentTestFunction()));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(csv) != csv.size())
            return {};
        f.close();
        StakeholderCsvImport::Options options;
        options.onDuplicate = policy;
        StakeholderCsvImport importer(m_repos->store(), repo(), m_repos->themes());
        Result<ImportReport> r = importer.run(path, options);
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r ? r.take() : ImportReport{};
    }

    ImportReport imported(const char* fixture, Policy policy = Policy::Skip)
    {
        Result<ImportReport> r = import(fixture, policy);
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r ? r.take() : ImportReport{};
    }

    QString themeId(const QString& key) const
    {
        const std::optional<Theme> t = m_repos->themes().themeByKey(key);
        return t ? t->meta.id : QString();
    }

    static QList<int> lines(const ImportReport& report)
    {
        QList<int> out;
        for (const auto& r : report.rejected)
            out << r.line;
        return out;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1.passerelle").arg(QTest::currentTestFunction()));
        QFile::remove(m_path);
        CityFile::NewCity city;
        city.name = QStringLiteral("Valmer");
        city.country = QStringLiteral("FR");
        CityFile::OpenResult r =
            CityFile::create(m_path, city, [](QSqlDatabase db, const QString& id) {
                return CitySeeder::seed(db, id, QStringLiteral("en"));
            });
        QVERIFY(r.ok());
        m_file = r.take();
        m_repos = std::make_unique<Repositories>(*m_file);
    }

    void cleanup() { close(); }

    void utf8WithBom()
    {
        const ImportReport r = imported("bom-utf8.csv");
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.contactsAdded, 2);
        QVERIFY(r.rejected.isEmpty());
        const std::optional<Stakeholder> caritas =
            repo().byNameKey(QStringLiteral("caritas valmer"));
        QVERIFY(caritas);
        QCOMPARE(caritas->kind, Stakeholder::Kind::Ngo);
        QCOMPARE(caritas->influence, 4);
        QCOMPARE(caritas->interest, 5);
        QStringList themes = {themeId(QStringLiteral("refugees")),
                              themeId(QStringLiteral("employment"))};
        themes.sort();
        QCOMPARE(caritas->themeIds, themes);
        QCOMPARE(caritas->notes, QStringLiteral("Food bank and legal aid"));
        // No notes_private column: notes are not private, as before the column existed.
        QVERIFY(!caritas->notesPrivate);
        const QList<ContactPerson> contacts = repo().contacts(caritas->meta.id);
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.first().email, QStringLiteral("anne.morel@caritas.example.org"));
        QCOMPARE(repo().byNameKey(QStringLiteral("Universite de Valmer"))->level,
                 Stakeholder::Level::Regional);
    }

    void windows1252AndFrenchValues()
    {
        const ImportReport r = imported("windows-1252.csv");
        QCOMPARE(r.encoding, CsvEncoding::Windows1252);
        QCOMPARE(r.imported, 2);
        const std::optional<Stakeholder> sg = repo().byNameKey(QStringLiteral("Société Générale"));
        QVERIFY(sg);
        QCOMPARE(sg->name, QStringLiteral("Société Générale"));
        QCOMPARE(sg->kind, Stakeholder::Kind::PrivateSector);
        QCOMPARE(sg->level, Stakeholder::Level::National);
        QCOMPARE(sg->themeIds, QStringList{themeId(QStringLiteral("employment"))});
        QVERIFY(sg->notes.contains(QStringLiteral("€")));
    }

    void semicolonFrenchHeaders()
    {
        const ImportReport r = imported("semicolon-french.csv");
        QCOMPARE(r.delimiter, CsvDelimiter::Semicolon);
        QCOMPARE(r.imported, 2);
        QVERIFY(r.rejected.isEmpty());
        const std::optional<Stakeholder> sp = repo().byNameKey(QStringLiteral("secours populaire"));
        QVERIFY(sp);
        QCOMPARE(sp->kind, Stakeholder::Kind::Ngo);
        QCOMPARE(sp->level, Stakeholder::Level::Regional);
        QCOMPARE(sp->themeIds.size(), 2);
        QCOMPARE(repo().contacts(sp->meta.id).first().phone, QStringLiteral("04 67 12 34 56"));
        QCOMPARE(repo().byNameKey(QStringLiteral("Mairie de Valmer – Service jeunesse"))->kind,
                 Stakeholder::Kind::Municipal);
    }

    void tabSeparated()
    {
        const ImportReport r = imported("tab.csv");
        QCOMPARE(r.delimiter, CsvDelimiter::Tab);
        QCOMPARE(r.imported, 2);
        QCOMPARE(repo().byNameKey(QStringLiteral("UNHCR"))->kind, Stakeholder::Kind::International);
        QCOMPARE(repo().byNameKey(QStringLiteral("OIM"))->notes,
                 QStringLiteral("Mission, Paris; bureau régional"));
    }

    void quotedFieldsAndLineNumbers()
    {
        const ImportReport r = imported("quoted.csv");
        QCOMPARE(r.imported, 2);
        QCOMPARE(lines(r), (QList<int>{6, 7}));
        QVERIFY(r.rejected.at(0).reason.contains(QLatin1String("name is missing")));
        QVERIFY(r.rejected.at(1).reason.contains(QStringLiteral("“9”")));
        QCOMPARE(repo().byNameKey(QStringLiteral("Atlas, association"))->notes,
                 QStringLiteral("First line\r\nsecond line\r\nthird, with \"quotes\""));
    }

    void invalidRowsReported()
    {
        const ImportReport r = imported("invalid-rows.csv");
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.contactsAdded, 1);
        // A theme never leaves a row out: line 6's becomes a theme of its own.
        QCOMPARE(lines(r), (QList<int>{2, 3, 4, 5, 8, 9, 10}));
        const QStringList fragments = {"name is missing", "spaceship", "“7”",
                                       "ann-at-example",  "line 7",    "contact person's name",
                                       "galactic"};
        for (qsizetype i = 0; i < fragments.size(); ++i)
            QVERIFY2(r.rejected.at(i).reason.contains(fragments.at(i)),
                     qPrintable(r.rejected.at(i).reason));
        QCOMPARE(repo().count(), 2);
        QCOMPARE(r.themesCreated, QStringList{QStringLiteral("Underwater basket weaving")});
        QCOMPARE(repo().byNameKey(QStringLiteral("Bad theme"))->themeIds.size(), 1);
    }

    void raggedRows()
    {
        const ImportReport r = imported("ragged.csv");
        QCOMPARE(r.imported, 2);
        QCOMPARE(lines(r), QList<int>{4});
        QVERIFY(r.rejected.first().reason.contains(QLatin1String("6 fields")));
    }

    void unreadableChangesNothing_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("empty") << "empty.csv";
        QTest::newRow("junk") << "junk.csv";
        QTest::newRow("unclosed quote") << "unclosed-quote.csv";
        QTest::newRow("no name column") << "no-name-column.csv";
    }

    void unreadableChangesNothing()
    {
        QFETCH(QString, fixture);
        close();
        const QByteArray before = TestFiles::hash(m_path);
        open();
        const Result<ImportReport> r = import(qPrintable(fixture));
        QVERIFY(!r);
        QVERIFY(!r.error().message.isEmpty());
        close();
        QCOMPARE(TestFiles::hash(m_path), before);
    }

    void duplicatesSkipped()
    {
        QCOMPARE(imported("bom-utf8.csv").imported, 3);
        const QList<Stakeholder> before = repo().stakeholders();
        const ImportReport r = imported("bom-utf8.csv", Policy::Skip);
        QCOMPARE(r.imported, 0);
        QCOMPARE(r.skipped, 3);
        QCOMPARE(r.contactsAdded, 0);
        QCOMPARE(repo().stakeholders(), before);
    }

    void duplicatesUpdated()
    {
        Stakeholder s;
        s.name = QStringLiteral("CARITAS  valmer");
        s.influence = 1;
        s.notes = QStringLiteral("old notes");
        s.website = QStringLiteral("https://caritas.example.org");
        QVERIFY(repo().add(s).ok());
        const ImportReport r = imported("bom-utf8.csv", Policy::Update);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.imported, 2);
        const Stakeholder after = *repo().stakeholder(s.meta.id);
        QCOMPARE(after.name, s.name); // the officer's spelling stays
        QCOMPARE(after.influence, 4);
        QCOMPARE(after.notes, QStringLiteral("Food bank and legal aid"));
        QCOMPARE(after.website, s.website); // not a CSV column: untouched
        QCOMPARE(repo().contacts(s.meta.id).size(), 1);
        // Again: the contact is recognised, not added twice.
        QCOMPARE(imported("bom-utf8.csv", Policy::Update).contactsAdded, 0);
        QCOMPARE(repo().contacts(s.meta.id).size(), 1);
    }

    void duplicatesAsNew()
    {
        QCOMPARE(imported("bom-utf8.csv").imported, 3);
        ImportReport r = imported("bom-utf8.csv", Policy::New);
        QCOMPARE(r.imported, 3);
        QVERIFY(repo().byNameKey(QStringLiteral("Caritas Valmer (2)")));
        r = imported("bom-utf8.csv", Policy::New);
        QVERIFY(repo().byNameKey(QStringLiteral("Préfecture (3)")));
        QCOMPARE(repo().count(), 9);
    }

    void privateNotesStayPrivate()
    {
        const ImportReport r = importedText("name,notes,notes_private\n"
                                            "Caritas,Director leaves in June,yes\n"
                                            "Secours,Open on Sundays,no\n"
                                            "Atlas,Board meets monthly,\n"
                                            "Ravel,Mayor's cousin,oui\n"
                                            "Tazi,Whatever,perhaps\n");
        QCOMPARE(r.imported, 4);
        QCOMPARE(lines(r), QList<int>{6});
        QVERIFY(r.rejected.first().reason.contains(QStringLiteral("perhaps")));
        QVERIFY(repo().byNameKey(QStringLiteral("caritas"))->notesPrivate);
        QVERIFY(!repo().byNameKey(QStringLiteral("secours"))->notesPrivate);
        QVERIFY(!repo().byNameKey(QStringLiteral("atlas"))->notesPrivate);
        QVERIFY(repo().byNameKey(QStringLiteral("ravel"))->notesPrivate);

        // Updating: a filled cell sets the flag, an empty one leaves it alone.
        const ImportReport u = importedText("name,notes_private\nCaritas,no\nRavel,\n"
                                            "Secours,1\n",
                                            Policy::Update);
        QCOMPARE(u.updated, 3);
        QVERIFY(!repo().byNameKey(QStringLiteral("caritas"))->notesPrivate);
        QVERIFY(repo().byNameKey(QStringLiteral("ravel"))->notesPrivate);
        QVERIFY(repo().byNameKey(QStringLiteral("secours"))->notesPrivate);
        QCOMPARE(repo().byNameKey(QStringLiteral("secours"))->notes,
                 QStringLiteral("Open on Sundays"));
    }

    void repeatedNameAddsContacts()
    {
        const Result<CsvTable> table =
            CsvReader::parse("name,kind,contact,email\n"
                             "Atlas,migrant_association,Rachid,rachid@example.org\n"
                             "Atlas,,Zineb,zineb@example.org\n"
                             "atlas,ngo,Other,other@example.org\n");
        QVERIFY(table);
        StakeholderCsvImport importer(m_repos->store(), repo(), m_repos->themes());
        const Result<ImportReport> r = importer.run(table.value(), Policy::Skip);
        QVERIFY(r);
        QCOMPARE(r.value().imported, 1);
        QCOMPARE(r.value().contactsAdded, 2);
        QCOMPARE(lines(r.value()), QList<int>{4});
        QCOMPARE(repo().contacts(repo().byNameKey(QStringLiteral("Atlas"))->meta.id).size(), 2);
    }

    void contactOfRejectedRowRejected()
    {
        const Result<CsvTable> table = CsvReader::parse("name,influence,contact\n"
                                                        "Atlas,9,Rachid\n"
                                                        "Atlas,,Zineb\n");
        QVERIFY(table);
        StakeholderCsvImport importer(m_repos->store(), repo(), m_repos->themes());
        const Result<ImportReport> r = importer.run(table.value(), Policy::Skip);
        QVERIFY(r);
        QCOMPARE(lines(r.value()), (QList<int>{2, 3}));
        QVERIFY(r.value().rejected.at(1).reason.contains(QLatin1String("line 2")));
        QCOMPARE(repo().count(), 0);
    }

    void previewMapsFirstRows()
    {
        const Result<CsvTable> table =
            CsvReader::read(TestFiles::fixture(QStringLiteral("csv/invalid-rows.csv")));
        QVERIFY(table);
        StakeholderCsvImport importer(m_repos->store(), repo(), m_repos->themes());
        const Result<StakeholderCsvImport::Preview> p = importer.preview(table.value(), 3);
        QVERIFY(p);
        QCOMPARE(p.value().rows.size(), 3);
        QCOMPARE(p.value().totalRows, 9);
        QCOMPARE(p.value().columns.first(), StakeholderCsvColumns::Column::Name);
        QVERIFY(p.value().rows.at(0).problem);
        QCOMPARE(p.value().rows.at(1).line, 3);
        QCOMPARE(repo().count(), 0);
    }

    void cancelChangesNothing()
    {
        close();
        const QByteArray before = TestFiles::hash(m_path);
        open();
        int asked = 0;
        const Result<ImportReport> r =
            import("bom-utf8.csv", Policy::Skip, [&asked] { return ++asked > 2; });
        QVERIFY(!r);
        QCOMPARE(r.error().message, StakeholderCsvImport::cancelledError().message);
        QCOMPARE(repo().count(), 0);
        close();
        QCOMPARE(TestFiles::hash(m_path), before);
    }

    void failureMidwayChangesNothing()
    {
        // The third row's write fails in SQLite itself, after two stakeholders were written. A
        // temporary trigger lives on this connection only, never in the file (whose structure
        // is checked when it is opened).
        QSqlQuery q(m_file->database());
        QVERIFY2(q.exec(QStringLiteral(
                     "CREATE TEMP TRIGGER boom BEFORE INSERT ON main.stakeholder WHEN NEW.name = "
                     "'Préfecture' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")),
                 qPrintable(q.lastError().text()));
        const QByteArray before = TestFiles::hash(m_path);
        const Result<ImportReport> r = import("bom-utf8.csv");
        QVERIFY(!r);
        QCOMPARE(repo().count(), 0);
        QCOMPARE(repo().contacts().size(), 0);
        close();
        QCOMPARE(TestFiles::hash(m_path), before);
    }
};

QTEST_GUILESS_MAIN(TestStakeholderCsvImport)
#include "TestStakeholderCsvImport.moc"

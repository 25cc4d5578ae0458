// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFiles.h"
#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "stakeholders/StakeholderCsvExport.h"
#include "stakeholders/StakeholderCsvImport.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Policy = PersonalData::Policy;
Q_DECLARE_METATYPE(PersonalData::Policy)

// The CSV export: its format, an export read back by the import giving the same stakeholders
// and contacts, and personal data left out unless included (then private notes stay private).
class TestStakeholderCsvExport : public QObject
{
    Q_OBJECT

private:
    struct City
    {
        std::unique_ptr<CityFile> file;
        std::unique_ptr<Repositories> repos;
    };

    QTemporaryDir m_dir;

    City makeCity(const QString& name, const QString& language)
    {
        CityFile::NewCity city;
        city.name = name;
        city.country = QStringLiteral("FR");
        CityFile::OpenResult r =
            CityFile::create(m_dir.filePath(name + QStringLiteral(".passerelle")), city,
                             [language](QSqlDatabase db, const QString& id) {
                                 return CitySeeder::seed(db, id, language);
                             });
        City c;
        if (!r.ok())
            return c;
        c.file = r.take();
        c.repos = std::make_unique<Repositories>(*c.file);
        return c;
    }

    static QString themeId(Repositories& repos, const char* key)
    {
        return repos.themes().themeByKey(QLatin1String(key))->meta.id;
    }

    // A stakeholder list with everything that is hard to write as CSV.
    static void fill(Repositories& repos)
    {
        StakeholderRepository& repo = repos.stakeholders();
        Stakeholder a;
        a.name = QStringLiteral("Atlas, \"association\" culturelle");
        a.kind = Stakeholder::Kind::MigrantAssociation;
        a.level = Stakeholder::Level::Regional;
        a.influence = 2;
        a.interest = 5;
        a.notes = QStringLiteral("Line one\nline two; with, separators\tand a tab");
        a.themeIds = {themeId(repos, "refugees"), themeId(repos, "employment")};
        QVERIFY(repo.add(a).ok());
        for (const char* name : {"Rachid El Idrissi", "Zineb Tazi", "Ana \"Nana\" Lopes"}) {
            ContactPerson c;
            c.stakeholderId = a.meta.id;
            c.name = QString::fromUtf8(name);
            c.email = QStringLiteral("%1@example.org").arg(c.name.section(u' ', 0, 0).toLower());
            c.phone = QStringLiteral("+33 4 67 58 02 19");
            QVERIFY(repo.add(c).ok());
        }
        Stakeholder b;
        b.name = QStringLiteral("Société Générale");
        b.kind = Stakeholder::Kind::PrivateSector;
        b.level = Stakeholder::Level::International;
        b.influence = 5;
        b.interest = 1;
        QVERIFY(repo.add(b).ok());
        Stakeholder c;
        c.name = QStringLiteral("Préfecture");
        c.kind = Stakeholder::Kind::GovernmentAgency;
        c.notes = QStringLiteral(" leading and trailing spaces kept ");
        QVERIFY(repo.add(c).ok());
        Stakeholder d;
        d.name = QStringLiteral("Collectif Entraide");
        d.notes = privateNote();
        d.notesPrivate = true;
        QVERIFY(repo.add(d).ok());
    }

    static QString privateNote()
    {
        return QStringLiteral("Karima says the director resigns in June");
    }

    // What the CSV carries of a stakeholder and its contacts, for comparison across files.
    static QStringList comparable(Repositories& repos)
    {
        QHash<QString, QString> themeKeys;
        for (const Theme& t : repos.themes().themes())
            themeKeys.insert(t.meta.id, t.builtinKey.isEmpty() ? t.name : t.builtinKey);
        QStringList out;
        for (const Stakeholder& s : repos.stakeholders().stakeholders()) {
            QStringList themes;
            for (const QString& id : s.themeIds)
                themes << themeKeys.value(id);
            themes.sort();
            QStringList contacts;
            for (const ContactPerson& c : repos.stakeholders().contacts(s.meta.id))
                contacts << c.name + u'/' + c.email + u'/' + c.phone;
            contacts.sort();
            out << QStringList{s.name,
                               Stakeholder::toText(s.kind),
                               Stakeholder::toText(s.level),
                               QString::number(s.influence),
                               QString::number(s.interest),
                               s.notes,
                               s.notesPrivate ? QStringLiteral("private") : QString(),
                               themes.join(u','),
                               contacts.join(u'|')}
                       .join(u'#');
        }
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void format()
    {
        City city = makeCity(QStringLiteral("format"), QStringLiteral("en"));
        QVERIFY(city.repos);
        fill(*city.repos);
        const QByteArray csv =
            StakeholderCsvExport(city.repos->stakeholders(), city.repos->themes(), Policy::Include)
                .toCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "name,kind,level,themes,influence,interest,contact,email,phone,"
                               "notes,notes_private\r\n"));
        QVERIFY(csv.contains("\"Atlas, \"\"association\"\" culturelle\",migrant_association,"
                             "regional,"));
        QVERIFY(csv.contains("\"Line one\nline two; with, separators\tand a tab\",no\r\n"));
        // Further contacts: the name and the contact columns only.
        QVERIFY(csv.contains("\"Atlas, \"\"association\"\" culturelle\",,,,,,Zineb Tazi,"
                             "zineb@example.org,+33 4 67 58 02 19,,\r\n"));
        QVERIFY(csv.contains("Société Générale,private_sector,international,,5,1,,,,,no\r\n"));
        QVERIFY(csv.contains(privateNote().toUtf8() + ",yes\r\n"));
        QCOMPARE(StakeholderCsvExport::field(QStringLiteral("plain")), QByteArray("plain"));
        QCOMPARE(StakeholderCsvExport::field(QStringLiteral("a\"b")), QByteArray("\"a\"\"b\""));
    }

    void personalDataLeftOut()
    {
        City city = makeCity(QStringLiteral("leftout"), QStringLiteral("en"));
        QVERIFY(city.repos);
        fill(*city.repos);
        // Leaving out is what an export does unless told otherwise.
        const QByteArray csv =
            StakeholderCsvExport(city.repos->stakeholders(), city.repos->themes()).toCsv();
        QCOMPARE(csv, StakeholderCsvExport(city.repos->stakeholders(), city.repos->themes(),
                                           Policy::LeaveOut)
                          .toCsv());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "name,kind,level,themes,influence,interest,notes\r\n"));
        for (const ContactPerson& c : city.repos->stakeholders().contacts()) {
            QVERIFY2(!csv.contains(c.name.toUtf8()), qPrintable(c.name));
            QVERIFY2(!csv.contains(c.email.toUtf8()), qPrintable(c.email));
            QVERIFY2(!csv.contains(c.phone.toUtf8()), qPrintable(c.phone));
        }
        QVERIFY(!csv.contains("Karima"));
        // The private note's stakeholder is there, without its note; public notes stay.
        QVERIFY(csv.contains("Collectif Entraide,ngo,local,,3,3,\r\n"));
        QVERIFY(csv.contains("\"Line one\nline two; with, separators\tand a tab\"\r\n"));
        // One row per stakeholder: no further contact rows.
        QCOMPARE(csv.count("\r\n"), 5);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("targetLanguage");
        QTest::addColumn<Policy>("policy");
        QTest::newRow("same language") << "en" << Policy::Include;
        QTest::newRow("French city") << "fr" << Policy::Include;
        QTest::newRow("personal data left out") << "en" << Policy::LeaveOut;
    }

    void roundTrip()
    {
        QFETCH(QString, targetLanguage);
        QFETCH(Policy, policy);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        City source = makeCity(QStringLiteral("source-") + tag, QStringLiteral("en"));
        QVERIFY(source.repos);
        fill(*source.repos);
        const QString csv = m_dir.filePath(QStringLiteral("out-%1.csv").arg(tag));
        const Result<int> written =
            StakeholderCsvExport(source.repos->stakeholders(), source.repos->themes(), policy)
                .write(csv);
        QVERIFY(written);
        QCOMPARE(written.value(), 4);
        if (policy == Policy::LeaveOut) {
            // What a partner receives: the same stakeholders, no contact, no private note.
            StakeholderRepository& repo = source.repos->stakeholders();
            for (const ContactPerson& c : repo.contacts())
                QVERIFY(repo.remove(c));
            for (Stakeholder s : repo.stakeholders()) {
                if (s.notesPrivate) {
                    s.notes.clear();
                    s.notesPrivate = false;
                    QVERIFY(repo.update(s));
                }
            }
        }

        City target = makeCity(QStringLiteral("target-") + tag, targetLanguage);
        QVERIFY(target.repos);
        StakeholderCsvImport importer(target.repos->store(), target.repos->stakeholders(),
                                      target.repos->themes());
        const Result<ImportReport> r = importer.run(csv, {});
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value().imported, 4);
        QCOMPARE(r.value().contactsAdded, policy == Policy::Include ? 3 : 0);
        QVERIFY(r.value().rejected.isEmpty());
        QCOMPARE(comparable(*target.repos), comparable(*source.repos));

        // And back out: the second export is byte for byte the first (same language).
        if (targetLanguage == QLatin1String("en")) {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(
                StakeholderCsvExport(target.repos->stakeholders(), target.repos->themes(), policy)
                    .toCsv(),
                f.readAll());
        }
    }

    void writeFailureNamesTheFile()
    {
        City city = makeCity(QStringLiteral("nowhere"), QStringLiteral("en"));
        QVERIFY(city.repos);
        const Result<int> r = StakeholderCsvExport(city.repos->stakeholders(), city.repos->themes())
                                  .write(m_dir.filePath(QStringLiteral("missing/dir/out.csv")));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("out.csv")));
    }
};

QTEST_GUILESS_MAIN(TestStakeholderCsvExport)
#include "TestStakeholderCsvExport.moc"

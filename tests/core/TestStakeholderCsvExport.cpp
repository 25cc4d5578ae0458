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

// The CSV export: its format, and an export read back by the import giving the same
// stakeholders and contacts.
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
            StakeholderCsvExport(city.repos->stakeholders(), city.repos->themes()).toCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "name,kind,level,themes,influence,interest,contact,email,phone,"
                               "notes\r\n"));
        QVERIFY(csv.contains("\"Atlas, \"\"association\"\" culturelle\",migrant_association,"
                             "regional,"));
        QVERIFY(csv.contains("\"Line one\nline two; with, separators\tand a tab\"\r\n"));
        // Further contacts: the name and the contact columns only.
        QVERIFY(csv.contains("\"Atlas, \"\"association\"\" culturelle\",,,,,,Zineb Tazi,"
                             "zineb@example.org,+33 4 67 58 02 19,\r\n"));
        QVERIFY(csv.contains("Société Générale,private_sector,international,,5,1,,,,\r\n"));
        QCOMPARE(StakeholderCsvExport::field(QStringLiteral("plain")), QByteArray("plain"));
        QCOMPARE(StakeholderCsvExport::field(QStringLiteral("a\"b")), QByteArray("\"a\"\"b\""));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("targetLanguage");
        QTest::newRow("same language") << "en";
        QTest::newRow("French city") << "fr";
    }

    void roundTrip()
    {
        QFETCH(QString, targetLanguage);
        City source = makeCity(QStringLiteral("source-") + targetLanguage, QStringLiteral("en"));
        QVERIFY(source.repos);
        fill(*source.repos);
        const QString csv = m_dir.filePath(QStringLiteral("out-%1.csv").arg(targetLanguage));
        const Result<int> written =
            StakeholderCsvExport(source.repos->stakeholders(), source.repos->themes()).write(csv);
        QVERIFY(written);
        QCOMPARE(written.value(), 3);

        City target = makeCity(QStringLiteral("target-") + targetLanguage, targetLanguage);
        QVERIFY(target.repos);
        StakeholderCsvImport importer(target.repos->store(), target.repos->stakeholders(),
                                      target.repos->themes());
        const Result<ImportReport> r = importer.run(csv, {});
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value().imported, 3);
        QCOMPARE(r.value().contactsAdded, 3);
        QVERIFY(r.value().rejected.isEmpty());
        QCOMPARE(comparable(*target.repos), comparable(*source.repos));

        // And back out: the second export is byte for byte the first (same language).
        if (targetLanguage == QLatin1String("en")) {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(
                StakeholderCsvExport(target.repos->stakeholders(), target.repos->themes()).toCsv(),
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholders/ImportValueChoices.h"
#include "stakeholders/ImportValueMatcher.h"
#include "stakeholders/StakeholderCsvColumns.h"
#include "themes/ThemeRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// How kinds, levels and themes of a stakeholder CSV are recognised in the officer's own words,
// and what the choices remembered in a file may hold: every value checked as untrusted.
class TestImportValueMatcher : public QObject
{
    Q_OBJECT

private:
    using K = Stakeholder::Kind;
    using L = Stakeholder::Level;
    using Outcome = ImportValueMatcher::ThemeMatch::Outcome;

    // The built-in themes as a French file names them, and one the officer added.
    static QList<Theme> themes()
    {
        QList<Theme> out;
        int position = 0;
        for (const auto& [key, name] : ThemeRepository::builtinNames(QStringLiteral("fr"))) {
            Theme t;
            t.meta.id = QStringLiteral("id-") + key;
            t.builtinKey = key;
            t.name = name;
            t.position = position++;
            out << t;
        }
        Theme own;
        own.meta.id = QStringLiteral("id-youth");
        own.name = QStringLiteral("Emploi des jeunes");
        own.position = position;
        out << own;
        return out;
    }

private slots:
    void kindSynonyms_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<K>("kind");
        // The issue's words, then English ones, in any case, with or without accents, plural.
        QTest::newRow("service public") << QStringLiteral("Service public") << K::ServiceProvider;
        QTest::newRow("services publics")
            << QStringLiteral("SERVICES PUBLICS") << K::ServiceProvider;
        QTest::newRow("université") << QStringLiteral("Université") << K::Academia;
        QTest::newRow("universite") << QStringLiteral("universite") << K::Academia;
        QTest::newRow("universités") << QStringLiteral("Universités") << K::Academia;
        QTest::newRow("secteur privé") << QStringLiteral("Secteur privé") << K::PrivateSector;
        QTest::newRow("association") << QStringLiteral("Association") << K::Ngo;
        QTest::newRow("associations") << QStringLiteral("associations") << K::Ngo;
        QTest::newRow("entreprise") << QStringLiteral("Entreprise") << K::PrivateSector;
        QTest::newRow("collectivité") << QStringLiteral("Collectivité") << K::Municipal;
        QTest::newRow("COLLECTIVITE") << QStringLiteral("COLLECTIVITE") << K::Municipal;
        QTest::newRow("company") << QStringLiteral("Company") << K::PrivateSector;
        QTest::newRow("university") << QStringLiteral("University") << K::Academia;
        QTest::newRow("charity") << QStringLiteral("Charity") << K::Ngo;
        QTest::newRow("local authority") << QStringLiteral("Local authority") << K::Municipal;
        QTest::newRow("ministry") << QStringLiteral("Ministry") << K::GovernmentAgency;
        QTest::newRow("ministère") << QStringLiteral("Ministère") << K::GovernmentAgency;
        QTest::newRow("mosquée") << QStringLiteral("Mosquée") << K::Religious;
        QTest::newRow("church") << QStringLiteral("Church") << K::Religious;
        QTest::newRow("diaspora") << QStringLiteral("Association de la diaspora")
                                  << K::MigrantAssociation;
        QTest::newRow("united nations") << QStringLiteral("United Nations") << K::International;
        QTest::newRow("key") << QStringLiteral("service_provider") << K::ServiceProvider;
    }
    void kindSynonyms()
    {
        QFETCH(QString, value);
        QFETCH(K, kind);
        QCOMPARE(StakeholderCsvColumns::kindFrom(value), kind);
        const ImportValueMatcher matcher({}, {});
        QCOMPARE(matcher.kind(value), kind);
        QVERIFY(matcher.knowsKind(value));
    }

    void levelSynonyms_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<L>("level");
        QTest::newRow("locale") << QStringLiteral("Locale") << L::Local;
        QTest::newRow("communal") << QStringLiteral("communal") << L::Local;
        QTest::newRow("régionale") << QStringLiteral("Régionale") << L::Regional;
        QTest::newRow("département") << QStringLiteral("Département") << L::Regional;
        QTest::newRow("nationale") << QStringLiteral("NATIONALE") << L::National;
        QTest::newRow("européen") << QStringLiteral("Européen") << L::International;
        QTest::newRow("world") << QStringLiteral("world") << L::International;
    }
    void levelSynonyms()
    {
        QFETCH(QString, value);
        QFETCH(L, level);
        QCOMPARE(StakeholderCsvColumns::levelFrom(value), level);
    }

    void unknownKindOrLevel()
    {
        const ImportValueMatcher matcher({}, {});
        for (const QString& v : {QStringLiteral("spaceship"), QStringLiteral("Galactique"),
                                 QStringLiteral("!!!"), QString()}) {
            QVERIFY(!matcher.kind(v));
            QVERIFY(!matcher.level(v));
            QVERIFY(!matcher.knowsKind(v));
        }
    }

    void themeByWord_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("themeId"); // empty: not recognised
        // The issue's shortened names: the one theme holding the word.
        QTest::newRow("Emploi") << QStringLiteral("Emploi") << QString(); // two themes hold it
        QTest::newRow("Réfugiés") << QStringLiteral("Réfugiés") << QStringLiteral("id-refugees");
        QTest::newRow("refugie") << QStringLiteral("REFUGIE") << QStringLiteral("id-refugees");
        QTest::newRow("Données") << QStringLiteral("Données") << QStringLiteral("id-data");
        QTest::newRow("Logement") << QStringLiteral("logement") << QStringLiteral("id-housing");
        QTest::newRow("Participation")
            << QStringLiteral("Participation") << QStringLiteral("id-participation");
        // English built-in names match a French file too.
        QTest::newRow("Housing") << QStringLiteral("Housing") << QStringLiteral("id-housing");
        QTest::newRow("Refugees") << QStringLiteral("refugees") << QStringLiteral("id-refugees");
        // And the partner cities' languages: a list from Livadia, Fuenlabrada, Mechelen, Tangier.
        QTest::newRow("Greek, whole name")
            << QStringLiteral("Πρόσφυγες και άσυλο") << QStringLiteral("id-refugees");
        QTest::newRow("Greek, one word") << QStringLiteral("ΥΓΕΙΑ") << QStringLiteral("id-health");
        QTest::newRow("Spanish") << QStringLiteral("Vivienda") << QStringLiteral("id-housing");
        QTest::newRow("Dutch") << QStringLiteral("Gezondheid") << QStringLiteral("id-health");
        QTest::newRow("Italian") << QStringLiteral("Rifugiati") << QStringLiteral("id-refugees");
        QTest::newRow("Arabic") << QStringLiteral("الصحة") << QStringLiteral("id-health");
        // Exact names and keys.
        QTest::newRow("exact") << QStringLiteral("Emploi des jeunes") << QStringLiteral("id-youth");
        QTest::newRow("key") << QStringLiteral("anti_discrimination")
                             << QStringLiteral("id-anti_discrimination");
        QTest::newRow("entrepreneuriat")
            << QStringLiteral("Entrepreneuriat") << QStringLiteral("id-employment");
        // Ambiguous: several themes hold the word.
        QTest::newRow("et") << QStringLiteral("et") << QString();
        QTest::newRow("and") << QStringLiteral("and") << QString();
        // None.
        QTest::newRow("Migration") << QStringLiteral("Migration") << QString();
        QTest::newRow("two themes' words") << QStringLiteral("Logement Santé") << QString();
        QTest::newRow("punctuation") << QStringLiteral("—") << QString();
    }
    void themeByWord()
    {
        QFETCH(QString, value);
        QFETCH(QString, themeId);
        const ImportValueMatcher matcher(themes(), {});
        const ImportValueMatcher::ThemeMatch match = matcher.theme(value);
        QCOMPARE(match.outcome, themeId.isEmpty() ? Outcome::New : Outcome::Existing);
        QCOMPARE(match.themeId, themeId);
        QCOMPARE(matcher.knowsTheme(value), !themeId.isEmpty());
    }

    void choicesComeFirst()
    {
        ImportValueChoices choices;
        const QString key = StakeholderCsvColumns::matchKey(QStringLiteral("Service public"));
        choices.kinds.insert(key, K::Municipal);
        choices.levels.insert(StakeholderCsvColumns::matchKey(QStringLiteral("Métropole")),
                              L::Regional);
        choices.themes.insert(StakeholderCsvColumns::matchKey(QStringLiteral("Migration")),
                              QStringLiteral("id-refugees"));
        choices.themes.insert(StakeholderCsvColumns::matchKey(QStringLiteral("Divers")), QString());
        const ImportValueMatcher matcher(themes(), choices);
        QCOMPARE(matcher.kind(QStringLiteral("service PUBLIC")), K::Municipal);
        QCOMPARE(matcher.level(QStringLiteral("metropole")), L::Regional);
        QVERIFY(!matcher.knowsLevel(QStringLiteral("metropole")));
        QCOMPARE(matcher.theme(QStringLiteral("MIGRATION")).themeId, QStringLiteral("id-refugees"));
        QCOMPARE(matcher.theme(QStringLiteral("Divers")).outcome, Outcome::LeftOut);
    }

    void distinctValuesCounted()
    {
        CsvTable table;
        table.header = {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("themes")};
        table.rows = {{2, {QStringLiteral("A"), QStringLiteral("Asso"), QStringLiteral("X; y")}},
                      {3, {QStringLiteral("B"), QStringLiteral("ASSO"), QStringLiteral("x")}},
                      {4, {QStringLiteral("C"), QStringLiteral("!"), QString()}}};
        using C = StakeholderCsvColumns::Column;
        const QList<ImportValueMatcher::Value> values =
            ImportValueMatcher::distinctValues(table, {C::Name, C::Kind, C::Themes});
        QCOMPARE(values.size(), 3);
        QCOMPARE(values.at(0).text, QStringLiteral("Asso"));
        QCOMPARE(values.at(0).rows, 2);
        QCOMPARE(values.at(1).text, QStringLiteral("X"));
        QCOMPARE(values.at(1).rows, 2);
        QCOMPARE(values.at(2).firstLine, 2);
    }

    void veryManyDistinctValuesBounded()
    {
        CsvTable table;
        table.header = {QStringLiteral("name"), QStringLiteral("kind")};
        for (int i = 0; i < ImportValueMatcher::maxDistinct + 500; ++i)
            table.rows.append(
                {i + 2, {QStringLiteral("S%1").arg(i), QStringLiteral("k%1").arg(i)}});
        using C = StakeholderCsvColumns::Column;
        const QList<ImportValueMatcher::Value> values =
            ImportValueMatcher::distinctValues(table, {C::Name, C::Kind});
        QCOMPARE(values.size(), ImportValueMatcher::maxDistinct);
    }

    void choicesRoundTrip()
    {
        ImportValueChoices c;
        c.kinds.insert(QStringLiteral("servicepublic"), K::ServiceProvider);
        c.levels.insert(QStringLiteral("metropole"), L::Regional);
        c.themes.insert(QStringLiteral("migration"), QStringLiteral("id-refugees"));
        c.themes.insert(QStringLiteral("divers"), QString());
        const QSet<QString> ids = {QStringLiteral("id-refugees")};
        QCOMPARE(ImportValueChoices::fromJson(c.toJson(), ids), c);
        // Same choices, same text.
        ImportValueChoices again;
        again.themes = c.themes;
        again.levels = c.levels;
        again.kinds = c.kinds;
        QCOMPARE(again.toJson(), c.toJson());
    }

    void hostileMemoryIgnored_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<int>("kept"); // choices read
        const QString good = QStringLiteral(R"("servicepublic":"service_provider")");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("malformed") << QStringLiteral(R"({"format":1,"kinds":{)") << 0;
        QTest::newRow("not an object") << QStringLiteral("[1,2,3]") << 0;
        QTest::newRow("other format")
            << QStringLiteral(R"({"format":2,"kinds":{%1}})").arg(good) << 0;
        QTest::newRow("good") << QStringLiteral(R"({"format":1,"kinds":{%1}})").arg(good) << 1;
        QTest::newRow("unknown kind")
            << QStringLiteral(R"({"format":1,"kinds":{%1,"x":"spaceship","y":3,"z":null}})")
                   .arg(good)
            << 1;
        QTest::newRow("unknown level")
            << QStringLiteral(R"({"format":1,"levels":{"x":"galactic"},"kinds":{%1}})").arg(good)
            << 1;
        QTest::newRow("unknown theme")
            << QStringLiteral(R"({"format":1,"themes":{"x":"no-such-id","y":["a"]}})") << 0;
        QTest::newRow("kinds not an object")
            << QStringLiteral(R"({"format":1,"kinds":"service_provider"})") << 0;
        QTest::newRow("key too long")
            << QStringLiteral(R"({"format":1,"kinds":{"%1":"ngo",%2}})")
                   .arg(QString(ImportValueChoices::maxKeyChars + 1, u'a'), good)
            << 1;
        QTest::newRow("huge") << QStringLiteral(R"({"format":1,"kinds":{%1},"junk":"%2"})")
                                     .arg(good, QString(ImportValueChoices::maxStoredChars, u'x'))
                              << 0;
    }
    void hostileMemoryIgnored()
    {
        QFETCH(QString, json);
        QFETCH(int, kept);
        const ImportValueChoices c = ImportValueChoices::fromJson(json, {});
        QCOMPARE(int(c.kinds.size() + c.levels.size() + c.themes.size()), kept);
    }

    void tooManyChoicesBounded()
    {
        QJsonObject kinds;
        for (int i = 0; i < ImportValueChoices::maxPerColumn * 3; ++i)
            kinds.insert(QStringLiteral("k%1").arg(i), QStringLiteral("ngo"));
        QJsonObject o;
        o.insert(QStringLiteral("format"), 1);
        o.insert(QStringLiteral("kinds"), kinds);
        const ImportValueChoices c =
            ImportValueChoices::fromJson(QString::fromUtf8(QJsonDocument(o).toJson()), {});
        QCOMPARE(c.kinds.size(), ImportValueChoices::maxPerColumn);
    }
};

QTEST_GUILESS_MAIN(TestImportValueMatcher)
#include "TestImportValueMatcher.moc"

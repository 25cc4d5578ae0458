// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "TestFiles.h"
#include "commands/StakeholderImportCommand.h"
#include "stakeholders/CsvReader.h"
#include "stakeholders/ImportValueMemory.h"
#include "stakeholders/StakeholderCsvImport.h"
#include "stakeholders/StakeholderRepository.h"
#include "themes/ThemeRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

// An import that keeps the rows real lists hold: the officer's words for kinds, levels and
// themes recognised, a theme never a reason to leave a row out, the officer's choices for the
// rest applied and remembered in the file; what the file remembers read as untrusted, and a
// failed import or an undo leaving themes and memory as they were.
class TestStakeholderImportValues : public QObject
{
    Q_OBJECT

private:
    using Policy = StakeholderCsvImport::DuplicatePolicy;
    using Column = StakeholderCsvColumns::Column;
    std::unique_ptr<TestCity> m_city;

    Repositories& repos() { return m_city->repositories(); }
    StakeholderRepository& repo() { return repos().stakeholders(); }
    StakeholderCsvImport importer() { return {repos().store(), repo(), repos().themes()}; }

    static CsvTable table(const QByteArray& csv)
    {
        Result<CsvTable> t = CsvReader::parse(csv);
        if (!t)
            qFatal("unreadable: %s", qPrintable(t.error().message));
        return t.take();
    }
    Result<ImportReport> run(const CsvTable& t, const ImportValueChoices& values,
                             Policy policy = Policy::Skip)
    {
        return importer().run(t, StakeholderCsvImport::autoMapping(t.header), policy, values);
    }
    QString themeId(const QString& key)
    {
        const std::optional<Theme> t = repos().themes().themeByKey(key);
        return t ? t->meta.id : QString();
    }
    std::optional<Theme> themeNamed(const QString& name)
    {
        for (const Theme& t : repos().themes().themes()) {
            if (t.name == name)
                return t;
        }
        return std::nullopt;
    }
    std::optional<QString> memory() { return ImportValueMemory(m_city->file().database()).read(); }
    void storeMemory(const QString& value)
    {
        QVERIFY(ImportValueMemory(m_city->file().database()).write(value));
    }
    static QString key(const char* value)
    {
        return StakeholderCsvColumns::matchKey(QString::fromUtf8(value));
    }
    // Everything an import may touch, identities included.
    QStringList dump()
    {
        QStringList out;
        QSqlQuery q(m_city->file().database());
        for (const char* sql :
             {"SELECT id, name, kind, level FROM stakeholder ORDER BY id",
              "SELECT stakeholder_id, theme_id FROM stakeholder_theme ORDER BY 1, 2",
              "SELECT id, name, builtin_key, position FROM theme ORDER BY id",
              "SELECT key, value FROM file_meta ORDER BY key"}) {
            if (!q.exec(QLatin1String(sql)))
                qFatal("%s", sql);
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                out << cells.join(u'|');
            }
        }
        return out;
    }

private slots:
    void init() { m_city = TestCity::create(QStringLiteral("Valmer"), QStringLiteral("fr")); }
    void cleanup() { m_city.reset(); }

    void theOfficersOwnWordsImported()
    {
        const int themesBefore = int(repos().themes().themes().size());
        const Result<ImportReport> r = run(table("name,kind,level,themes\n"
                                                 "Pôle emploi,Service public,Nationale,Emploi\n"
                                                 "Université de Valmer,Université,Régionale,"
                                                 "Données; Participation\n"
                                                 "Boulangerie Martin,Entreprise,Locale,Emploi\n"
                                                 "Secours,Association,local,Réfugiés | Logement\n"
                                                 "Valmer,Collectivité,local,Participation\n"
                                                 "Banque,Secteur privé,national,Microcrédit\n"),
                                           {});
        QVERIFY(r);
        QVERIFY2(r.value().rejected.isEmpty(), qPrintable(r.value().rejected.value(0).reason));
        QCOMPARE(r.value().imported, 6);
        const auto s = [this](const char* name) {
            return *repo().byNameKey(QString::fromUtf8(name));
        };
        QCOMPARE(s("Pôle emploi").kind, Stakeholder::Kind::ServiceProvider);
        QCOMPARE(s("Pôle emploi").level, Stakeholder::Level::National);
        QCOMPARE(s("Pôle emploi").themeIds, QStringList{themeId(QStringLiteral("employment"))});
        QCOMPARE(s("Université de Valmer").kind, Stakeholder::Kind::Academia);
        QCOMPARE(s("Université de Valmer").themeIds.size(), 2);
        QCOMPARE(s("Boulangerie Martin").kind, Stakeholder::Kind::PrivateSector);
        QCOMPARE(s("Secours").kind, Stakeholder::Kind::Ngo);
        QVERIFY(s("Secours").themeIds.contains(themeId(QStringLiteral("housing"))));
        QVERIFY(s("Secours").themeIds.contains(themeId(QStringLiteral("refugees"))));
        QCOMPARE(s("Valmer").kind, Stakeholder::Kind::Municipal);
        // A theme nothing matches: made, reported, and the row kept with it.
        QCOMPARE(r.value().themesCreated, QStringList{QStringLiteral("Microcrédit")});
        const std::optional<Theme> made = themeNamed(QStringLiteral("Microcrédit"));
        QVERIFY(made);
        QCOMPARE(made->position, themesBefore);
        QCOMPARE(s("Banque").themeIds, QStringList{made->meta.id});
        QCOMPARE(int(repos().themes().themes().size()), themesBefore + 1);
        // Nothing was chosen: nothing is remembered.
        QVERIFY(!memory());
    }

    void unknownThemeNeverLeavesTheRowOut()
    {
        const int themesBefore = int(repos().themes().themes().size());
        const Result<ImportReport> r = run(table("name,kind,themes\n"
                                                 "A,ngo,Migration\n"
                                                 "B,ngo,MIGRATION; Santé\n"
                                                 "C,spaceship,Culture\n"),
                                           {});
        QVERIFY(r);
        QCOMPARE(r.value().imported, 2);
        // Line 4 is left out for its kind, not its theme; its theme is not made.
        QCOMPARE(r.value().rejected.size(), 1);
        QCOMPARE(r.value().rejected.first().line, 4);
        QVERIFY(r.value().rejected.first().reason.contains(QStringLiteral("spaceship")));
        QCOMPARE(r.value().themesCreated, QStringList{QStringLiteral("Migration")});
        QCOMPARE(int(repos().themes().themes().size()), themesBefore + 1);
        const QString migration = themeNamed(QStringLiteral("Migration"))->meta.id;
        QCOMPARE(repo().byNameKey(QStringLiteral("A"))->themeIds, QStringList{migration});
        QVERIFY(repo().byNameKey(QStringLiteral("B"))->themeIds.contains(migration));
        QVERIFY(!themeNamed(QStringLiteral("Culture")));
    }

    void newThemesBounded()
    {
        QByteArray csv = "name,themes\n";
        for (int i = 0; i < 200; ++i)
            csv += QStringLiteral("S%1,Thème inventé %1\n").arg(i).toUtf8();
        // One value left out counts once, however many rows hold it.
        for (int i = 0; i < 3; ++i)
            csv += QStringLiteral("R%1,Thème répété\n").arg(i).toUtf8();
        const int themesBefore = int(repos().themes().themes().size());
        const Result<ImportReport> r = run(table(csv), {});
        QVERIFY(r);
        QCOMPARE(r.value().imported, 203);
        QCOMPARE(r.value().themesCreated.size(), StakeholderCsvImport::maxNewThemes);
        QCOMPARE(r.value().themesNotCreated, 201 - StakeholderCsvImport::maxNewThemes);
        QCOMPARE(int(repos().themes().themes().size()),
                 themesBefore + StakeholderCsvImport::maxNewThemes);
        QVERIFY(repo().byNameKey(QStringLiteral("S199"))->themeIds.isEmpty());
    }

    void choicesAppliedAndRemembered()
    {
        const CsvTable t = table("name,kind,level,themes\n"
                                 "Office des migrations,Office,Métropole,Migration; Divers\n"
                                 "Maison,Association,local,Migration\n");
        ImportValueChoices choices;
        choices.kinds.insert(key("Office"), Stakeholder::Kind::GovernmentAgency);
        choices.levels.insert(key("Métropole"), Stakeholder::Level::Regional);
        choices.themes.insert(key("Migration"), themeId(QStringLiteral("refugees")));
        choices.themes.insert(key("Divers"), QString());
        // A choice for a value this file does not hold is not remembered.
        choices.kinds.insert(key("Elsewhere"), Stakeholder::Kind::Religious);

        const Result<StakeholderCsvImport::Preview> before = importer().preview(t, 10, {}, {});
        QVERIFY(before);
        QStringList unknown;
        for (const ImportValueMatcher::Value& v : before.value().unknownValues)
            unknown << v.text + u'/' + QString::number(v.rows);
        QCOMPARE(unknown, (QStringList{QStringLiteral("Office/1"), QStringLiteral("Métropole/1"),
                                       QStringLiteral("Migration/2"), QStringLiteral("Divers/1")}));
        QVERIFY(before.value().rows.first().problem);
        QCOMPARE(before.value().rows.first().newThemes.size(), 0); // its kind leaves it out
        QCOMPARE(before.value().rows.at(1).newThemes, QStringList{QStringLiteral("Migration")});

        const Result<ImportReport> r = run(t, choices);
        QVERIFY(r);
        QVERIFY(r.value().rejected.isEmpty());
        QVERIFY(r.value().themesCreated.isEmpty());
        const Stakeholder office = *repo().byNameKey(QStringLiteral("office des migrations"));
        QCOMPARE(office.kind, Stakeholder::Kind::GovernmentAgency);
        QCOMPARE(office.level, Stakeholder::Level::Regional);
        QCOMPARE(office.themeIds, QStringList{themeId(QStringLiteral("refugees"))});

        // Remembered: read again from the file, as the next session would.
        m_city->reopen();
        const ImportValueChoices remembered = importer().rememberedChoices();
        ImportValueChoices expected = choices;
        expected.kinds.remove(key("Elsewhere"));
        QCOMPARE(remembered, expected);
        // The next import of a list with those values needs no choice.
        const Result<ImportReport> again = importer().run(
            table("name,kind,level,themes\nCentre,OFFICE,metropole,migration\n"), Policy::Skip);
        QVERIFY(again);
        QVERIFY(again.value().rejected.isEmpty());
        QCOMPARE(repo().byNameKey(QStringLiteral("Centre"))->kind,
                 Stakeholder::Kind::GovernmentAgency);
        QCOMPARE(repo().byNameKey(QStringLiteral("Centre"))->themeIds,
                 QStringList{themeId(QStringLiteral("refugees"))});
        const Result<StakeholderCsvImport::Preview> shown =
            importer().preview(t, 10, {}, importer().rememberedChoices());
        QVERIFY(!shown.value().rows.first().problem);

        // A value the officer leaves without a choice is forgotten; the others stay.
        ImportValueChoices fewer = importer().rememberedChoices();
        fewer.kinds.remove(key("Office"));
        QVERIFY(run(table("name,kind\nAutre,Office\n"), fewer));
        expected.kinds.remove(key("Office"));
        QCOMPARE(importer().rememberedChoices(), expected);
    }

    void hostileMemoryIgnored_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("malformed") << QStringLiteral(R"({"format":1,"kinds":{"office":)");
        QTest::newRow("unknown kind")
            << QStringLiteral(R"({"format":1,"kinds":{"office":"bank"}})");
        QTest::newRow("unknown theme")
            << QStringLiteral(R"({"format":1,"themes":{"migration":"0000"}})");
        QTest::newRow("huge") << QStringLiteral(R"({"format":1,"kinds":{"office":"ngo"},"x":"%1"})")
                                     .arg(QString(2 * ImportValueChoices::maxStoredChars, u'x'));
    }
    void hostileMemoryIgnored()
    {
        QFETCH(QString, stored);
        storeMemory(stored);
        m_city->reopen();
        QVERIFY(importer().rememberedChoices().isEmpty());
        const CsvTable t = table("name,kind,themes\nA,Office,Migration\nB,ngo,\n");
        const Result<StakeholderCsvImport::Preview> p = importer().preview(t, 10);
        QVERIFY(p);
        QCOMPARE(p.value().unknownValues.size(), 2);
        const Result<ImportReport> r = importer().run(t, Policy::Skip);
        QVERIFY(r);
        QCOMPARE(r.value().imported, 1);
        // Nothing was chosen: what another program stored stays as it was.
        QSqlQuery q(m_city->file().database());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM file_meta WHERE key = "
                                      "'stakeholder_import_values'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), stored);
    }

    void failedImportChangesNothing()
    {
        ImportValueChoices choices;
        choices.kinds.insert(key("Office"), Stakeholder::Kind::GovernmentAgency);
        const CsvTable t = table("name,kind,themes\nA,Office,Migration\nBoom,ngo,Culture\n");
        QSqlQuery q(m_city->file().database());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TEMP TRIGGER boom BEFORE INSERT ON main.stakeholder WHEN NEW.name = 'Boom' "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
        const QStringList before = dump();
        QSignalSpy themesAdded(&repos().themes(), &ThemeRepository::themeAdded);
        const Result<ImportReport> r = StakeholderImportCommand::execute(
            m_city->undoStack(), repos(), t, StakeholderCsvImport::autoMapping(t.header),
            Policy::Skip, choices);
        QVERIFY(!r);
        QCOMPARE(dump(), before);
        QVERIFY(!memory());
        QCOMPARE(themesAdded.count(), 0);
        QCOMPARE(m_city->undoStack().count(), 0);
    }

    void oneUndoTakesThemesAndMemoryBack()
    {
        storeMemory(QStringLiteral(R"({"format":1,"kinds":{"asso":"migrant_association"}})"));
        const QStringList before = dump();
        ImportValueChoices choices = importer().rememberedChoices();
        choices.kinds.insert(key("Office"), Stakeholder::Kind::GovernmentAgency);
        const CsvTable t = table("name,kind,themes\nA,Office,Migration\nB,Asso,Culture\n");
        QSignalSpy added(&repos().themes(), &ThemeRepository::themeAdded);
        QSignalSpy removed(&repos().themes(), &ThemeRepository::themeRemoved);
        const Result<ImportReport> r = StakeholderImportCommand::execute(
            m_city->undoStack(), repos(), t, StakeholderCsvImport::autoMapping(t.header),
            Policy::Skip, choices);
        QVERIFY(r);
        QCOMPARE(r.value().themesCreated.size(), 2);
        QCOMPARE(repo().byNameKey(QStringLiteral("B"))->kind,
                 Stakeholder::Kind::MigrantAssociation);
        QCOMPARE(added.count(), 2);
        const QStringList after = dump();
        QVERIFY(memory()->contains(QStringLiteral("office")));
        QCOMPARE(m_city->undoStack().count(), 1);

        m_city->undoStack().undo();
        QCOMPARE(dump(), before);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(importer().rememberedChoices().kinds.size(), 1);
        m_city->undoStack().redo();
        QCOMPARE(dump(), after);
        QCOMPARE(added.count(), 4);
        m_city->reopen();
        QCOMPARE(dump(), after);
    }

    void previewNamesTheDuplicates()
    {
        for (const char* name : {"Caritas", "Secours populaire"}) {
            Stakeholder s;
            s.name = QString::fromUtf8(name);
            QVERIFY(repo().add(s));
        }
        const CsvTable t = table("name\nCARITAS\nAtlas\nsecours  POPULAIRE\ncaritas\n");
        const Result<StakeholderCsvImport::Preview> p = importer().preview(t, 1);
        QVERIFY(p);
        QCOMPARE(p.value().existingMatches, 2);
        QCOMPARE(p.value().existingNames,
                 (QStringList{QStringLiteral("CARITAS"), QStringLiteral("secours  POPULAIRE")}));
    }
};

QTEST_GUILESS_MAIN(TestStakeholderImportValues)
#include "TestStakeholderImportValues.moc"

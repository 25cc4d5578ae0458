// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFiles.h"
#include "checklists/ChecklistRepository.h"
#include "checklists/TemplateFormat.h"
#include "checklists/TemplateInstaller.h"
#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#define VERIFY_OK(call)                                                                            \
    do {                                                                                           \
        const auto result_ = (call);                                                               \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().message));    \
    } while (false)

// Installing, upgrading, exporting and importing checklist templates in a city file: answers
// survive upgrades, dropped items are retired, and a refused import changes nothing.
class TestTemplateInstaller : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CityFile> m_file;
    std::unique_ptr<Repositories> m_repos;

    ChecklistRepository& repo() { return m_repos->checklists(); }

    void open(const QString& name, const QString& language = QStringLiteral("en"))
    {
        m_repos.reset();
        m_file.reset();
        CityFile::NewCity city;
        city.name = QStringLiteral("Partinico");
        city.country = QStringLiteral("IT");
        city.language = language;
        CityFile::OpenResult r = CitySeeder::createFile(m_dir.filePath(name), city);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
        m_file = r.take();
        m_repos = std::make_unique<Repositories>(*m_file);
    }

    int count(const QString& table)
    {
        QSqlQuery q(m_file->database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static TemplateDocument builtin()
    {
        return TemplateFormat::builtin(QStringLiteral("mc2cm_basic_services")).value();
    }

    ChecklistItem itemByKey(const QString& templateId, const QString& key)
    {
        for (const ChecklistItem& i : repo().allItems(templateId)) {
            if (i.key == key)
                return i;
        }
        return {};
    }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void cleanup()
    {
        m_repos.reset();
        m_file.reset();
    }

    void newFileHasTheBuiltinChecklist()
    {
        open(QStringLiteral("en.passerelle"));
        const std::optional<ChecklistTemplate> t =
            repo().templateByKey(QStringLiteral("mc2cm_basic_services"));
        QVERIFY(t);
        QVERIFY(t->builtin);
        QCOMPARE(t->version, 1);
        QCOMPARE(t->title, QStringLiteral("Access to basic services (MC2CM)"));
        const QList<ChecklistArea> areas = repo().areas(t->meta.id);
        QCOMPARE(areas.size(), 12);
        QCOMPARE(areas.first().key, QStringLiteral("education"));
        QCOMPARE(areas.first().title, QStringLiteral("Education"));
        QCOMPARE(repo().templates().size(), 1);
        const std::optional<Theme> education =
            m_repos->themes().themeByKey(QStringLiteral("education"));
        QVERIFY(education);
        QCOMPARE(areas.first().themeId, education->meta.id);
        const QList<ChecklistItem> items = repo().items(areas.first().meta.id);
        QVERIFY(items.size() >= 6);
        QCOMPARE(items.first().key, QStringLiteral("school_enrolment_without_permit"));
        QVERIFY(items.first().statement.startsWith(QStringLiteral("A newly arrived child")));
        QVERIFY(!items.first().guidance.isEmpty());
        QCOMPARE(items.first().themeId, education->meta.id);
        QCOMPARE(items.first().addedInVersion, 1);
        // An item tagged with another theme than its area's.
        const ChecklistItem curricula =
            itemByKey(t->meta.id, QStringLiteral("diversity_in_curricula"));
        QCOMPARE(curricula.themeId,
                 m_repos->themes().themeByKey(QStringLiteral("social_cohesion"))->meta.id);
    }

    void frenchFileGetsFrenchText()
    {
        open(QStringLiteral("fr.passerelle"), QStringLiteral("fr"));
        const std::optional<ChecklistTemplate> t =
            repo().templateByKey(QStringLiteral("mc2cm_basic_services"));
        QVERIFY(t);
        QCOMPARE(t->title, QStringLiteral("Accès aux services de base (MC2CM)"));
        QCOMPARE(repo().areas(t->meta.id).first().title, QStringLiteral("Éducation"));
        QVERIFY(itemByKey(t->meta.id, QStringLiteral("school_enrolment_without_permit"))
                    .statement.startsWith(QStringLiteral("Un enfant")));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        // A language neither the program nor this checklist speaks.
        open(QStringLiteral("de.passerelle"), QStringLiteral("de"));
        const std::optional<ChecklistTemplate> t =
            repo().templateByKey(QStringLiteral("mc2cm_basic_services"));
        QVERIFY(t);
        QCOMPARE(repo().areas(t->meta.id).first().title, QStringLiteral("Education"));
    }

    void upgradeKeepsAnswersAndRetiresDroppedItems()
    {
        open(QStringLiteral("upgrade.passerelle"));
        const QString id = repo().templateByKey(QStringLiteral("mc2cm_basic_services"))->meta.id;
        AssessmentRound round;
        round.templateId = id;
        round.label = QStringLiteral("2025");
        round.heldOn = QDate(2025, 5, 1);
        VERIFY_OK(repo().add(round));
        const ChecklistItem reworded =
            itemByKey(id, QStringLiteral("school_enrolment_without_permit"));
        const ChecklistItem dropped = itemByKey(id, QStringLiteral("enrolment_within_weeks"));
        QVERIFY(!reworded.meta.id.isEmpty() && !dropped.meta.id.isEmpty());
        Answer a1{{}, round.meta.id, reworded.meta.id, Answer::Value::Met, "ok", {}, {}, {}};
        Answer a2{{}, round.meta.id, dropped.meta.id, Answer::Value::NotMet, {}, {}, {}, {}};
        VERIFY_OK(repo().add(a1));
        VERIFY_OK(repo().add(a2));
        // The officer's own item in the built-in checklist.
        ChecklistItem own;
        own.areaId = reworded.areaId;
        own.statement = QStringLiteral("Our own check");
        VERIFY_OK(repo().add(own));
        const int answersBefore = count(QStringLiteral("answer"));
        const int itemsBefore = count(QStringLiteral("checklist_item"));

        TemplateDocument v2 = builtin();
        v2.version = 2;
        TemplateDocument::Area& education = v2.areas[0];
        education.items[0].statement[QStringLiteral("en")] = QStringLiteral("Reworded");
        education.items.removeAt(1);
        TemplateDocument::Item added;
        added.key = QStringLiteral("school_meals");
        for (const QString& language : v2.languages)
            added.statement.insert(language, QStringLiteral("Meals (%1)").arg(language));
        education.items << added;
        TemplateInstaller installer(*m_repos);
        const Result<QString> r = installer.install(v2, false, {}, QDate(2026, 1, 10));
        VERIFY_OK(r);
        QCOMPARE(r.value(), id);

        QCOMPARE(repo().checklistTemplate(id)->version, 2);
        QVERIFY(repo().checklistTemplate(id)->builtin); // stays built-in
        QCOMPARE(count(QStringLiteral("checklist_item")), itemsBefore + 1);
        QCOMPARE(count(QStringLiteral("answer")), answersBefore);
        QCOMPARE(repo().answer(a1.meta.id), std::optional(a1));
        QCOMPARE(repo().answer(a2.meta.id), std::optional(a2));
        const ChecklistItem rewordedNow = repo().item(reworded.meta.id).value();
        QCOMPARE(rewordedNow.statement, QStringLiteral("Reworded"));
        QCOMPARE(rewordedNow.addedInVersion, 1);
        QVERIFY(!rewordedNow.isRetired());
        QCOMPARE(repo().item(dropped.meta.id)->retiredOn, QDate(2026, 1, 10));
        QVERIFY(!repo().item(own.meta.id)->isRetired());
        const ChecklistItem meals = itemByKey(id, QStringLiteral("school_meals"));
        QCOMPARE(meals.addedInVersion, 2);
        QCOMPARE(meals.areaId, reworded.areaId);

        // The same version again: refused, nothing changed.
        const int items = count(QStringLiteral("checklist_item"));
        const Result<QString> again = installer.install(v2, false, {}, QDate(2026, 2, 1));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QStringLiteral("version 2")),
                 qPrintable(again.error().message));
        QCOMPARE(count(QStringLiteral("checklist_item")), items);
        QCOMPARE(repo().item(dropped.meta.id)->retiredOn, QDate(2026, 1, 10));

        // A version 3 that brings the dropped item back asks it again.
        TemplateDocument v3 = builtin();
        v3.version = 3;
        VERIFY_OK(installer.install(v3, false, {}, QDate(2026, 3, 1)));
        QVERIFY(!repo().item(dropped.meta.id)->isRetired());
        QCOMPARE(repo().item(meals.meta.id)->retiredOn, QDate(2026, 3, 1));
        QCOMPARE(repo().item(reworded.meta.id)->statement,
                 builtin().areas[0].items[0].statement.value("en"));
    }

    void exportThenImportIntoAnotherCity()
    {
        open(QStringLiteral("mentor.passerelle"), QStringLiteral("fr"));
        ChecklistTemplate own;
        own.key = QStringLiteral("mechelen_welcome");
        own.title = QStringLiteral("Accueil");
        VERIFY_OK(repo().add(own));
        ChecklistArea area;
        area.templateId = own.meta.id;
        area.key = QStringLiteral("welcome");
        area.title = QStringLiteral("Accueil");
        area.themeId = m_repos->themes().themeByKey(QStringLiteral("participation"))->meta.id;
        VERIFY_OK(repo().add(area));
        ChecklistItem item;
        item.areaId = area.meta.id;
        item.key = QStringLiteral("desk");
        item.statement = QStringLiteral("Un guichet d'accueil existe");
        item.guidance = QStringLiteral("Adresse et horaires");
        VERIFY_OK(repo().add(item));
        ChecklistItem retired = item;
        retired.meta = {};
        retired.key = QStringLiteral("old");
        retired.retiredOn = QDate(2020, 1, 1);
        VERIFY_OK(repo().add(retired));

        TemplateInstaller mentor(*m_repos);
        Result<TemplateDocument> exported = mentor.exportTemplate(own.meta.id);
        VERIFY_OK(exported);
        QCOMPARE(exported.value().languages, QStringList{QStringLiteral("fr")});
        QCOMPARE(exported.value().areas.first().items.size(), 1); // retired left out
        QCOMPARE(exported.value().areas.first().themeKey, QStringLiteral("participation"));
        const QByteArray json = TemplateFormat::toJson(exported.value());
        QVERIFY(json.contains("\"fr\""));
        QVERIFY(!json.contains("\"en\""));
        const QByteArray builtinJson = TemplateFormat::toJson(
            mentor
                .exportTemplate(
                    repo().templateByKey(QStringLiteral("mc2cm_basic_services"))->meta.id)
                .value());

        open(QStringLiteral("mentee.passerelle"), QStringLiteral("it"));
        TemplateInstaller mentee(*m_repos);
        const Result<QString> imported = mentee.importJson(json);
        VERIFY_OK(imported);
        const std::optional<ChecklistTemplate> t = repo().checklistTemplate(imported.value());
        QCOMPARE(t->key, QStringLiteral("mechelen_welcome"));
        QCOMPARE(t->title, QStringLiteral("Accueil")); // no Italian: the only language given
        QVERIFY(!t->builtin);
        const QList<ChecklistArea> areas = repo().areas(t->meta.id);
        QCOMPARE(areas.size(), 1);
        QCOMPARE(areas.first().themeId,
                 m_repos->themes().themeByKey(QStringLiteral("participation"))->meta.id);
        const QList<ChecklistItem> items = repo().items(areas.first().meta.id);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().key, QStringLiteral("desk"));
        QCOMPARE(items.first().guidance, QStringLiteral("Adresse et horaires"));

        // The partner's copy of a checklist this file already has at that version.
        const QByteArray before = TestFiles::hash(m_file->path());
        const Result<QString> same = mentee.importJson(builtinJson);
        QVERIFY(!same.ok());
        QVERIFY2(same.error().message.contains(QStringLiteral("already has version 1")),
                 qPrintable(same.error().message));
        QCOMPARE(TestFiles::hash(m_file->path()), before);
    }

    void refusedImportChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << QByteArray("{\"format\": 1,") << QStringLiteral("JSON");
        QTest::newRow("newer") << QByteArray(R"({"format": 9, "areas": []})")
                               << QStringLiteral("format 9");
        const QByteArray base = R"({"format": 1, "key": "k", "version": 1, "languages": ["en","fr"],
            "title": {"en": "T", "fr": "T"}, "areas": [
              {"key": "a", "title": {"en": "A", "fr": "A"}, "items": [
                {"key": "i1", "statement": {"en": "S", "fr": "S"}},
                {"key": "%1", "statement": %2}]}%3]})";
        auto make = [&](const char* key2, const char* statement, const char* more) {
            return QString::fromUtf8(base)
                .arg(QLatin1String(key2), QLatin1String(statement), QLatin1String(more))
                .toUtf8();
        };
        QTest::newRow("duplicate item")
            << make("i1", R"({"en": "S", "fr": "S"})", "") << QStringLiteral("“i1”");
        QTest::newRow("duplicate area")
            << make("i2", R"({"en": "S", "fr": "S"})",
                    R"(, {"key": "a", "title": {"en": "B", "fr": "B"}, "items": []})")
            << QStringLiteral("“a”");
        QTest::newRow("missing translation")
            << make("i2", R"({"en": "S"})", "") << QStringLiteral("“i2”");
        // Valid: the control that the rows above fail for their own reason only.
        QTest::newRow("valid") << make("i2", R"({"en": "S", "fr": "S"})", "") << QString();
    }

    void refusedImportChangesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        open(QStringLiteral("refuse-%1.passerelle").arg(QTest::currentDataTag()));
        const QString path = m_file->path();
        const int templates = count(QStringLiteral("checklist_template"));
        // Closed and reopened, so that the bytes compared are the whole file.
        cleanup();
        const QByteArray before = TestFiles::hash(path);
        CityFile::OpenResult reopened = CityFile::open(path);
        QVERIFY(reopened.ok());
        m_file = reopened.take();
        m_repos = std::make_unique<Repositories>(*m_file);
        TemplateInstaller installer(*m_repos);
        const Result<QString> r = installer.importJson(json);
        if (expected.isEmpty()) {
            VERIFY_OK(r);
            QCOMPARE(count(QStringLiteral("checklist_template")), templates + 1);
            return;
        }
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QCOMPARE(count(QStringLiteral("checklist_template")), templates);
        cleanup();
        QCOMPARE(TestFiles::hash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestTemplateInstaller)
#include "TestTemplateInstaller.moc"

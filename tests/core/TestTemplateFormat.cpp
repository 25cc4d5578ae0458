// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestFiles.h"
#include "checklists/TemplateFormat.h"
#include "common/TextLimits.h"
#include "themes/ThemeRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// Reading and checking checklist templates: the built-in one is complete in English and
// French, and every broken file is refused with a message that names the problem.
class TestTemplateFormat : public QObject
{
    Q_OBJECT

private:
    // A small valid template in two languages, to break one thing at a time.
    static QJsonObject valid()
    {
        auto text = [](const char* en, const char* fr) {
            return QJsonObject{{"en", QString::fromUtf8(en)}, {"fr", QString::fromUtf8(fr)}};
        };
        QJsonObject item{{"key", "school_enrolment"},
                         {"statement", text("A child can enrol", "Un enfant peut s'inscrire")},
                         {"guidance", text("Ask the schools", "Demander aux écoles")}};
        QJsonObject other{{"key", "language_classes"},
                          {"theme", "social_cohesion"},
                          {"statement", text("Language classes exist", "Des cours existent")}};
        QJsonObject area{{"key", "education"},
                         {"theme", "education"},
                         {"title", text("Education", "Éducation")},
                         {"items", QJsonArray{item, other}}};
        return {{"format", 1},
                {"key", "small"},
                {"version", 2},
                {"languages", QJsonArray{"en", "fr"}},
                {"title", text("Small", "Petit")},
                {"areas", QJsonArray{area}}};
    }

    static QByteArray bytes(const QJsonObject& o) { return QJsonDocument(o).toJson(); }

    // Applies edit to the first item of the first area.
    template <typename F> static QJsonObject withItem(F edit, int index = 0)
    {
        QJsonObject root = valid();
        QJsonArray areas = root.value("areas").toArray();
        QJsonObject area = areas.at(0).toObject();
        QJsonArray items = area.value("items").toArray();
        QJsonObject item = items.at(index).toObject();
        edit(item);
        items[index] = item;
        area["items"] = items;
        areas[0] = area;
        root["areas"] = areas;
        return root;
    }

private slots:
    void builtinIsCompleteInEveryLanguage()
    {
        QVERIFY(TemplateFormat::builtinKeys().contains(QStringLiteral("mc2cm_basic_services")));
        const Result<TemplateDocument> r =
            TemplateFormat::builtin(QStringLiteral("mc2cm_basic_services"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const TemplateDocument& doc = r.value();
        QCOMPARE(doc.format, 1);
        QCOMPARE(doc.version, 1);
        // Every language Passerelle speaks (the validation checks that each text has them all).
        QCOMPARE(doc.languages, QStringList({"en", "fr", "ar", "es", "it", "el", "nl"}));
        QStringList areaKeys;
        for (const TemplateDocument::Area& a : doc.areas)
            areaKeys << a.key;
        QCOMPARE(areaKeys, QStringList({"education", "employment", "health", "housing",
                                        "vulnerability", "environment", "mobility", "water",
                                        "institutional", "inclusion", "awareness", "cooperation"}));
        QSet<QString> themes;
        for (const auto& [key, name] : ThemeRepository::builtinNames(QStringLiteral("en")))
            themes.insert(key);
        for (const TemplateDocument::Area& a : doc.areas) {
            QVERIFY2(a.items.size() >= 6, qPrintable(a.key));
            QVERIFY(themes.contains(a.themeKey));
            QVERIFY(!a.description.value("fr").isEmpty());
            for (const TemplateDocument::Item& i : a.items) {
                QVERIFY2(themes.contains(i.themeKey), qPrintable(i.key));
                for (const QString& l : doc.languages) {
                    QVERIFY2(!i.statement.value(l).trimmed().isEmpty(), qPrintable(i.key));
                    QVERIFY2(!i.guidance.value(l).trimmed().isEmpty(), qPrintable(i.key));
                }
                QVERIFY(i.statement.value("en") != i.statement.value("fr"));
            }
        }
        QCOMPARE(doc.text(doc.areas.first().title, QStringLiteral("fr")),
                 QStringLiteral("Éducation"));
        QCOMPARE(doc.text(doc.areas.first().title, QStringLiteral("ar")),
                 QStringLiteral("التعليم"));
        // Unknown language: English.
        QCOMPARE(doc.text(doc.areas.first().title, QStringLiteral("de")),
                 QStringLiteral("Education"));
        QVERIFY(!TemplateFormat::builtin(QStringLiteral("nope")).ok());
    }

    void writesWhatItReads()
    {
        const Result<TemplateDocument> first = TemplateFormat::parse(bytes(valid()));
        QVERIFY(first.ok());
        const Result<TemplateDocument> again =
            TemplateFormat::parse(TemplateFormat::toJson(first.value()));
        QVERIFY(again.ok());
        const TemplateDocument& a = first.value();
        const TemplateDocument& b = again.value();
        QCOMPARE(b.key, a.key);
        QCOMPARE(b.version, 2);
        QCOMPARE(b.languages, a.languages);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.areas.size(), 1);
        QCOMPARE(b.areas.first().themeKey, QStringLiteral("education"));
        QCOMPARE(b.areas.first().items.size(), 2);
        QCOMPARE(b.areas.first().items.at(0).statement, a.areas.first().items.at(0).statement);
        QCOMPARE(b.areas.first().items.at(0).guidance, a.areas.first().items.at(0).guidance);
        QCOMPARE(b.areas.first().items.at(1).themeKey, QStringLiteral("social_cohesion"));
        QVERIFY(b.areas.first().items.at(1).guidance.isEmpty());
    }

    void refusesWithTheProblemNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("malformed") << QByteArray("{\n  \"format\": 1\n  \"key\": \"x\"\n}")
                                   << QStringList{"not valid JSON", "line 3"};
        QTest::newRow("not json object")
            << QByteArray("[1, 2]") << QStringList{"not a Passerelle checklist"};
        QTest::newRow("empty") << QByteArray() << QStringList{"not valid JSON"};
        QJsonObject newer = valid();
        newer["format"] = 2;
        QTest::newRow("newer format") << bytes(newer) << QStringList{"format 2", "Update"};

        QJsonObject dupArea = valid();
        QJsonArray areas = dupArea.value("areas").toArray();
        areas.append(areas.at(0));
        dupArea["areas"] = areas;
        QTest::newRow("duplicate area") << bytes(dupArea) << QStringList{"“education”", "twice"};

        QTest::newRow("duplicate item")
            << bytes(withItem([](QJsonObject& i) { i["key"] = "school_enrolment"; }, 1))
            << QStringList{"“school_enrolment”", "twice"};
        QTest::newRow("missing translation") << bytes(withItem([](QJsonObject& i) {
            i["statement"] = QJsonObject{{"en", "A child can enrol"}};
        })) << QStringList{"“school_enrolment”", "“fr”"};
        QTest::newRow("missing guidance translation") << bytes(withItem([](QJsonObject& i) {
            i["guidance"] = QJsonObject{{"fr", "Demander"}};
        })) << QStringList{"guidance", "“school_enrolment”", "“en”"};
        QTest::newRow("empty statement") << bytes(withItem([](QJsonObject& i) {
            i["statement"] = QJsonObject{{"en", "  "}, {"fr", "Un enfant"}};
        })) << QStringList{"“school_enrolment”", "empty", "“en”"};
        QTest::newRow("unknown theme")
            << bytes(withItem([](QJsonObject& i) { i["theme"] = "gardening"; }))
            << QStringList{"“gardening”", "“school_enrolment”", "education"};
        QTest::newRow("item without key")
            << bytes(withItem([](QJsonObject& i) { i.remove("key"); }))
            << QStringList{"“education”", "no key"};
        QTest::newRow("item from the future")
            << bytes(withItem([](QJsonObject& i) { i["added_in_version"] = 5; }))
            << QStringList{"“school_enrolment”", "version 5"};

        QJsonObject noKey = valid();
        noKey.remove("key");
        QTest::newRow("no key") << bytes(noKey) << QStringList{"no key"};
        QJsonObject noVersion = valid();
        noVersion["version"] = 0;
        QTest::newRow("no version") << bytes(noVersion) << QStringList{"version"};
        QJsonObject noAreas = valid();
        noAreas["areas"] = QJsonArray();
        QTest::newRow("no areas") << bytes(noAreas) << QStringList{"no areas"};
        QJsonObject noTitle = valid();
        noTitle["title"] = QJsonObject{{"en", "Small"}};
        QTest::newRow("title not translated") << bytes(noTitle) << QStringList{"title", "“fr”"};

        // A line is a line, guidance some pages: longer texts are refused, naming the limit.
        const QString line(TextLimits::maxShortText + 1, QLatin1Char('a'));
        QTest::newRow("statement too long") << bytes(withItem([&](QJsonObject& i) {
            i["statement"] = QJsonObject{{"en", line}, {"fr", "Un enfant"}};
        })) << QStringList{"“school_enrolment”", "“en”", QString::number(TextLimits::maxShortText)};
        const QString pages(TextLimits::maxLongText + 1, QLatin1Char('a'));
        QTest::newRow("guidance too long") << bytes(withItem([&](QJsonObject& i) {
            i["guidance"] = QJsonObject{{"en", pages}, {"fr", "Demander"}};
        })) << QStringList{"guidance", QString::number(TextLimits::maxLongText)};
        QTest::newRow("key too long")
            << bytes(withItem([&](QJsonObject& i) { i["key"] = line; }))
            << QStringList{"key", QString::number(TextLimits::maxShortText)};
        QJsonObject many = valid();
        QJsonArray manyAreas = many.value("areas").toArray();
        QJsonObject bigArea = manyAreas.at(0).toObject();
        QJsonArray items;
        for (int i = 0; i <= TemplateFormat::maxItems; ++i) {
            QJsonObject item = bigArea.value("items").toArray().at(0).toObject();
            item["key"] = QStringLiteral("item_%1").arg(i);
            items.append(item);
        }
        bigArea["items"] = items;
        manyAreas[0] = bigArea;
        many["areas"] = manyAreas;
        QTest::newRow("too many items")
            << bytes(many) << QStringList{QString::number(TemplateFormat::maxItems + 1), "items"};
    }

    void refusesWithTheProblemNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const Result<TemplateDocument> r = TemplateFormat::parse(json);
        QVERIFY(!r.ok());
        for (const QString& part : expected)
            QVERIFY2(r.error().message.contains(part), qPrintable(r.error().message));
    }

    void fileJustUnderTheLimitIsRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Valid JSON padded with spaces to the limit: read and parsed; one byte more is not.
        QByteArray json = bytes(valid());
        json += QByteArray(qsizetype(TemplateFormat::maxBytes) - json.size(), ' ');
        const QString under = TestFiles::write(dir, QStringLiteral("under.json"), json);
        const Result<QByteArray> read = TemplateFormat::readFile(under);
        QVERIFY(read);
        QVERIFY(TemplateFormat::parse(read.value()));
        const QString over = TestFiles::write(dir, QStringLiteral("over.json"), json + ' ');
        const Result<QByteArray> refused = TemplateFormat::readFile(over);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("“over.json”")) &&
                     refused.error().message.contains(QStringLiteral("2 MB")),
                 qPrintable(refused.error().message));
        QVERIFY(!TemplateFormat::parse(json + ' '));
    }

    void devicesAndPipesAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList paths{dir.path()};
        if (QFile::exists(QStringLiteral("/dev/zero")))
            paths << QStringLiteral("/dev/zero");
#ifdef Q_OS_UNIX
        const QString fifo = dir.filePath(QStringLiteral("checklist.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        paths << fifo;
#endif
        for (const QString& path : std::as_const(paths)) {
            QElapsedTimer timer;
            timer.start();
            const Result<QByteArray> r = TemplateFormat::readFile(path);
            QVERIFY2(!r, qPrintable(path));
            QVERIFY2(r.error().message.contains(QStringLiteral("not a file")),
                     qPrintable(r.error().message));
            QVERIFY(timer.elapsed() < 2000);
        }
        const Result<QByteArray> missing = TemplateFormat::readFile(dir.filePath("no.json"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("“no.json”")));
    }
};

QTEST_GUILESS_MAIN(TestTemplateFormat)
#include "TestTemplateFormat.moc"

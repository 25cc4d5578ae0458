// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateEditorTesting.h"

// Checklists exported from the "Areas and items" editor and imported in another city, an
// upgrade imported as one undo step, and the files an import refuses without changing
// anything.
class TestTemplateExchange : public QObject, protected TemplateEditorTesting
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }

    void init() { DialogHooks::reset(); }

    void exportsAndImportsInAnotherCity()
    {
        auto a = open(TestCity::demo());
        // A checklist of the city's own, so that the other city does not hold it already.
        ChecklistTemplate own;
        own.key = QStringLiteral("valmer-welcome");
        own.title = QStringLiteral("Valmer welcome");
        QVERIFY(a->repo().add(own));
        a->editor->showTemplate(own.meta.id);
        QCOMPARE(a->model().templateId(), own.meta.id);
        answerEntry(QStringLiteral("Arrival"));
        a->click(QStringLiteral("addArea"));
        answerEntry(QStringLiteral("Newcomers get a welcome pack."), QStringLiteral("The pack"));
        a->click(QStringLiteral("addItem"));
        answerEntry(QStringLiteral("A one-stop shop is open every weekday."));
        a->click(QStringLiteral("addItem"));

        const QString path = m_dir.filePath(QStringLiteral("welcome.json"));
        DialogHooks::setNextFileName(path);
        a->click(QStringLiteral("exportTemplate"));
        QVERIFY(QFile::exists(path));

        auto b = open(TestCity::create(QStringLiteral("Sfax")));
        const int checklists = b->repo().templates().size();
        DialogHooks::setNextFileName(path);
        DialogHooks::setNextAnswer(QMessageBox::Yes);
        b->click(QStringLiteral("importTemplate"));
        const QString asked = DialogHooks::messages().last().text;
        QVERIFY2(asked.contains(QStringLiteral("Valmer welcome")) &&
                     asked.contains(QStringLiteral("1 area")) &&
                     asked.contains(QStringLiteral("2 items")),
                 qPrintable(asked));
        const std::optional<ChecklistTemplate> imported = b->repo().templateByKey(own.key);
        QVERIFY(imported);
        QCOMPARE(b->model().templateId(), imported->meta.id); // shown at once
        const QList<ChecklistItem> items = b->repo().allItems(imported->meta.id);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.first().statement, QStringLiteral("Newcomers get a welcome pack."));
        QCOMPARE(items.first().guidance, QStringLiteral("The pack"));
        QCOMPARE(b->model().rowCount(b->model().index(0, 0)), 2);

        b->stack().undo();
        QCOMPARE(b->repo().templates().size(), checklists);
        QVERIFY(b->model().templateId() != imported->meta.id);
        b->stack().redo();
        QCOMPARE(b->repo().templateByKey(own.key)->meta.id, imported->meta.id);

        // The same version again is refused with a message; nothing changes.
        const int steps = b->stack().count();
        DialogHooks::setNextFileName(path);
        b->click(QStringLiteral("importTemplate"));
        QVERIFY(
            DialogHooks::messages().last().text.contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(b->stack().count(), steps);
    }

    void upgradeImportIsUndoable()
    {
        auto s = open(TestCity::demo());
        const QString id = s->model().templateId();
        Result<TemplateDocument> doc =
            TemplateInstaller(s->city->repositories()).exportTemplate(id);
        QVERIFY(doc);
        TemplateDocument next = doc.value();
        next.version += 1;
        const QString language = next.languages.first();
        next.areas.first().items.first().statement.insert(language, QStringLiteral("Reworded"));
        const QString dropped = next.areas.first().items.takeLast().key;
        const QList<ChecklistItem> before = s->repo().allItems(id);
        const QString path =
            TestFiles::write(m_dir, QStringLiteral("next.json"), TemplateFormat::toJson(next));
        DialogHooks::setNextFileName(path);
        DialogHooks::setNextAnswer(QMessageBox::Yes);
        s->click(QStringLiteral("importTemplate"));
        QVERIFY(DialogHooks::messages().last().text.startsWith(QStringLiteral("Upgrade")));
        const QList<ChecklistItem> after = s->repo().allItems(id);
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.first().statement, QStringLiteral("Reworded"));
        bool retired = false;
        for (const ChecklistItem& i : after)
            retired |= i.key == dropped && i.isRetired();
        QVERIFY(retired);

        s->stack().undo();
        QList<ChecklistItem> undone = s->repo().allItems(id);
        QCOMPARE(undone.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            QCOMPARE(undone[i].statement, before[i].statement);
            QCOMPARE(undone[i].retiredOn, before[i].retiredOn);
        }
        QCOMPARE(s->repo().checklistTemplate(id)->version, doc.value().version);
        s->stack().redo();
        QCOMPARE(s->repo().allItems(id).first().statement, QStringLiteral("Reworded"));
        QCOMPARE(s->repo().checklistTemplate(id)->version, next.version);
    }

    void refusesAMalformedFileAndChangesNothing()
    {
        auto s = open(TestCity::demo());
        const QString path = TestFiles::write(m_dir, QStringLiteral("broken.json"),
                                              QByteArrayLiteral("{\"format\": 1, \"key\": "));
        const QByteArray hash = TestFiles::hash(s->city->path());
        const int steps = s->stack().count();
        const int checklists = s->repo().templates().size();
        DialogHooks::setNextFileName(path);
        s->click(QStringLiteral("importTemplate"));
        const DialogHooks::Message shown = DialogHooks::messages().last();
        QCOMPARE(shown.icon, QMessageBox::Warning);
        QVERIFY2(shown.text.contains(QStringLiteral("broken.json")) &&
                     shown.text.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(shown.text));
        QCOMPARE(s->stack().count(), steps);
        QCOMPARE(s->repo().templates().size(), checklists);
        QCOMPARE(TestFiles::hash(s->city->path()), hash);

        // A file from a newer format: the core's message names the problem.
        TemplateDocument doc = TemplateInstaller(s->city->repositories())
                                   .exportTemplate(s->model().templateId())
                                   .value();
        QByteArray json = TemplateFormat::toJson(doc);
        json.replace("\"format\": 1", "\"format\": 99");
        const QString newer = TestFiles::write(m_dir, QStringLiteral("newer.json"), json);
        Result<TemplateDocument> refused = TemplateFormat::parse(json);
        QVERIFY(!refused);
        DialogHooks::setNextFileName(newer);
        s->click(QStringLiteral("importTemplate"));
        QVERIFY2(DialogHooks::messages().last().text.contains(refused.error().message),
                 qPrintable(DialogHooks::messages().last().text));
        QCOMPARE(TestFiles::hash(s->city->path()), hash);
    }

    void refusesADeviceAndAnOversizedFile()
    {
        auto s = open(TestCity::demo());
        const QByteArray hash = TestFiles::hash(s->city->path());
        const int steps = s->stack().count();
        QStringList paths{
            TestFiles::write(m_dir, QStringLiteral("huge.json"),
                             QByteArray(qsizetype(TemplateFormat::maxBytes) + 1, ' '))};
        if (QFile::exists(QStringLiteral("/dev/zero")))
            paths << QStringLiteral("/dev/zero");
        for (const QString& path : std::as_const(paths)) {
            DialogHooks::setNextFileName(path);
            s->click(QStringLiteral("importTemplate"));
            const DialogHooks::Message shown = DialogHooks::messages().last();
            QCOMPARE(shown.icon, QMessageBox::Warning);
            QVERIFY2(shown.text.contains(QFileInfo(path).fileName()) &&
                         shown.text.contains(QStringLiteral("Nothing was changed")),
                     qPrintable(shown.text));
        }
        QCOMPARE(s->stack().count(), steps);
        QCOMPARE(TestFiles::hash(s->city->path()), hash);
    }
};

QTEST_MAIN(TestTemplateExchange)
#include "TestTemplateExchange.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "TestFiles.h"
#include "checklists/ChecklistRepository.h"
#include "checklists/Scoring.h"
#include "checklists/TemplateFormat.h"
#include "checklists/TemplateInstaller.h"
#include "checklists/template/TemplateEditor.h"
#include "checklists/template/TemplateEntryDialog.h"
#include "checklists/template/TemplateTreeModel.h"
#include "i18n/Translator.h"
#include "shell/DialogHooks.h"
#include "shell/MessageBar.h"
#include "shell/PaneContext.h"
#include "themes/ThemeRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

// The "Areas and items" editor driven as an officer would, on a demo city: adding, editing,
// reordering with the keyboard, retiring, bringing back and deleting, each undone and redone;
// exporting a checklist and importing it in another city; refused files; read-only files.
class TestTemplateEditor : public QObject
{
    Q_OBJECT

private:
    struct Session
    {
        std::unique_ptr<TestCity> city;
        std::unique_ptr<TemplateEditor> editor;
        std::unique_ptr<QAbstractItemModelTester> tester;

        ~Session()
        {
            tester.reset();
            editor.reset();
        }
        ChecklistRepository& repo() { return city->repositories().checklists(); }
        QUndoStack& stack() { return city->undoStack(); }
        TemplateTreeModel& model() { return *editor->model(); }
        QTreeView* tree() { return editor->findChild<QTreeView*>(QStringLiteral("templateTree")); }
        QAction* action(const QString& name) { return editor->findChild<QAction*>(name); }
        void click(const QString& name)
        {
            auto* bar = editor->findChild<QToolBar*>(QStringLiteral("templateToolBar"));
            QWidget* button = bar->widgetForAction(action(name));
            QVERIFY(button && button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
        }
        void select(const QModelIndex& index) { tree()->setCurrentIndex(index); }
        QString message() { return editor->findChild<MessageBar*>()->message(); }
    };

    static std::unique_ptr<Session> open(std::unique_ptr<TestCity> city)
    {
        auto s = std::make_unique<Session>();
        s->city = std::move(city);
        PaneContext context{s->city->file(), s->city->repositories(), s->city->undoStack()};
        s->editor = std::make_unique<TemplateEditor>(context);
        s->tester = std::make_unique<QAbstractItemModelTester>(
            s->editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        s->editor->resize(1100, 700);
        s->editor->show();
        QApplication::setActiveWindow(s->editor.get());
        return s;
    }

    // Answers the next entry dialog with these texts, after checking that an empty one is
    // refused inline.
    static void answerEntry(const QString& text, const QString& details = {})
    {
        DialogHooks::setNextDialogHandler([text, details](QDialog& dialog) {
            auto* line = dialog.findChild<QLineEdit*>(QStringLiteral("entryText"));
            auto* box = dialog.findChild<QDialogButtonBox*>();
            if (!line || !box)
                return int(QDialog::Rejected);
            QPushButton* ok = box->button(QDialogButtonBox::Ok);
            const bool refusedEmpty =
                !ok->isEnabled() && !static_cast<TemplateEntryDialog&>(dialog).error().isEmpty();
            QTest::keyClicks(line, text);
            dialog.findChild<QPlainTextEdit*>(QStringLiteral("entryDetails"))
                ->setPlainText(details);
            return refusedEmpty && ok->isEnabled() ? int(QDialog::Accepted)
                                                   : int(QDialog::Rejected);
        });
    }

    // An item the first round answered (the round was held before today).
    static ChecklistItem answeredItem(Session& s, AssessmentRound& round)
    {
        round = s.repo().rounds().first();
        return *s.repo().item(s.repo().answers(round.meta.id).first().itemId);
    }

    static Scoring::RoundScore score(Session& s, const AssessmentRound& round)
    {
        return Scoring::score(round, s.repo().areas(round.templateId),
                              s.repo().allItems(round.templateId), s.repo().answers(round.meta.id));
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        DialogHooks::setInteractive(false);
        // English plurals ("1 area", "2 items") come from the English translation.
        Translator::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
    }
    void init() { DialogHooks::reset(); }

    void showsTheChecklistAsATree()
    {
        auto s = open(TestCity::demo());
        const QString id = s->model().templateId();
        QVERIFY(!id.isEmpty());
        const QList<ChecklistArea> areas = s->repo().areas(id);
        QCOMPARE(s->model().rowCount(), areas.size());
        const QModelIndex first = s->model().index(0, 0);
        QCOMPARE(first.data().toString(), areas.first().title);
        QCOMPARE(s->model().rowCount(first), s->repo().items(areas.first().meta.id).size());
        const QModelIndex item = s->model().index(0, TemplateTreeModel::OriginColumn, first);
        QVERIFY(item.data().toString().startsWith(QStringLiteral("Built-in")));
        QCOMPARE(s->model().index(0, TemplateTreeModel::StatusColumn, first).data().toString(),
                 QStringLiteral("In use"));
    }

    void addsAnAreaAndUndoes()
    {
        auto s = open(TestCity::demo());
        const QString id = s->model().templateId();
        const int before = s->model().rowCount();
        answerEntry(QStringLiteral("Language support"), QStringLiteral("Courses and interpreting"));
        s->click(QStringLiteral("addArea"));
        QCOMPARE(s->model().rowCount(), before + 1);
        const ChecklistArea added = s->repo().areas(id).last();
        QCOMPARE(added.title, QStringLiteral("Language support"));
        QCOMPARE(added.description, QStringLiteral("Courses and interpreting"));
        QVERIFY(TemplateInstaller::isOfficersOwn(added.key));
        const QModelIndex row =
            s->model().indexOfArea(added.meta.id, TemplateTreeModel::OriginColumn);
        QCOMPARE(row.row(), before);
        QCOMPARE(row.data().toString(), QStringLiteral("Added by the city"));
        QCOMPARE(s->tree()->currentIndex().data(TemplateTreeModel::IdRole).toString(),
                 added.meta.id);

        s->stack().undo();
        QCOMPARE(s->model().rowCount(), before);
        QVERIFY(!s->repo().area(added.meta.id));
        s->stack().redo();
        QCOMPARE(s->model().rowCount(), before + 1);
        QCOMPARE(s->repo().area(added.meta.id)->title, added.title); // same identity

        // A cancelled dialog adds nothing.
        DialogHooks::setNextDialogHandler([](QDialog&) { return int(QDialog::Rejected); });
        s->click(QStringLiteral("addArea"));
        QCOMPARE(s->model().rowCount(), before + 1);
    }

    void addsAnItemToTheSelectedArea()
    {
        auto s = open(TestCity::demo());
        const ChecklistArea area = s->repo().areas(s->model().templateId()).at(1);
        const int before = s->repo().items(area.meta.id).size();
        s->select(s->model().indexOfArea(area.meta.id));
        answerEntry(QStringLiteral("Every school has a welcome class."));
        s->click(QStringLiteral("addItem"));
        const QList<ChecklistItem> items = s->repo().items(area.meta.id);
        QCOMPARE(items.size(), before + 1);
        const ChecklistItem added = items.last();
        QCOMPARE(added.statement, QStringLiteral("Every school has a welcome class."));
        QCOMPARE(added.themeId, area.themeId); // the area's theme by default
        QVERIFY(TemplateInstaller::isOfficersOwn(added.key));
        QVERIFY(!added.isRetired());
        const QModelIndex row = s->model().indexOfItem(added.meta.id);
        QCOMPARE(row.parent().row(), 1);
        QCOMPARE(row.row(), before);

        s->stack().undo();
        QCOMPARE(s->repo().items(area.meta.id).size(), before);
        QVERIFY(!s->model().indexOfItem(added.meta.id).isValid());
        s->stack().redo();
        QVERIFY(s->model().indexOfItem(added.meta.id).isValid());
    }

    void editsAStatementInPlace()
    {
        auto s = open(TestCity::demo());
        const QModelIndex cell =
            s->model().index(0, TemplateTreeModel::StatementColumn, s->model().index(0, 0));
        const QString id = cell.data(TemplateTreeModel::IdRole).toString();
        const QString original = s->repo().item(id)->statement;
        s->select(cell);
        s->tree()->setFocus();
        QTest::keyClick(s->tree(), Qt::Key_F2);
        QLineEdit* editor = nullptr;
        QTRY_VERIFY((editor = s->tree()->viewport()->findChild<QLineEdit*>()));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Reworded by the city"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(s->repo().item(id)->statement, QStringLiteral("Reworded by the city"));
        QCOMPARE(s->model().indexOfItem(id).data().toString(),
                 QStringLiteral("Reworded by the city"));
        QVERIFY(s->message().isEmpty());

        // An empty statement is refused with the core's message; nothing stored.
        const int steps = s->stack().count();
        QVERIFY(!s->model().setData(s->model().indexOfItem(id), QStringLiteral("  ")));
        QVERIFY(s->message().contains(QStringLiteral("statement")));
        QCOMPARE(s->repo().item(id)->statement, QStringLiteral("Reworded by the city"));
        QCOMPARE(s->stack().count(), steps);

        s->stack().undo();
        QCOMPARE(s->repo().item(id)->statement, original);
        s->stack().redo();
        QCOMPARE(s->repo().item(id)->statement, QStringLiteral("Reworded by the city"));
    }

    void editsAThemeWithTheCombo()
    {
        auto s = open(TestCity::demo());
        const QModelIndex cell =
            s->model().index(0, TemplateTreeModel::ThemeColumn, s->model().index(0, 0));
        const QString id = cell.data(TemplateTreeModel::IdRole).toString();
        const QString before = s->repo().item(id)->themeId;
        s->select(cell);
        s->tree()->setFocus();
        QTest::keyClick(s->tree(), Qt::Key_F2);
        QComboBox* combo = nullptr;
        QTRY_VERIFY((combo = s->tree()->viewport()->findChild<QComboBox*>()));
        QTest::keyClick(combo, Qt::Key_Down); // the next theme, chosen at once
        QTRY_VERIFY(s->repo().item(id)->themeId != before);
        QCOMPARE(s->repo().item(id)->themeId, combo->currentData().toString());
        s->stack().undo();
        QCOMPARE(s->repo().item(id)->themeId, before);
    }

    void followsTheThemesNames()
    {
        auto s = open(TestCity::demo());
        ThemeRepository& themes = s->city->repositories().themes();
        const QModelIndex area = s->model().index(0, 0);
        const QModelIndex cell = s->model().index(0, TemplateTreeModel::ThemeColumn, area);
        const QString id = cell.data(TemplateTreeModel::IdRole).toString();
        const QString themeId = s->repo().item(id)->themeId;
        QVERIFY(!themeId.isEmpty());
        QSignalSpy changed(&s->model(), &QAbstractItemModel::dataChanged);
        // Renamed in another pane: the tree shows the new name at once.
        Theme theme = *themes.theme(themeId);
        theme.name = QStringLiteral("Renamed elsewhere");
        QVERIFY(themes.update(theme).ok());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(cell.data().toString(), theme.name);
        // Removed: the file clears the reference, the cell empties; undone, it comes back.
        Result<RowSnapshot> snap = themes.remove(theme);
        QVERIFY(snap.ok());
        QVERIFY(cell.data().toString().isEmpty());
        QVERIFY(themes.restore(snap.value()).ok());
        QCOMPARE(cell.data().toString(), theme.name);
    }

    void editsAnAreaAndDeletesOnlyAnEmptyOneOfTheCity()
    {
        auto s = open(TestCity::demo());
        const ChecklistArea builtin = s->repo().areas(s->model().templateId()).first();
        QVERIFY(s->model().setData(s->model().indexOfArea(builtin.meta.id, 1),
                                   QStringLiteral("What the area covers")));
        QCOMPARE(s->repo().area(builtin.meta.id)->description,
                 QStringLiteral("What the area covers"));
        s->stack().undo();
        QCOMPARE(s->repo().area(builtin.meta.id)->description, builtin.description);

        s->select(s->model().indexOfArea(builtin.meta.id));
        s->click(QStringLiteral("deleteEntry"));
        QCOMPARE(DialogHooks::messages().last().icon, QMessageBox::Information);
        QVERIFY(s->repo().area(builtin.meta.id));

        answerEntry(QStringLiteral("A mistake"));
        s->click(QStringLiteral("addArea"));
        const QString added = s->tree()->currentIndex().data(TemplateTreeModel::IdRole).toString();
        s->click(QStringLiteral("deleteEntry"));
        QVERIFY(!s->repo().area(added));
        s->stack().undo();
        QVERIFY(s->repo().area(added));
        QVERIFY(s->model().indexOfArea(added).isValid());
    }

    void reordersWithTheKeyboard()
    {
        auto s = open(TestCity::demo());
        const QString templateId = s->model().templateId();
        const ChecklistArea area = s->repo().areas(templateId).first();
        const QStringList before = s->model().itemIds(area.meta.id);
        s->select(s->model().indexOfItem(before.at(0)));
        s->tree()->setFocus();
        QVERIFY(!s->action(QStringLiteral("moveUp"))->isEnabled());
        QTest::keyClick(s->tree(), Qt::Key_Down, Qt::AltModifier);
        QStringList expected = before;
        expected.move(0, 1);
        QStringList stored;
        for (const ChecklistItem& i : s->repo().items(area.meta.id))
            stored << i.meta.id;
        QCOMPARE(stored, expected);
        QCOMPARE(s->model().itemIds(area.meta.id), expected);
        QCOMPARE(s->tree()->currentIndex().data(TemplateTreeModel::IdRole).toString(),
                 before.at(0));
        QTest::keyClick(s->tree(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(s->model().itemIds(area.meta.id), before);
        s->stack().undo();
        QCOMPARE(s->model().itemIds(area.meta.id), expected);
        s->stack().undo();
        QCOMPARE(s->model().itemIds(area.meta.id), before);
        s->stack().redo();
        QCOMPARE(s->model().itemIds(area.meta.id), expected);

        // Areas move the same way, taking their items with them.
        const QStringList areas = s->model().areaIds();
        s->select(s->model().indexOfArea(areas.at(0)));
        QTest::keyClick(s->tree(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(s->repo().areas(templateId).at(1).meta.id, areas.at(0));
        QCOMPARE(s->model().rowCount(s->model().indexOfArea(areas.at(0))),
                 s->repo().items(areas.at(0)).size());
        s->stack().undo();
        QCOMPARE(s->model().areaIds(), areas);
        QCOMPARE(s->repo().areas(templateId).first().meta.id, areas.at(0));
    }

    void retiresAfterConfirmationAndKeepsPastAnswers()
    {
        auto s = open(TestCity::demo());
        AssessmentRound round;
        const ChecklistItem item = answeredItem(*s, round);
        QVERIFY(round.heldOn < QDate::currentDate());
        const Scoring::RoundScore scoreBefore = score(*s, round);
        s->select(s->model().indexOfItem(item.meta.id));

        DialogHooks::setNextAnswer(QMessageBox::No);
        s->click(QStringLiteral("retireItem"));
        QVERIFY(!s->repo().item(item.meta.id)->isRetired());

        DialogHooks::setNextAnswer(QMessageBox::Yes);
        s->click(QStringLiteral("retireItem"));
        const QString asked = DialogHooks::messages().last().text;
        QVERIFY2(asked.contains(QStringLiteral("still count")), qPrintable(asked));
        QCOMPARE(s->repo().item(item.meta.id)->retiredOn, QDate::currentDate());
        QVERIFY(s->model()
                    .indexOfItem(item.meta.id, TemplateTreeModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Retired on")));
        // Its answer still counts in the round that gave it.
        const Scoring::RoundScore scoreAfter = score(*s, round);
        QCOMPARE(scoreAfter.overallCounts, scoreBefore.overallCounts);
        QCOMPARE(scoreAfter.overall, scoreBefore.overall);
        QVERIFY(s->action(QStringLiteral("bringBackItem"))->isEnabled());
        QVERIFY(!s->action(QStringLiteral("retireItem"))->isEnabled());

        s->stack().undo();
        QVERIFY(!s->repo().item(item.meta.id)->isRetired());
        s->stack().redo();
        QVERIFY(s->repo().item(item.meta.id)->isRetired());

        // Brought back, then that undone and redone.
        s->select(s->model().indexOfItem(item.meta.id));
        s->click(QStringLiteral("bringBackItem"));
        QVERIFY(!s->repo().item(item.meta.id)->isRetired());
        QCOMPARE(
            s->model().indexOfItem(item.meta.id, TemplateTreeModel::StatusColumn).data().toString(),
            QStringLiteral("In use"));
        s->stack().undo();
        QVERIFY(s->repo().item(item.meta.id)->isRetired());
        s->stack().redo();
        QVERIFY(!s->repo().item(item.meta.id)->isRetired());
    }

    void deletesOnlyAFreshItem()
    {
        auto s = open(TestCity::demo());
        AssessmentRound round;
        const ChecklistItem answered = answeredItem(*s, round);
        // An item with answers is not deleted; retiring is offered instead (declined here).
        s->select(s->model().indexOfItem(answered.meta.id));
        DialogHooks::setNextAnswer(QMessageBox::No);
        s->click(QStringLiteral("deleteEntry"));
        QVERIFY(DialogHooks::messages().last().text.contains(QStringLiteral("Retire it instead")));
        QVERIFY(s->repo().item(answered.meta.id));
        QVERIFY(!s->repo().item(answered.meta.id)->isRetired());
        // Accepting the offer retires it.
        DialogHooks::setNextAnswer(QMessageBox::Yes);
        s->click(QStringLiteral("deleteEntry"));
        QVERIFY(s->repo().item(answered.meta.id)->isRetired());

        s->select(s->model().indexOfArea(answered.areaId));
        answerEntry(QStringLiteral("A fresh item"));
        s->click(QStringLiteral("addItem"));
        const QString fresh = s->tree()->currentIndex().data(TemplateTreeModel::IdRole).toString();
        QCOMPARE(s->repo().item(fresh)->statement, QStringLiteral("A fresh item"));
        const int messages = DialogHooks::messages().size();
        s->click(QStringLiteral("deleteEntry"));
        QCOMPARE(DialogHooks::messages().size(), messages); // no question needed
        QVERIFY(!s->repo().item(fresh));
        QVERIFY(!s->model().indexOfItem(fresh).isValid());
        s->stack().undo();
        QCOMPARE(s->repo().item(fresh)->statement, QStringLiteral("A fresh item"));
        QVERIFY(s->model().indexOfItem(fresh).isValid());
        s->stack().redo();
        QVERIFY(!s->repo().item(fresh));
    }

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

    void readOnlyDisablesEveryEdit()
    {
        auto s = open(TestCity::demo());
        s->editor->setReadOnly(true);
        const QModelIndex item = s->model().index(0, 0, s->model().index(0, 0));
        s->select(item);
        for (const char* name : {"addArea", "addItem", "moveUp", "moveDown", "retireItem",
                                 "bringBackItem", "deleteEntry", "importTemplate"})
            QVERIFY2(!s->action(QLatin1String(name))->isEnabled(), name);
        QVERIFY(s->action(QStringLiteral("exportTemplate"))->isEnabled());
        for (int column = 0; column < TemplateTreeModel::ColumnCount; ++column)
            QVERIFY(!(s->model().flags(item.siblingAtColumn(column)) & Qt::ItemIsEditable));
        QVERIFY(!s->model().setData(item, QStringLiteral("Changed")));
        const QStringList order = s->model().itemIds(s->model().areaIds().first());
        s->tree()->setFocus();
        QTest::keyClick(s->tree(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(s->model().itemIds(s->model().areaIds().first()), order);
        QCOMPARE(s->stack().count(), 0);

        s->editor->setReadOnly(false);
        QVERIFY(s->action(QStringLiteral("addItem"))->isEnabled());
    }

    // PASSERELLE_SCREENSHOTS=folder: pictures of the editor in English and French to look at.
    void rendersForALook()
    {
        const QString folder = qEnvironmentVariable("PASSERELLE_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set PASSERELLE_SCREENSHOTS to a folder to get the pictures");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            Translator::install(*QCoreApplication::instance(), language);
            auto s = open(TestCity::demo(0, language));
            AssessmentRound round;
            const ChecklistItem item = answeredItem(*s, round);
            ChecklistItem retired = item;
            retired.retiredOn = QDate::currentDate();
            QVERIFY(s->repo().update(retired));
            s->select(s->model().indexOfItem(item.meta.id));
            const QString dialogPicture =
                folder + QStringLiteral("/template-entry-%1.png").arg(language);
            DialogHooks::setNextDialogHandler([dialogPicture](QDialog& dialog) {
                dialog.show();
                dialog.grab().save(dialogPicture);
                return int(QDialog::Rejected);
            });
            s->click(QStringLiteral("addItem"));
            QVERIFY(QFile::exists(dialogPicture));
            QVERIFY(s->editor->grab().save(
                folder + QStringLiteral("/template-editor-%1.png").arg(language)));
        }
        Translator::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTemplateEditor)
#include "TestTemplateEditor.moc"

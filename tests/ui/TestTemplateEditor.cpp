// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateEditorTesting.h"

// The "Areas and items" editor driven as an officer would, on a demo city: adding, editing,
// reordering with the keyboard, retiring, bringing back and deleting, each undone and redone;
// read-only files.
class TestTemplateEditor : public QObject, protected TemplateEditorTesting
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }

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

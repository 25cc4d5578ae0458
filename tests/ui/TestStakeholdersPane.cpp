// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "commands/RecordCommands.h"
#include "i18n/Translator.h"
#include "shell/DialogHooks.h"
#include "shell/PaneRegistry.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/StakeholdersPane.h"
#include "stakeholders/grid/InfluenceGrid.h"
#include "stakeholders/grid/InfluenceGridView.h"
#include "stakeholders/network/RelationsNetwork.h"
#include "stakeholders/table/StakeholderTableDelegate.h"
#include "stakeholders/table/StakeholderTableModel.h"
#include "themes/ThemeRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

// The Stakeholders pane driven as an officer would, on the demo city: filtering, selecting,
// editing in the detail editor, adding, duplicating and deleting, undoing all of it, and
// finding the edits stored when the file is opened again.
class TestStakeholdersPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    std::unique_ptr<StakeholdersPane> m_pane;

    void openPane()
    {
        m_pane = std::make_unique<StakeholdersPane>(
            PaneContext{m_city->file(), m_city->repositories(), m_city->undoStack()});
        m_pane->resize(1200, 700);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    template <typename T> T* find(const QString& name)
    {
        T* w = m_pane->findChild<T*>(name);
        if (!w)
            qFatal("no widget named %s", qPrintable(name));
        return w;
    }
    StakeholderRepository& repo() { return m_city->repositories().stakeholders(); }
    QTableView* table() { return find<QTableView>(QStringLiteral("stakeholderTable")); }
    QString idOf(const QString& name) { return repo().byNameKey(name)->meta.id; }

    void clickRow(const QString& id)
    {
        const int row = m_pane->model()->rowOf(id);
        QVERIFY(row >= 0);
        const QModelIndex index = m_pane->model()->index(row, StakeholderTableModel::Name);
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(index).center());
        QCOMPARE(m_pane->selectedIds(), QStringList{id});
    }

    void typeName(const QString& text)
    {
        auto* name = find<QLineEdit>(QStringLiteral("stakeholderName"));
        name->setFocus();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        // QTest types ASCII only: accented text is inserted as an input method would.
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(name, text);
        else
            name->insert(text);
        QTest::keyClick(name, Qt::Key_Return);
    }

    QAction* action(const QString& name) { return find<QAction>(name); }

private slots:
    void initTestCase()
    {
        // English plural forms ("1 relation", "2 relations") come from a translation file.
        Translator::install(*qApp, QStringLiteral("en"));
    }

    void init()
    {
        DialogHooks::reset();
        DialogHooks::setInteractive(false);
        m_city = TestCity::demo();
        openPane();
    }

    void cleanup()
    {
        m_pane.reset();
        m_city.reset();
    }

    void registeredAfterTheProfile()
    {
        const QList<PaneRegistry::Entry> entries = PaneRegistry::entries();
        QVERIFY(entries.size() >= 2);
        QCOMPARE(entries.at(1).title(), QStringLiteral("Stakeholders"));
        QVERIFY(!entries.at(1).icon().isNull());
        std::unique_ptr<Pane> pane(entries.at(1).make(
            PaneContext{m_city->file(), m_city->repositories(), m_city->undoStack()}, nullptr));
        QVERIFY(qobject_cast<StakeholdersPane*>(pane.get()));
        QVERIFY(pane->hasFilter());
        QVERIFY(pane->focusFilter());
        auto* views = m_pane->findChild<QTabWidget*>(QStringLiteral("stakeholderViews"));
        auto* details = m_pane->findChild<QTabWidget*>(QStringLiteral("stakeholderDetails"));
        QCOMPARE(views->tabText(0).remove(QLatin1Char('&')), QStringLiteral("Table"));
        QCOMPARE(details->tabText(0).remove(QLatin1Char('&')), QStringLiteral("Details"));
        QCOMPARE(details->tabText(1).remove(QLatin1Char('&')), QStringLiteral("Contacts"));
    }

    void filtersNarrowTheRows()
    {
        const int total = repo().count();
        auto* count = find<QLabel>(QStringLiteral("stakeholderFilterCount"));
        QCOMPARE(table()->model()->rowCount(), total);
        QVERIFY(m_pane->focusFilter());
        auto* search = find<QLineEdit>(QStringLiteral("stakeholderFilterText"));
        QVERIFY(search->hasFocus());
        // Accents and case do not matter.
        QTest::keyClicks(search, QStringLiteral("MEDITERRANEE"));
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(table()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Escale Méditerranée"));
        QCOMPARE(count->text(), QStringLiteral("1 of %1 stakeholders").arg(total));

        find<QPushButton>(QStringLiteral("stakeholderFilterClear"))->click();
        QCOMPARE(search->text(), QString());
        QCOMPARE(table()->model()->rowCount(), total);

        auto* kind = find<QComboBox>(QStringLiteral("stakeholderFilterKind"));
        kind->setCurrentIndex(kind->findData(int(Stakeholder::Kind::Municipal)));
        const int rows = table()->model()->rowCount();
        QVERIFY(rows > 0 && rows < total);
        for (int r = 0; r < rows; ++r)
            QCOMPARE(m_pane->model()->stakeholder(r).kind, Stakeholder::Kind::Municipal);

        auto* group = find<QComboBox>(QStringLiteral("stakeholderFilterGroup"));
        group->setCurrentIndex(group->findData(int(StakeholderTableModel::Membership::Members)));
        kind->setCurrentIndex(0);
        QCOMPARE(table()->model()->rowCount(), m_city->repositories().group().members().size());
    }

    void editsInTheDetailEditorAreUndoableAndStored()
    {
        const QString id = idOf(QStringLiteral("Teranga Valmer"));
        clickRow(id);
        auto* name = find<QLineEdit>(QStringLiteral("stakeholderName"));
        QCOMPARE(name->text(), QStringLiteral("Teranga Valmer"));
        const int before = m_city->undoStack().count();

        typeName(QStringLiteral("Teranga Valmer Association"));
        QCOMPARE(repo().stakeholder(id)->name, QStringLiteral("Teranga Valmer Association"));
        QCOMPARE(m_city->undoStack().count(), before + 1);
        // The table follows, and the row stays selected.
        QCOMPARE(m_pane->selectedIds(), QStringList{id});

        auto* influence = find<QSpinBox>(QStringLiteral("stakeholderInfluence"));
        const int oldInfluence = repo().stakeholder(id)->influence;
        influence->setFocus();
        QTest::keyClick(influence,
                        oldInfluence < Stakeholder::maxScore ? Qt::Key_Up : Qt::Key_Down);
        const int newInfluence = influence->value();
        QVERIFY(newInfluence != oldInfluence);
        QCOMPARE(repo().stakeholder(id)->influence, newInfluence);
        QCOMPARE(m_city->undoStack().count(), before + 2);

        // A theme tag and the private flag, each one step.
        const QList<QToolButton*> tags =
            m_pane->findChildren<QToolButton*>(QRegularExpression("^themeTag_"));
        QVERIFY(!tags.isEmpty());
        const bool wasChecked = tags.first()->isChecked();
        const QString tagTheme = tags.first()->objectName().mid(QStringLiteral("themeTag_").size());
        tags.first()->click();
        QCOMPARE(repo().stakeholder(id)->themeIds.contains(tagTheme), !wasChecked);
        QCOMPARE(m_city->undoStack().count(), before + 3);
        find<QCheckBox>(QStringLiteral("stakeholderNotesPrivate"))->click();
        QCOMPARE(m_city->undoStack().count(), before + 4);
        m_city->undoStack().undo();
        m_city->undoStack().undo();

        m_city->undoStack().undo();
        QCOMPARE(influence->value(), oldInfluence);
        m_city->undoStack().undo();
        QCOMPARE(name->text(), QStringLiteral("Teranga Valmer"));
        QCOMPARE(repo().stakeholder(id)->name, QStringLiteral("Teranga Valmer"));
        m_city->undoStack().redo();
        m_city->undoStack().redo();
        QCOMPARE(name->text(), QStringLiteral("Teranga Valmer Association"));
        QCOMPARE(influence->value(), newInfluence);

        m_pane.reset();
        m_city->reopen();
        openPane();
        const std::optional<Stakeholder> stored = repo().stakeholder(id);
        QCOMPARE(stored->name, QStringLiteral("Teranga Valmer Association"));
        QCOMPARE(stored->influence, newInfluence);
        clickRow(id);
        QCOMPARE(find<QLineEdit>(QStringLiteral("stakeholderName"))->text(), stored->name);
    }

    void refusedNamesStayWithTheirReason()
    {
        const QString id = idOf(QStringLiteral("Teranga Valmer"));
        const QString other = idOf(QStringLiteral("Escale Méditerranée"));
        clickRow(id);
        const int before = m_city->undoStack().count();
        auto* name = find<QLineEdit>(QStringLiteral("stakeholderName"));
        auto* bar = find<QWidget>(QStringLiteral("stakeholderEditorMessageBar"));
        auto* message = bar->findChild<QLabel*>(QStringLiteral("messageText"));
        auto* open = bar->findChild<QPushButton*>(QStringLiteral("messageAction"));

        // The same name once case and accents are folded.
        typeName(QStringLiteral("escale mediterranee"));
        QCOMPARE(m_city->undoStack().count(), before);
        QVERIFY(bar->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("escale mediterranee")));
        QCOMPARE(name->text(), QStringLiteral("escale mediterranee"));
        QVERIFY(open->isVisible());
        QCOMPARE(repo().stakeholder(id)->name, QStringLiteral("Teranga Valmer"));

        // Escape gives the stored name back.
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Escape);
        QCOMPARE(name->text(), QStringLiteral("Teranga Valmer"));
        QVERIFY(!bar->isVisible());

        // An empty name is refused too, without an offer.
        typeName(QString());
        QVERIFY(bar->isVisible());
        QVERIFY(!open->isVisible());
        QCOMPARE(name->text(), QString());
        typeName(QStringLiteral("Teranga"));
        QVERIFY(!bar->isVisible());
        QCOMPARE(repo().stakeholder(id)->name, QStringLiteral("Teranga"));

        typeName(QStringLiteral("ESCALE Méditerranée"));
        QVERIFY(open->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(m_pane->selectedIds(), QStringList{other});
        QCOMPARE(name->text(), QStringLiteral("Escale Méditerranée"));
    }

    void notesAndWebsiteAreStoredWhenLeft()
    {
        const QString id = idOf(QStringLiteral("Teranga Valmer"));
        clickRow(id);
        auto* website = find<QLineEdit>(QStringLiteral("stakeholderWebsite"));
        website->setFocus();
        website->selectAll();
        QTest::keyClicks(website, QStringLiteral("https://teranga.example.org"));
        QTest::keyClick(website, Qt::Key_Tab);
        QCOMPARE(repo().stakeholder(id)->website, QStringLiteral("https://teranga.example.org"));

        auto* notes = find<QPlainTextEdit>(QStringLiteral("stakeholderNotes"));
        notes->setFocus();
        notes->selectAll();
        QTest::keyClicks(notes, QStringLiteral("Meets every first Monday"));
        QVERIFY(repo().stakeholder(id)->notes != QStringLiteral("Meets every first Monday"));
        // Leaving the notes stores them as one step.
        const int steps = m_city->undoStack().index();
        table()->setFocus();
        QTRY_COMPARE(repo().stakeholder(id)->notes, QStringLiteral("Meets every first Monday"));
        QCOMPARE(m_city->undoStack().index(), steps + 1);
        // Ctrl+Z in a field undoes the file's last step, not a private history.
        notes->setFocus();
        QTest::keyClick(notes, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(repo().stakeholder(id)->notes != QStringLiteral("Meets every first Monday"));
        QCOMPARE(notes->toPlainText(), repo().stakeholder(id)->notes);

        // A refused name does not follow the officer to another stakeholder.
        typeName(QString());
        auto* name = find<QLineEdit>(QStringLiteral("stakeholderName"));
        QVERIFY(find<QWidget>(QStringLiteral("stakeholderEditorMessageBar"))->isVisible());
        clickRow(idOf(QStringLiteral("Escale Méditerranée")));
        QCOMPARE(name->text(), QStringLiteral("Escale Méditerranée"));
        QVERIFY(!find<QWidget>(QStringLiteral("stakeholderEditorMessageBar"))->isVisible());
        QCOMPARE(repo().stakeholder(id)->name, QStringLiteral("Teranga Valmer"));
    }

    void tableMarksKindsAndOverdueFollowUps()
    {
        StakeholderTableModel* model = m_pane->model();
        QTRY_VERIFY(model->isPrepared());
        int overdue = -1;
        for (int row = 0; row < model->rowCount() && overdue < 0; ++row) {
            if (model->index(row, 0).data(StakeholderTableModel::OverdueRole).toBool())
                overdue = row;
        }
        QVERIFY2(overdue >= 0, "the demo city has an overdue follow-up");
        auto* delegate = qobject_cast<StakeholderTableDelegate*>(table()->itemDelegate());
        QVERIFY(delegate);
        QStyleOptionViewItem option;
        option.initFrom(table());
        delegate->initStyleOption(&option, model->index(overdue, 0));
        QVERIFY(!option.icon.isNull());
        QVERIFY(option.font.bold());
        QStyleOptionViewItem kind;
        kind.initFrom(table());
        delegate->initStyleOption(&kind, model->index(overdue, StakeholderTableModel::Kind));
        QVERIFY(!kind.icon.isNull());
    }

    // On a long list the pane paints a screenful first and reads the rest once it is seen; a
    // pane not shown reads nothing more.
    void longListsComeAScreenfulFirst()
    {
        m_pane.reset();
        m_city = TestCity::demo(400);
        const int total = repo().count();
        QVERIFY(total > 200);
        m_pane = std::make_unique<StakeholdersPane>(
            PaneContext{m_city->file(), m_city->repositories(), m_city->undoStack()});
        StakeholderTableModel* model = m_pane->model();
        auto* count = find<QLabel>(QStringLiteral("stakeholderFilterCount"));
        QCOMPARE(model->rowCount(), 200);
        QCOMPARE(count->text(), QStringLiteral("%1 stakeholders").arg(total));
        QTest::qWait(50);
        QVERIFY(!model->isComplete());
        m_pane->resize(1200, 700);
        m_pane->show();
        QTRY_VERIFY(model->isPrepared());
        QCOMPARE(model->rowCount(), total);
        QCOMPARE(count->text(), QStringLiteral("%1 of %1 stakeholders").arg(total));
    }

    void addDuplicateAndDeleteAreOneStepEach()
    {
        const int total = repo().count();
        // Add works even when the filter would hide the new row: the filter is cleared.
        find<QLineEdit>(QStringLiteral("stakeholderFilterText"))->setText(QStringLiteral("zzz"));
        action(QStringLiteral("addStakeholder"))->trigger();
        QCOMPARE(repo().count(), total + 1);
        const QString added = idOf(QStringLiteral("New stakeholder"));
        QCOMPARE(m_pane->selectedIds(), QStringList{added});
        auto* name = find<QLineEdit>(QStringLiteral("stakeholderName"));
        QCOMPARE(name->text(), QStringLiteral("New stakeholder"));
        QTRY_VERIFY(name->hasFocus());
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Insert);
        QVERIFY(repo().byNameKey(QStringLiteral("New stakeholder 2")));

        // Two rows duplicated: one undo step, copies selected.
        const QString red = idOf(QStringLiteral("Teranga Valmer"));
        const QString escale = idOf(QStringLiteral("Escale Méditerranée"));
        QTest::keyClick(m_pane.get(), Qt::Key_Escape); // leave the name field
        QItemSelection both;
        for (const QString& id : {red, escale}) {
            const int row = m_pane->model()->rowOf(id);
            both.select(m_pane->model()->index(row, 0), m_pane->model()->index(row, 0));
        }
        m_pane->selection()->select(both, QItemSelectionModel::ClearAndSelect |
                                              QItemSelectionModel::Rows);
        QCOMPARE(find<QLabel>(QStringLiteral("stakeholderSelectionSummary"))->text(),
                 QStringLiteral("2 stakeholders selected"));
        const int steps = m_city->undoStack().count();
        action(QStringLiteral("duplicateStakeholder"))->trigger();
        QCOMPARE(m_city->undoStack().count(), steps + 1);
        const std::optional<Stakeholder> copy =
            repo().byNameKey(QStringLiteral("Teranga Valmer (copy)"));
        QVERIFY(copy);
        const Stakeholder original = *repo().stakeholder(red);
        QCOMPARE(copy->themeIds, original.themeIds);
        QCOMPARE(copy->influence, original.influence);
        QCOMPARE(copy->notes, original.notes);
        QVERIFY(repo().contacts(copy->meta.id).isEmpty());
        QVERIFY(repo().byNameKey(QStringLiteral("Escale Méditerranée (copy)")));
        QCOMPARE(m_pane->selectedIds().size(), 2);
        m_city->undoStack().undo();
        QCOMPARE(repo().count(), total + 2);
        QVERIFY(!repo().byNameKey(QStringLiteral("Teranga Valmer (copy)")));
    }

    void deleteNamesWhatGoesWithItAndUndoRestoresIt()
    {
        // A stakeholder with relations, engagements and a seat in the group.
        QString id;
        for (const GroupMember& m : m_city->repositories().group().members()) {
            if (!repo().relations(m.stakeholderId).isEmpty() &&
                !repo().engagements(m.stakeholderId).isEmpty()) {
                id = m.stakeholderId;
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        const Stakeholder doomed = *repo().stakeholder(id);
        const int relations = int(repo().relations(id).size());
        const int engagements = int(repo().engagements(id).size());
        const int seats = int(m_city->repositories().group().members().size());
        clickRow(id);

        // No: nothing changes.
        DialogHooks::setNextAnswer(QMessageBox::No);
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(DialogHooks::messages().size(), 1);
        const QString expected =
            QStringLiteral("Delete %1? Its %2 relation%4, its %3 engagement%5 and its seat in the "
                           "City Stakeholder Group will be deleted too.")
                .arg(doomed.name)
                .arg(relations)
                .arg(engagements)
                .arg(relations == 1 ? QString() : QStringLiteral("s"),
                     engagements == 1 ? QString() : QStringLiteral("s"));
        QCOMPARE(DialogHooks::messages().first().text, expected);
        QVERIFY(repo().stakeholder(id));

        // Yes: gone with its records, in one step that undo reverses.
        DialogHooks::setNextAnswer(QMessageBox::Yes);
        action(QStringLiteral("deleteStakeholder"))->trigger();
        QVERIFY(!repo().stakeholder(id));
        QVERIFY(repo().relations(id).isEmpty());
        QCOMPARE(m_city->repositories().group().members().size(), seats - 1);
        QCOMPARE(m_pane->model()->rowOf(id), -1);
        m_city->undoStack().undo();
        QVERIFY(repo().stakeholder(id));
        QCOMPARE(int(repo().relations(id).size()), relations);
        QCOMPARE(int(repo().engagements(id).size()), engagements);
        QCOMPARE(m_city->repositories().group().members().size(), seats);
        QVERIFY(m_pane->model()->rowOf(id) >= 0);

        // Several rows: totals, one step.
        m_pane->selection()->select(
            QItemSelection(m_pane->model()->index(0, 0), m_pane->model()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const int total = repo().count();
        const int steps = m_city->undoStack().index();
        DialogHooks::setNextAnswer(QMessageBox::Yes);
        action(QStringLiteral("deleteStakeholder"))->trigger();
        QVERIFY(DialogHooks::messages().last().text.startsWith(
            QStringLiteral("Delete 3 stakeholders?")));
        QCOMPARE(repo().count(), total - 3);
        QCOMPARE(m_city->undoStack().index(), steps + 1);
        m_city->undoStack().undo();
        QCOMPARE(repo().count(), total);
    }

    void contactsAreEditedWithTheirChecks()
    {
        const QString id = idOf(QStringLiteral("Teranga Valmer"));
        clickRow(id);
        const int contacts = int(repo().contacts(id).size());
        auto* view = find<QTableView>(QStringLiteral("contactsTable"));
        QCOMPARE(view->model()->rowCount(), contacts);
        find<QPushButton>(QStringLiteral("contactsAdd"))->click();
        QCOMPARE(int(repo().contacts(id).size()), contacts + 1);
        QCOMPARE(view->model()->rowCount(), contacts + 1);
        const int row = contacts;
        QVERIFY(!view->model()->setData(view->model()->index(row, 2),
                                        QStringLiteral("nadia.example.org")));
        auto* bar = find<QWidget>(QStringLiteral("contactsMessageBar"));
        QVERIFY(!bar->isHidden());
        QVERIFY(view->model()->setData(view->model()->index(row, 2),
                                       QStringLiteral("nadia@example.org")));
        QVERIFY(bar->isHidden());
        m_city->undoStack().undo();
        QCOMPARE(view->model()->index(row, 2).data().toString(), QString());
        m_city->undoStack().undo();
        QCOMPARE(view->model()->rowCount(), contacts);
    }

    void themeChangesReachTagsAndFilter()
    {
        const Theme theme = m_city->repositories().themes().themes().first();
        auto* combo = find<QComboBox>(QStringLiteral("stakeholderFilterTheme"));
        combo->setCurrentIndex(combo->findData(theme.meta.id));
        QVERIFY(m_pane->findChild<QToolButton*>(QStringLiteral("themeTag_") + theme.meta.id));
        m_city->undoStack().push(new RemoveRecordCommand<ThemeRepository, Theme>(
            &m_city->file(), m_city->repositories().themes(), theme, QStringLiteral("remove")));
        QCOMPARE(combo->findData(theme.meta.id), -1);
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(table()->model()->rowCount(), repo().count());
        QVERIFY(!m_pane->findChild<QToolButton*>(QStringLiteral("themeTag_") + theme.meta.id));
        m_city->undoStack().undo();
        QVERIFY(combo->findData(theme.meta.id) > 0);
        QVERIFY(m_pane->findChild<QToolButton*>(QStringLiteral("themeTag_") + theme.meta.id));
    }

    // The walk through the pane: filter, edit in the detail editor, drag a mark on the
    // grid. The views show what the filter lets through and share one selection.
    void gridFollowsTheFilterAndItsDragIsStored()
    {
        auto* search = find<QLineEdit>(QStringLiteral("stakeholderFilterText"));
        QTest::keyClicks(search, QStringLiteral("valmer"));
        const int shown = m_pane->model()->rowCount();
        QVERIFY(shown > 0 && shown < repo().count());

        const QString id = m_pane->model()->stakeholder(0).meta.id;
        clickRow(id);
        auto* influence = find<QSpinBox>(QStringLiteral("stakeholderInfluence"));
        const int before = repo().stakeholder(id)->influence;
        const int edited = before == 1 ? 2 : 1;
        influence->setValue(edited);
        QCOMPARE(repo().stakeholder(id)->influence, edited);

        auto* views = find<QTabWidget>(QStringLiteral("stakeholderViews"));
        auto* grid = find<InfluenceGrid>(QStringLiteral("influenceGrid"));
        views->setCurrentWidget(grid);
        InfluenceGridView* view = grid->view();
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(int(view->gridLayout().marks().size()), shown);

        // The table's selection is the grid's: the selected mark is the one dragged.
        const Stakeholder s = *repo().stakeholder(id);
        const InfluenceGridLayout::Cell target{s.influence == 5 ? 4 : 5, s.interest == 5 ? 4 : 5};
        const QPoint from = view->viewportPosition(id);
        const QPoint to = view->mapFromGrid(view->gridLayout().cellRect(target).center());
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view->viewport(), (from + to) / 2);
        QTest::mouseMove(view->viewport(), to);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(repo().stakeholder(id)->influence, target.influence);
        QCOMPARE(repo().stakeholder(id)->interest, target.interest);
        QCOMPARE(m_pane->selectedIds(), QStringList{id});
        // The table's cells follow the drag.
        const int row = m_pane->model()->rowOf(id);
        QCOMPARE(m_pane->model()->index(row, StakeholderTableModel::Influence).data().toInt(),
                 target.influence);

        m_city->undoStack().undo();
        QCOMPARE(repo().stakeholder(id)->influence, edited);
        QCOMPARE(repo().stakeholder(id)->interest, s.interest);
        m_city->undoStack().redo();

        m_pane.reset();
        m_city->reopen();
        QCOMPARE(repo().stakeholder(id)->influence, target.influence);
        QCOMPARE(repo().stakeholder(id)->interest, target.interest);
    }

    void everyViewAndDetailTabIsThere()
    {
        auto* views = find<QTabWidget>(QStringLiteral("stakeholderViews"));
        auto* details = find<QTabWidget>(QStringLiteral("stakeholderDetails"));
        QCOMPARE(views->count(), 4);
        QCOMPARE(details->count(), 4);
        QVERIFY(views->indexOf(find<RelationsNetwork>(QStringLiteral("relationsNetwork"))) > 0);
        // Double-clicking a stakeholder elsewhere selects it and shows its details.
        details->setCurrentIndex(1);
        const QString id = idOf(QStringLiteral("Escale Méditerranée"));
        QMetaObject::invokeMethod(m_pane.get(), "stakeholderActivated", Q_ARG(QString, id));
        QCOMPARE(m_pane->selectedIds(), QStringList{id});
        QCOMPARE(details->currentIndex(), 0);
    }

    void readOnlyDisablesEveryWayOfEditing()
    {
        clickRow(idOf(QStringLiteral("Teranga Valmer")));
        m_pane->setReadOnly(true);
        for (const char* name : {"addStakeholder", "duplicateStakeholder", "deleteStakeholder"})
            QVERIFY(!action(QString::fromLatin1(name))->isEnabled());
        QVERIFY(find<QLineEdit>(QStringLiteral("stakeholderName"))->isReadOnly());
        QVERIFY(find<QLineEdit>(QStringLiteral("stakeholderWebsite"))->isReadOnly());
        QVERIFY(find<QSpinBox>(QStringLiteral("stakeholderInfluence"))->isReadOnly());
        QVERIFY(!find<QComboBox>(QStringLiteral("stakeholderKind"))->isEnabled());
        QVERIFY(!find<QCheckBox>(QStringLiteral("stakeholderNotesPrivate"))->isEnabled());
        for (QToolButton* tag :
             m_pane->findChildren<QToolButton*>(QRegularExpression("^themeTag_")))
            QVERIFY(!tag->isEnabled());
        QVERIFY(!find<QPushButton>(QStringLiteral("contactsAdd"))->isEnabled());
        QVERIFY(!find<QPushButton>(QStringLiteral("contactsRemove"))->isEnabled());
        auto* contacts = find<QTableView>(QStringLiteral("contactsTable"));
        if (contacts->model()->rowCount() > 0)
            QVERIFY(
                !(contacts->model()->flags(contacts->model()->index(0, 0)) & Qt::ItemIsEditable));
        QCOMPARE(table()->editTriggers(), QAbstractItemView::NoEditTriggers);
        const int steps = m_city->undoStack().count();
        QTest::keyClick(table(), Qt::Key_Delete);
        QTest::keyClick(m_pane.get(), Qt::Key_Insert);
        QCOMPARE(m_city->undoStack().count(), steps);
        QVERIFY(DialogHooks::messages().isEmpty());
        m_pane->setReadOnly(false);
        QVERIFY(action(QStringLiteral("addStakeholder"))->isEnabled());
        QVERIFY(!find<QLineEdit>(QStringLiteral("stakeholderName"))->isReadOnly());
    }
};

QTEST_MAIN(TestStakeholdersPane)
#include "TestStakeholdersPane.moc"

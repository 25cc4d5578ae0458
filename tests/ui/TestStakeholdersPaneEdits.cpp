// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholdersPaneDriver.h"

// Edits in the Stakeholders pane driven as an officer would, on the demo city: the detail
// editor, adding, duplicating and deleting, contacts, undoing all of it, and finding the edits
// stored when the file is opened again.
class TestStakeholdersPaneEdits : public QObject, protected StakeholdersPaneDriver
{
    Q_OBJECT

private slots:
    void initTestCase() { installEnglish(); }
    void init() { openOnDemoCity(); }
    void cleanup() { closeAll(); }

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

    // After Add the name is typed into the field in sight, whatever tab was open and however
    // far the form was scrolled, and Ctrl+Z takes back the name, then the addition.
    void addedNameIsTypedWhereTheOfficerSeesIt()
    {
        clickRow(idOf(QStringLiteral("Teranga Valmer")));
        auto* details = find<QTabWidget>(QStringLiteral("stakeholderDetails"));
        auto* scroll = find<QScrollArea>(QStringLiteral("stakeholderEditorScroll"));
        auto* name = find<QLineEdit>(QStringLiteral("stakeholderName"));
        // A small pane, so that the form scrolls; scrolled to its end, then another tab opened.
        m_pane->resize(900, 360);
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QTRY_VERIFY(name->visibleRegion().isEmpty());
        details->setCurrentWidget(find<QWidget>(QStringLiteral("engagementLog")));
        table()->setFocus();

        const int total = repo().count();
        const int steps = m_city->undoStack().count();
        action(QStringLiteral("addStakeholder"))->trigger();
        QCOMPARE(repo().count(), total + 1);
        const QString added = idOf(QStringLiteral("New stakeholder"));
        QCOMPARE(details->currentWidget(),
                 find<QWidget>(QStringLiteral("stakeholderDetailEditor")));
        QTRY_VERIFY(name->hasFocus());
        QVERIFY(!name->visibleRegion().isEmpty());
        QCOMPARE(name->selectedText(), QStringLiteral("New stakeholder"));

        // Typed as an officer types: over the selected name, into the focused widget.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Lot 12 tenants"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(repo().stakeholder(added)->name, QStringLiteral("Lot 12 tenants"));
        const int row = m_pane->model()->rowOf(added);
        const QModelIndex renamed = m_pane->model()->index(row, StakeholderTableModel::Name);
        QCOMPARE(renamed.data().toString(), QStringLiteral("Lot 12 tenants"));
        // Moved to its place in the name order, and the table follows it there.
        QVERIFY(table()->viewport()->rect().intersects(table()->visualRect(renamed)));
        QCOMPARE(m_city->undoStack().count(), steps + 2);

        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(repo().stakeholder(added)->name, QStringLiteral("New stakeholder"));
        QCOMPARE(name->text(), QStringLiteral("New stakeholder"));
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!repo().stakeholder(added));
        QCOMPARE(repo().count(), total);
        QCOMPARE(m_pane->model()->rowOf(added), -1);

        // Duplicate, too, offers the copy's name for typing over, in sight.
        clickRow(idOf(QStringLiteral("Teranga Valmer")));
        details->setCurrentWidget(find<QWidget>(QStringLiteral("engagementLog")));
        table()->setFocus();
        action(QStringLiteral("duplicateStakeholder"))->trigger();
        QCOMPARE(details->currentWidget(),
                 find<QWidget>(QStringLiteral("stakeholderDetailEditor")));
        QTRY_VERIFY(name->hasFocus());
        QCOMPARE(name->selectedText(), QStringLiteral("Teranga Valmer (copy)"));
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
};

QTEST_MAIN(TestStakeholdersPaneEdits)
#include "TestStakeholdersPaneEdits.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineTesting.h"

#include <QItemSelectionModel>
#include <QSignalSpy>

using namespace TimelineTesting;

// The timeline's marks under the mouse: a press selects the row in the tree, a drag moves a
// bar, one of its ends or a milestone and ends in one signal on release.
class TestTimelineDrag : public QObject
{
    Q_OBJECT

private slots:
    void draggingTheBodyMovesBothDates();
    void draggingTheEndChangesTheEndOnly();
    void anEndNeverPassesTheOther();
    void escapeCancelsADrag();
    void draggingAMilestoneChangesItsDueDate();
    void aClickSelectsTheRowInTheTree();
    void readOnlyBarsAndBracketsDoNotMove();
};

void TestTimelineDrag::draggingTheBodyMovesBothDates()
{
    Fixture f;
    QSignalSpy edited(f.view, &TimelineView::datesEdited);
    const QPoint from = f.view->barRect(f.a1).center().toPoint();
    QTest::mousePress(f.viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(f.viewport(), from + QPoint(40, 0));
    QTest::mouseMove(f.viewport(), from + QPoint(3 * 24 + 5, 2));
    // While dragging, the new dates are shown, and the model is untouched.
    QCOMPARE(f.view->draggedStart(), QDate(2026, 3, 5));
    QCOMPARE(f.view->draggedEnd(), QDate(2026, 3, 23));
    QTest::mouseRelease(f.viewport(), Qt::LeftButton, Qt::NoModifier, from + QPoint(77, 2));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited[0][0].toModelIndex(), f.a1);
    QCOMPARE(edited[0][1].toDate(), QDate(2026, 3, 5));
    QCOMPARE(edited[0][2].toDate(), QDate(2026, 3, 23));
    QCOMPARE(f.a1.data(PlanRoles::StartDateRole).toDate(), QDate(2026, 3, 2));
    QVERIFY(!f.view->draggedStart().isValid());
    // Backwards too.
    drag(f.viewport(), from, from - QPoint(2 * 24, 0));
    QCOMPARE(edited.size(), 2);
    QCOMPARE(edited[1][1].toDate(), QDate(2026, 2, 28));
    QCOMPARE(edited[1][2].toDate(), QDate(2026, 3, 18));
}

void TestTimelineDrag::draggingTheEndChangesTheEndOnly()
{
    Fixture f;
    QSignalSpy edited(f.view, &TimelineView::datesEdited);
    const QRectF bar = f.view->barRect(f.a1);
    const QPoint end(int(bar.right()) - 2, int(bar.center().y()));
    hover(f.viewport(), end);
    QCOMPARE(f.viewport()->cursor().shape(), Qt::SizeHorCursor);
    hover(f.viewport(), bar.center().toPoint());
    QCOMPARE(f.viewport()->cursor().shape(), Qt::OpenHandCursor);
    drag(f.viewport(), end, end + QPoint(5 * 24, 0));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited[0][1].toDate(), QDate(2026, 3, 2));
    QCOMPARE(edited[0][2].toDate(), QDate(2026, 3, 25));
    // And the start alone, from its end of the bar.
    const QPoint start(int(bar.left()) + 1, int(bar.center().y()));
    drag(f.viewport(), start, start + QPoint(24, 0));
    QCOMPARE(edited.size(), 2);
    QCOMPARE(edited[1][1].toDate(), QDate(2026, 3, 3));
    QCOMPARE(edited[1][2].toDate(), QDate(2026, 3, 20));
}

void TestTimelineDrag::anEndNeverPassesTheOther()
{
    Fixture f;
    QSignalSpy edited(f.view, &TimelineView::datesEdited);
    const QRectF bar = f.view->barRect(f.a1);
    const QPoint end(int(bar.right()) - 2, int(bar.center().y()));
    drag(f.viewport(), end, end - QPoint(30 * 24, 0));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited[0][1].toDate(), QDate(2026, 3, 2));
    QCOMPARE(edited[0][2].toDate(), QDate(2026, 3, 2)); // a one-day action, not a negative one
    const QPoint start(int(bar.left()) + 1, int(bar.center().y()));
    drag(f.viewport(), start, start + QPoint(40 * 24, 0));
    QCOMPARE(edited.size(), 2);
    QCOMPARE(edited[1][1].toDate(), QDate(2026, 3, 20));
    QCOMPARE(edited[1][2].toDate(), QDate(2026, 3, 20));
}

void TestTimelineDrag::escapeCancelsADrag()
{
    Fixture f;
    QSignalSpy edited(f.view, &TimelineView::datesEdited);
    const QPoint from = f.view->barRect(f.a1).center().toPoint();
    QTest::mousePress(f.viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(f.viewport(), from + QPoint(100, 0));
    QVERIFY(f.view->draggedStart().isValid());
    QVERIFY(f.view->hasFocus());
    QTest::keyClick(f.view, Qt::Key_Escape);
    QVERIFY(!f.view->draggedStart().isValid());
    QTest::mouseMove(f.viewport(), from + QPoint(150, 0));
    QTest::mouseRelease(f.viewport(), Qt::LeftButton, Qt::NoModifier, from + QPoint(150, 0));
    QCOMPARE(edited.size(), 0);
    // A press and release without a move is a click: nothing is edited either.
    QTest::mouseClick(f.viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QCOMPARE(edited.size(), 0);
}

void TestTimelineDrag::draggingAMilestoneChangesItsDueDate()
{
    Fixture f;
    QSignalSpy due(f.view, &TimelineView::dueDateEdited);
    QSignalSpy dates(f.view, &TimelineView::datesEdited);
    const QPoint from = f.view->barRect(f.m2).center().toPoint();
    QCOMPARE(f.view->hitTest(from).part, TimelineView::Part::Milestone);
    drag(f.viewport(), from, from + QPoint(2 * 24 + 3, 0));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due[0][0].toModelIndex(), f.m2);
    QCOMPARE(due[0][1].toDate(), QDate(2026, 3, 20));
    QCOMPARE(dates.size(), 0);
}

void TestTimelineDrag::aClickSelectsTheRowInTheTree()
{
    Fixture f;
    QItemSelectionModel* selection = f.tree->selectionModel();
    QTest::mouseClick(f.viewport(), Qt::LeftButton, Qt::NoModifier,
                      f.view->barRect(f.a2).center().toPoint());
    QCOMPARE(selection->currentIndex(), f.a2);
    QVERIFY(selection->isRowSelected(f.a2.row(), f.a2.parent()));
    QCOMPARE(selection->selectedRows().size(), 1);
    // A click anywhere in a row selects it, and only it.
    QTest::mouseClick(f.viewport(), Qt::LeftButton, Qt::NoModifier, f.emptyPointOf(f.p2));
    QCOMPARE(selection->currentIndex(), f.p2);
    QCOMPARE(selection->selectedRows(), QModelIndexList{f.p2});
}

void TestTimelineDrag::readOnlyBarsAndBracketsDoNotMove()
{
    Fixture f;
    QSignalSpy edited(f.view, &TimelineView::datesEdited);
    QSignalSpy due(f.view, &TimelineView::dueDateEdited);
    // A priority's bracket follows its actions: it is not dragged, only selected.
    const QPoint bracket = f.view->barRect(f.p1).center().toPoint();
    QCOMPARE(f.view->hitTest(bracket).part, TimelineView::Part::None);
    drag(f.viewport(), bracket, bracket + QPoint(100, 0));
    QCOMPARE(f.tree->selectionModel()->currentIndex(), f.p1);
    f.view->setReadOnly(true);
    const QPoint bar = f.view->barRect(f.a1).center().toPoint();
    drag(f.viewport(), bar, bar + QPoint(100, 0));
    const QPoint diamond = f.view->barRect(f.m2).center().toPoint();
    drag(f.viewport(), diamond, diamond + QPoint(100, 0));
    QCOMPARE(edited.size(), 0);
    QCOMPARE(due.size(), 0);
    QCOMPARE(f.tree->selectionModel()->currentIndex(), f.m2);
    f.view->setReadOnly(false);
    drag(f.viewport(), bar, bar + QPoint(100, 0));
    QCOMPARE(edited.size(), 1);
}

QTEST_MAIN(TestTimelineDrag)
#include "TestTimelineDrag.moc"

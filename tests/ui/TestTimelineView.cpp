// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanRoles.h"
#include "plan/timeline/TimelineRowPainter.h"
#include "plan/timeline/TimelineView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>
#include <QWheelEvent>

#include <memory>

namespace {

using Zoom = TimelineView::Zoom;

const QDate today(2026, 3, 5);

// A plan with two priorities, built item by item with the roles the plan's model provides:
//   Housing        A1 2026-03-02..03-20 (baseline 03-01..03-15), milestones M1 (done) and M2
//                  (due 03-18, baseline 03-16); A2 04-01..05-31, done
//   Language       A3 02-01..02-28, in progress and so late on 03-05; A4 cancelled
struct Fixture
{
    QStandardItemModel model;
    QWidget window;
    QTreeView* tree = nullptr;
    TimelineView* view = nullptr;
    QModelIndex p1, a1, m1, m2, a2, p2, a3, a4;

    Fixture()
    {
        model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Owner")});
        QStandardItem* housing = add(nullptr, QStringLiteral("Housing"), PlanRoles::PriorityRow);
        QStandardItem* first = addAction(housing, QStringLiteral("A1"), QDate(2026, 3, 2),
                                         QDate(2026, 3, 20), QStringLiteral("in_progress"));
        first->setData(QDate(2026, 3, 1), PlanRoles::BaselineStartRole);
        first->setData(QDate(2026, 3, 15), PlanRoles::BaselineEndRole);
        QStandardItem* done = add(first, QStringLiteral("M1"), PlanRoles::MilestoneRow);
        done->setData(QDate(2026, 3, 10), PlanRoles::DueDateRole);
        done->setData(QDate(2026, 3, 9), PlanRoles::DoneOnRole);
        done->setData(QStringLiteral("done"), PlanRoles::StatusRole);
        QStandardItem* moved = add(first, QStringLiteral("M2"), PlanRoles::MilestoneRow);
        moved->setData(QDate(2026, 3, 18), PlanRoles::DueDateRole);
        moved->setData(QDate(2026, 3, 16), PlanRoles::BaselineDueRole);
        addAction(housing, QStringLiteral("A2"), QDate(2026, 4, 1), QDate(2026, 5, 31),
                  QStringLiteral("done"));
        QStandardItem* language = add(nullptr, QStringLiteral("Language"), PlanRoles::PriorityRow);
        addAction(language, QStringLiteral("A3"), QDate(2026, 2, 1), QDate(2026, 2, 28),
                  QStringLiteral("in_progress"));
        addAction(language, QStringLiteral("A4"), QDate(2026, 3, 9), QDate(2026, 3, 12),
                  QStringLiteral("cancelled"));
        p1 = model.index(0, 0);
        a1 = model.index(0, 0, p1);
        m1 = model.index(0, 0, a1);
        m2 = model.index(1, 0, a1);
        a2 = model.index(1, 0, p1);
        p2 = model.index(1, 0);
        a3 = model.index(0, 0, p2);
        a4 = model.index(1, 0, p2);

        auto* layout = new QHBoxLayout(&window);
        tree = new QTreeView;
        tree->setModel(&model);
        tree->setSelectionBehavior(QAbstractItemView::SelectRows);
        tree->setFixedWidth(300);
        tree->expandAll();
        view = new TimelineView(tree);
        view->setToday(today);
        layout->addWidget(tree);
        layout->addWidget(view);
        window.resize(1300, 500);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("the timeline was not shown");
        view->setZoom(Zoom::Month);
        view->scrollToDate(QDate(2026, 3, 15));
        QCoreApplication::processEvents();
    }

    QStandardItem* add(QStandardItem* parent, const QString& name, int kind)
    {
        auto* item = new QStandardItem(name);
        item->setData(kind, PlanRoles::RowKindRole);
        QList<QStandardItem*> row{item, new QStandardItem(QStringLiteral("someone"))};
        if (parent)
            parent->appendRow(row);
        else
            model.appendRow(row);
        return item;
    }

    QStandardItem* addAction(QStandardItem* parent, const QString& name, const QDate& start,
                             const QDate& end, const QString& status)
    {
        QStandardItem* item = add(parent, name, PlanRoles::ActionRow);
        item->setData(start, PlanRoles::StartDateRole);
        item->setData(end, PlanRoles::EndDateRole);
        item->setData(status, PlanRoles::StatusRole);
        return item;
    }

    QWidget* viewport() const { return view->viewport(); }
    qreal ppd() const { return view->scale().pixelsPerDay(); }
    // Where a date's day starts on the viewport.
    qreal xOf(const QDate& date) const { return view->scale().x(date) - view->horizontalOffset(); }
    QImage rendered() const
    {
        QImage image(viewport()->size(), QImage::Format_ARGB32);
        viewport()->render(&image);
        return image;
    }
    // A point of the viewport in the row under its marks, at the left edge.
    QPoint emptyPointOf(const QModelIndex& index) const
    {
        const QRect row = tree->visualRect(index);
        return {3, row.top() + row.height() - 2};
    }
};

void drag(QWidget* widget, const QPoint& from, const QPoint& to)
{
    QTest::mousePress(widget, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(widget, (from + to) / 2);
    QTest::mouseMove(widget, to);
    QTest::mouseRelease(widget, Qt::LeftButton, Qt::NoModifier, to);
}

// The mouse moved without a button (QTest::mouseMove would move the cursor instead).
void hover(QWidget* widget, const QPoint& at)
{
    QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &move);
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private slots:
    void barsSitAtTheirDates();
    void rowsLineUpWithTheTree();
    void draggingTheBodyMovesBothDates();
    void draggingTheEndChangesTheEndOnly();
    void anEndNeverPassesTheOther();
    void escapeCancelsADrag();
    void draggingAMilestoneChangesItsDueDate();
    void aClickSelectsTheRowInTheTree();
    void readOnlyBarsAndBracketsDoNotMove();
    void theTreesSelectionIsDrawn();
    void collapsingAPriorityMovesTheRowsBelowUp();
    void scrollingTheTreeScrollsTheTimeline();
    void zoomChangesThePixelsPerDay();
    void theTodayLineIsAtToday();
    void lateAndDoneActionsHaveTheirColours();
    void theRangeFollowsTheModel();
    void keyboardScrollsAndZooms();
    void timeRunsLeftToRightInRightToLeftLayouts();
};

void TestTimelineView::barsSitAtTheirDates()
{
    Fixture f;
    QCOMPARE(f.ppd(), 24.0);
    const QRectF bar = f.view->barRect(f.a1);
    QCOMPARE(bar.left(), f.xOf(QDate(2026, 3, 2)));
    QCOMPARE(bar.right(), f.xOf(QDate(2026, 3, 21)));
    QCOMPARE(bar.width(), 19 * 24.0);
    // The baseline is under the bar, from its own dates.
    const QRectF baseline = f.view->baselineRect(f.a1);
    QCOMPARE(baseline.left(), f.xOf(QDate(2026, 3, 1)));
    QCOMPARE(baseline.right(), f.xOf(QDate(2026, 3, 16)));
    QVERIFY(baseline.top() >= bar.bottom());
    // A priority spans its actions: A1's start to A2's end.
    const QRectF summary = f.view->barRect(f.p1);
    QCOMPARE(summary.left(), f.xOf(QDate(2026, 3, 2)));
    QCOMPARE(summary.right(), f.xOf(QDate(2026, 6, 1)));
    // A milestone's diamond is centred on its day; a moved one has its baseline mark.
    QCOMPARE(f.view->barRect(f.m2).center().x(), f.view->dayMiddleX(QDate(2026, 3, 18)));
    QCOMPARE(f.view->baselineRect(f.m2).center().x(), f.view->dayMiddleX(QDate(2026, 3, 16)));
    QVERIFY(f.view->baselineRect(f.m1).isEmpty()); // it has no baseline
    QCOMPARE(f.view->hitTest(bar.center().toPoint()).part, TimelineView::Part::Body);
    QCOMPARE(f.view->hitTest(bar.center().toPoint()).index, f.a1);
    QCOMPARE(f.view->hitTest(QPoint(int(bar.right()) - 1, int(bar.center().y()))).part,
             TimelineView::Part::EndEdge);
}

void TestTimelineView::rowsLineUpWithTheTree()
{
    Fixture f;
    // The two viewports start at the same height: the headers are as high as each other.
    QCOMPARE(f.viewport()->mapTo(&f.window, QPoint()).y(),
             f.tree->viewport()->mapTo(&f.window, QPoint()).y());
    for (const QModelIndex& index : {f.p1, f.a1, f.m1, f.m2, f.a2, f.p2, f.a3, f.a4}) {
        const QRect row = f.tree->visualRect(index);
        const QRectF bar = f.view->barRect(index);
        QVERIFY2(bar.top() >= row.top() && bar.bottom() <= row.bottom() + 1,
                 qPrintable(index.data().toString()));
    }
}

void TestTimelineView::draggingTheBodyMovesBothDates()
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

void TestTimelineView::draggingTheEndChangesTheEndOnly()
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

void TestTimelineView::anEndNeverPassesTheOther()
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

void TestTimelineView::escapeCancelsADrag()
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

void TestTimelineView::draggingAMilestoneChangesItsDueDate()
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

void TestTimelineView::aClickSelectsTheRowInTheTree()
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

void TestTimelineView::readOnlyBarsAndBracketsDoNotMove()
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

void TestTimelineView::theTreesSelectionIsDrawn()
{
    Fixture f;
    const QPoint point = f.emptyPointOf(f.p2);
    const QColor before = f.rendered().pixelColor(point);
    f.tree->selectionModel()->select(f.p2, QItemSelectionModel::ClearAndSelect |
                                               QItemSelectionModel::Rows);
    const QColor after = f.rendered().pixelColor(point);
    QVERIFY2(before != after, qPrintable(before.name() + " " + after.name()));
    // Tinted towards the highlight colour.
    const QColor highlight = f.view->palette().color(QPalette::Highlight);
    auto distance = [](const QColor& a, const QColor& b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue());
    };
    QVERIFY(distance(after, highlight) < distance(before, highlight));
}

void TestTimelineView::collapsingAPriorityMovesTheRowsBelowUp()
{
    Fixture f;
    const qreal before = f.view->barRect(f.a3).top();
    const int rowHeight = f.tree->visualRect(f.a1).height();
    f.tree->collapse(f.p1);
    QCoreApplication::processEvents();
    QVERIFY(f.view->barRect(f.a1).isEmpty());
    QVERIFY(f.view->barRect(f.m2).isEmpty());
    // A1, M1, M2 and A2 are hidden: A3 moves up four rows.
    QCOMPARE(f.view->barRect(f.a3).top(), before - 4 * rowHeight);
    QCOMPARE(f.view->hitTest(f.view->barRect(f.a3).center().toPoint()).index, f.a3);
    f.tree->expand(f.p1);
    QCOMPARE(f.view->barRect(f.a3).top(), before);
}

void TestTimelineView::scrollingTheTreeScrollsTheTimeline()
{
    Fixture f;
    QStandardItem* language = f.model.itemFromIndex(f.p2);
    for (int i = 0; i < 60; ++i)
        f.addAction(language, QStringLiteral("More %1").arg(i), QDate(2026, 3, 1 + i % 20),
                    QDate(2026, 3, 21 + i % 8), QStringLiteral("planned"));
    QCoreApplication::processEvents();
    QScrollBar* bar = f.tree->verticalScrollBar();
    QVERIFY(bar->maximum() > 10);
    const QModelIndex target = f.model.index(20, 0, f.p2);
    const qreal before = f.view->barRect(target).top();
    bar->setValue(bar->value() + 10);
    QCoreApplication::processEvents();
    const qreal after = f.view->barRect(target).top();
    QVERIFY(after < before);
    const QRect row = f.tree->visualRect(target);
    QVERIFY(after >= row.top() && after < row.bottom());
    // The wheel over the timeline scrolls the tree.
    const int value = bar->value();
    const QPoint at(200, 100);
    QWheelEvent wheel(at, f.viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(f.viewport(), &wheel);
    QVERIFY(bar->value() > value);
}

void TestTimelineView::zoomChangesThePixelsPerDay()
{
    Fixture f;
    QSignalSpy zoomed(f.view, &TimelineView::zoomChanged);
    QCOMPARE(f.view->barRect(f.a1).width(), 19 * 24.0);
    f.view->setZoom(Zoom::Quarter);
    QCOMPARE(f.view->zoom(), Zoom::Quarter);
    QCOMPARE(f.ppd(), 5.0);
    QCOMPARE(f.view->barRect(f.a1).width(), 19 * 5.0);
    QCOMPARE(f.view->barRect(f.a1).left(), f.xOf(QDate(2026, 3, 2)));
    f.view->setZoom(Zoom::Year);
    QCOMPARE(f.view->barRect(f.a1).width(), 19 * 1.5);
    QCOMPARE(zoomed.size(), 2);
    QCOMPARE(zoomed[1][0].value<Zoom>(), Zoom::Year);
    // The day in the middle stays in the middle (at year zoom the whole plan fits: no scroll).
    f.view->setZoom(Zoom::Quarter);
    f.view->scrollToDate(QDate(2026, 4, 15));
    QVERIFY(std::abs(f.view->dayMiddleX(QDate(2026, 4, 15)) - f.viewport()->width() / 2.0) <= 1);
    f.view->setZoom(Zoom::Month);
    QVERIFY(std::abs(f.view->dayMiddleX(QDate(2026, 4, 15)) - f.viewport()->width() / 2.0) < 24);
    // Ctrl and the wheel zoom out (down) and in (up).
    const QPoint at(200, 100);
    QWheelEvent out(at, f.viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                    Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(f.viewport(), &out);
    QCOMPARE(f.view->zoom(), Zoom::Quarter);
}

void TestTimelineView::theTodayLineIsAtToday()
{
    Fixture f;
    QCOMPARE(f.view->today(), today);
    QCOMPARE(f.view->todayX(), f.xOf(today) + 12);
    const QRgb warning = TimelineRowPainter::warningColor(f.view->palette()).rgb();
    const QImage image = f.rendered();
    const int y = int(f.tree->visualRect(f.p2).center().y());
    QCOMPARE(image.pixel(int(f.view->todayX()), y), warning);
    QVERIFY(image.pixel(int(f.view->todayX()) + 24, y) != warning);
    // Moved with setToday.
    f.view->setToday(today.addDays(3));
    QCOMPARE(f.view->todayX(), f.xOf(today.addDays(3)) + 12);
    QCOMPARE(f.rendered().pixel(int(f.view->todayX()), y), warning);
}

void TestTimelineView::lateAndDoneActionsHaveTheirColours()
{
    Fixture f;
    const QPalette palette = f.view->palette();
    f.view->scrollToDate(QDate(2026, 2, 15));
    QRgb late = f.rendered().pixel(f.view->barRect(f.a3).center().toPoint());
    QCOMPARE(late, TimelineRowPainter::warningColor(palette).rgb());
    // Not late when today is before its end.
    f.view->setToday(QDate(2026, 2, 20));
    late = f.rendered().pixel(f.view->barRect(f.a3).center().toPoint());
    QCOMPARE(late, palette.color(QPalette::Highlight).rgb());
    f.view->scrollToDate(QDate(2026, 4, 15));
    const QRgb done = f.rendered().pixel(f.view->barRect(f.a2).center().toPoint());
    QCOMPARE(done, TimelineRowPainter::mix(palette.color(QPalette::Text),
                                           palette.color(QPalette::Base), 0.6)
                       .rgb());
}

void TestTimelineView::theRangeFollowsTheModel()
{
    Fixture f;
    QVERIFY(f.view->firstDate() <= QDate(2026, 1, 1));
    QVERIFY(f.view->lastDate() >= QDate(2026, 6, 30));
    const qreal before = f.view->barRect(f.a1).left();
    f.model.itemFromIndex(f.a3)->setData(QDate(2024, 5, 1), PlanRoles::StartDateRole);
    QCoreApplication::processEvents();
    QVERIFY(f.view->firstDate() <= QDate(2024, 4, 1));
    // What was on screen stays where it was.
    QCOMPARE(f.view->barRect(f.a1).left(), before);
}

void TestTimelineView::keyboardScrollsAndZooms()
{
    Fixture f;
    f.view->setFocus();
    const int offset = f.view->horizontalOffset();
    QTest::keyClick(f.view, Qt::Key_Right);
    QVERIFY(f.view->horizontalOffset() > offset);
    QTest::keyClick(f.view, Qt::Key_Left);
    QCOMPARE(f.view->horizontalOffset(), offset);
    QTest::keyClick(f.view, Qt::Key_Minus);
    QCOMPARE(f.view->zoom(), Zoom::Quarter);
    QTest::keyClick(f.view, Qt::Key_Plus);
    QCOMPARE(f.view->zoom(), Zoom::Month);
    f.view->scrollToToday();
    QVERIFY(std::abs(f.view->todayX() - f.viewport()->width() / 2.0) <= 1);
    QVERIFY(!f.view->accessibleName().isEmpty());
}

void TestTimelineView::timeRunsLeftToRightInRightToLeftLayouts()
{
    Fixture f;
    f.window.setLayoutDirection(Qt::RightToLeft);
    QCoreApplication::processEvents();
    // The timeline is now left of the tree, and later dates are still to the right.
    QVERIFY(f.view->mapTo(&f.window, QPoint()).x() < f.tree->mapTo(&f.window, QPoint()).x());
    QVERIFY(f.view->barRect(f.m2).left() > f.view->barRect(f.m1).left());
    QCOMPARE(f.view->barRect(f.a1).left(), f.xOf(QDate(2026, 3, 2)));
    const int offset = f.view->horizontalOffset();
    QTest::keyClick(f.view, Qt::Key_Right);
    QVERIFY(f.view->horizontalOffset() > offset);
}

QTEST_MAIN(TestTimelineView)
#include "TestTimelineView.moc"

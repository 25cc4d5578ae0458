// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineTesting.h"
#include "plan/timeline/TimelineHeader.h"
#include "plan/timeline/TimelineRowPainter.h"

#include <QApplication>
#include <QHeaderView>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QWheelEvent>

using namespace TimelineTesting;

// The timeline drawn beside the plan's tree: bars at their dates and in the tree's rows, the
// tree's selection and scroll followed, zoom, today, the range, the keys that scroll and zoom.
class TestTimelineView : public QObject
{
    Q_OBJECT

private slots:
    void barsSitAtTheirDates();
    void rowsLineUpWithTheTree();
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
    auto* header = f.window.findChild<TimelineHeader*>();
    QVERIFY(header);
    const QImage leftToRight = header->grab().toImage();
    // The header is drawn as in English, in an Arabic window: its years named at their start,
    // on the left (they stood at their end, beside the next year).
    QApplication::setLayoutDirection(Qt::RightToLeft);
    const auto back = qScopeGuard([] { QApplication::setLayoutDirection(Qt::LeftToRight); });
    f.window.setLayoutDirection(Qt::RightToLeft);
    QCoreApplication::processEvents();
    QCOMPARE(header->grab().toImage(), leftToRight);
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

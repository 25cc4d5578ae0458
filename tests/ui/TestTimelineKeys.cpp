// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineTesting.h"

#include <QItemSelectionModel>
#include <QSignalSpy>

using namespace TimelineTesting;

// The arrow keys on the selected action or milestone: Left and Right move it by a day, Shift by
// a week, Ctrl its end and Alt its start; an end never passes the other; key presses in a row
// share a session (the pane merges them into one undo step). With nothing to move they scroll.
class TestTimelineKeys : public QObject
{
    Q_OBJECT

private:
    static void selectRow(Fixture& f, const QModelIndex& index)
    {
        f.tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        f.view->setFocus();
        QTRY_VERIFY(f.view->hasFocus());
    }
    static QList<QDate> dates(const QList<QVariant>& signal)
    {
        return {signal.at(1).toDate(), signal.at(2).toDate()};
    }

private slots:
    void arrowsMoveTheSelectedActionByADayOrAWeek()
    {
        Fixture f;
        QSignalSpy stepped(f.view, &TimelineView::datesStepped);
        selectRow(f, f.a1);
        const int offset = f.view->horizontalOffset();
        QTest::keyClick(f.view, Qt::Key_Right);
        QCOMPARE(stepped.size(), 1);
        QCOMPARE(stepped[0][0].toModelIndex(), f.a1);
        QCOMPARE(dates(stepped[0]), QList<QDate>({QDate(2026, 3, 3), QDate(2026, 3, 21)}));
        QVERIFY(stepped[0][3].toInt() != 0);
        // The model is the pane's to change: each step starts from the dates it holds.
        QTest::keyClick(f.view, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(dates(stepped[1]), QList<QDate>({QDate(2026, 3, 9), QDate(2026, 3, 27)}));
        QTest::keyClick(f.view, Qt::Key_Left);
        QCOMPARE(dates(stepped[2]), QList<QDate>({QDate(2026, 3, 1), QDate(2026, 3, 19)}));
        // The bar was in sight: the arrows moved it, not the timeline.
        QCOMPARE(f.view->horizontalOffset(), offset);
        // The keypad's arrows too.
        QTest::keyClick(f.view, Qt::Key_Left, Qt::ShiftModifier | Qt::KeypadModifier);
        QCOMPARE(dates(stepped[3]), QList<QDate>({QDate(2026, 2, 23), QDate(2026, 3, 13)}));
    }

    void ctrlMovesTheEndAndAltTheStart()
    {
        Fixture f;
        QSignalSpy stepped(f.view, &TimelineView::datesStepped);
        selectRow(f, f.a1);
        QTest::keyClick(f.view, Qt::Key_Right, Qt::ControlModifier);
        QTest::keyClick(f.view, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(f.view, Qt::Key_Left, Qt::AltModifier);
        QTest::keyClick(f.view, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(stepped.size(), 4);
        QCOMPARE(dates(stepped[0]), QList<QDate>({QDate(2026, 3, 2), QDate(2026, 3, 21)}));
        QCOMPARE(dates(stepped[1]), QList<QDate>({QDate(2026, 3, 2), QDate(2026, 3, 13)}));
        QCOMPARE(dates(stepped[2]), QList<QDate>({QDate(2026, 3, 1), QDate(2026, 3, 20)}));
        QCOMPARE(dates(stepped[3]), QList<QDate>({QDate(2026, 3, 9), QDate(2026, 3, 20)}));
    }

    void anEndNeverPassesTheOther()
    {
        Fixture f;
        QSignalSpy stepped(f.view, &TimelineView::datesStepped);
        // A4 runs 03-09..03-12: a week back from its end stops at its start, a one-day action.
        selectRow(f, f.a4);
        QTest::keyClick(f.view, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stepped.size(), 1);
        QCOMPARE(dates(stepped[0]), QList<QDate>({QDate(2026, 3, 9), QDate(2026, 3, 9)}));
        // Already one day long: the end cannot go before the start, nor the start after the
        // end. Refused, and the timeline does not scroll instead.
        f.model.itemFromIndex(f.a4)->setData(QDate(2026, 3, 9), PlanRoles::EndDateRole);
        const int offset = f.view->horizontalOffset();
        QTest::keyClick(f.view, Qt::Key_Left, Qt::ControlModifier);
        QTest::keyClick(f.view, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(stepped.size(), 1);
        QCOMPARE(f.view->horizontalOffset(), offset);
        // The whole action still moves.
        QTest::keyClick(f.view, Qt::Key_Left);
        QCOMPARE(stepped.size(), 2);
        QCOMPARE(dates(stepped[1]), QList<QDate>({QDate(2026, 3, 8), QDate(2026, 3, 8)}));
    }

    void aMilestoneMovesItsDueDate()
    {
        Fixture f;
        QSignalSpy due(f.view, &TimelineView::dueDateStepped);
        QSignalSpy dates(f.view, &TimelineView::datesStepped);
        selectRow(f, f.m2);
        QTest::keyClick(f.view, Qt::Key_Right);
        QTest::keyClick(f.view, Qt::Key_Left, Qt::ShiftModifier);
        QTest::keyClick(f.view, Qt::Key_Left, Qt::ControlModifier); // its one date, too
        QCOMPARE(due.size(), 3);
        QCOMPARE(due[0][0].toModelIndex(), f.m2);
        QCOMPARE(due[0][1].toDate(), QDate(2026, 3, 19));
        QCOMPARE(due[1][1].toDate(), QDate(2026, 3, 11));
        QCOMPARE(due[2][1].toDate(), QDate(2026, 3, 17));
        QCOMPARE(dates.size(), 0);
    }

    void aRunOfKeysIsOneSession()
    {
        Fixture f;
        QSignalSpy stepped(f.view, &TimelineView::datesStepped);
        selectRow(f, f.a1);
        QTest::keyClick(f.view, Qt::Key_Right);
        QTest::keyClick(f.view, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(stepped[1][3].toInt(), stepped[0][3].toInt());
        // Leaving the timeline ends the run.
        f.tree->setFocus();
        QTRY_VERIFY(f.tree->hasFocus());
        selectRow(f, f.a1);
        QTest::keyClick(f.view, Qt::Key_Right);
        QVERIFY(stepped[2][3].toInt() != stepped[1][3].toInt());
        // So does the mouse.
        QTest::mouseClick(f.viewport(), Qt::LeftButton, Qt::NoModifier,
                          f.view->barRect(f.a1).center().toPoint());
        QTest::keyClick(f.view, Qt::Key_Right);
        QCOMPARE(stepped.size(), 4);
        QVERIFY(stepped[3][3].toInt() != stepped[2][3].toInt());
        QVERIFY(stepped[3][3].toInt() != 0);
    }

    void withNothingToMoveTheArrowsScroll()
    {
        Fixture f;
        QSignalSpy stepped(f.view, &TimelineView::datesStepped);
        QSignalSpy due(f.view, &TimelineView::dueDateStepped);
        const auto scrolls = [&] {
            const int offset = f.view->horizontalOffset();
            QTest::keyClick(f.view, Qt::Key_Right);
            return f.view->horizontalOffset() > offset;
        };
        // A priority's bracket follows its actions.
        selectRow(f, f.p1);
        QVERIFY(scrolls());
        // The current row no longer selected.
        selectRow(f, f.a1);
        f.tree->selectionModel()->clearSelection();
        QVERIFY(scrolls());
        // A file opened read-only.
        selectRow(f, f.a1);
        f.view->setReadOnly(true);
        QVERIFY(scrolls());
        selectRow(f, f.m2);
        QVERIFY(scrolls());
        // An action without dates has no bar to move.
        f.view->setReadOnly(false);
        f.model.itemFromIndex(f.a2)->setData(QVariant(), PlanRoles::StartDateRole);
        selectRow(f, f.a2);
        QVERIFY(scrolls());
        QCOMPARE(stepped.size(), 0);
        QCOMPARE(due.size(), 0);
    }

    void theMovedDateStaysInSight()
    {
        Fixture f;
        QSignalSpy stepped(f.view, &TimelineView::datesStepped);
        selectRow(f, f.a1);
        // A1 (03-02..03-20) is off the right edge of the timeline.
        f.view->scrollToDate(QDate(2026, 1, 10));
        QVERIFY(f.view->dayMiddleX(QDate(2026, 3, 21)) > f.viewport()->width());
        QTest::keyClick(f.view, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(stepped.size(), 1);
        const qreal x = f.view->dayMiddleX(QDate(2026, 3, 21));
        QVERIFY2(x > 0 && x < f.viewport()->width(), qPrintable(QString::number(x)));
        // And the start, off the left edge, when it moves.
        f.view->scrollToDate(QDate(2026, 5, 30));
        QVERIFY(f.view->dayMiddleX(QDate(2026, 3, 1)) < 0);
        QTest::keyClick(f.view, Qt::Key_Left, Qt::AltModifier);
        const qreal start = f.view->dayMiddleX(QDate(2026, 3, 1));
        QVERIFY2(start > 0 && start < f.viewport()->width(), qPrintable(QString::number(start)));
    }

    void aDragHoldsTheKeys()
    {
        Fixture f;
        QSignalSpy stepped(f.view, &TimelineView::datesStepped);
        QSignalSpy edited(f.view, &TimelineView::datesEdited);
        selectRow(f, f.a1);
        const QPoint from = f.view->barRect(f.a1).center().toPoint();
        QTest::mousePress(f.viewport(), Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(f.viewport(), from + QPoint(40, 0));
        QTest::mouseMove(f.viewport(), from + QPoint(48, 0));
        QTest::keyClick(f.view, Qt::Key_Right);
        QCOMPARE(stepped.size(), 0);
        QTest::mouseRelease(f.viewport(), Qt::LeftButton, Qt::NoModifier, from + QPoint(48, 0));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited[0][1].toDate(), QDate(2026, 3, 4));
    }

    void theKeysAreExplained()
    {
        Fixture f;
        for (const QString& text : {f.view->whatsThis(), f.view->accessibleDescription()}) {
            QVERIFY2(text.contains(QStringLiteral("Shift")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Ctrl")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Alt")), qPrintable(text));
        }
    }
};

QTEST_MAIN(TestTimelineKeys)
#include "TestTimelineKeys.moc"

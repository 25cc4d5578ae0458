// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionPlanSetUp.h"
#include "TestCity.h"
#include "city/Repositories.h"
#include "commands/StepEditCommand.h"
#include "plan/ActionRepository.h"

#include <QTest>
#include <QUndoStack>

#include <memory>

using ActionStep = StepEditCommand<ActionRepository, Action>;
using MilestoneStep = StepEditCommand<ActionRepository, Milestone>;

// An edit made in steps (an action's dates moved a day at a time with the keys): the steps of one
// session on the same record are one undo step, back to where the run began; another session,
// another record, another kind of record or a refused step are not merged.
class TestStepEditCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    std::unique_ptr<ActionPlanSetUp> m_plan;
    Action m_action;
    Action m_other;
    Milestone m_milestone;

    ActionRepository& actions() { return m_city->repositories().actions(); }
    QUndoStack& stack() { return m_city->undoStack(); }

    // Moves the action as stored now by days, as the pane does for one key press.
    void step(const QString& id, int days, int session)
    {
        const Action before = *actions().action(id);
        Action after = before;
        after.startDate = before.startDate.addDays(days);
        after.endDate = before.endDate.addDays(days);
        stack().push(new ActionStep(&m_city->file(), actions(), before, after, session,
                                    QStringLiteral("Move action dates")));
    }
    QDate startOf(const QString& id) { return actions().action(id)->startDate; }

private slots:
    void init()
    {
        m_city = TestCity::create();
        m_plan = std::make_unique<ActionPlanSetUp>(m_city->repositories());
        QVERIFY(m_plan->ok());
        for (Action* a : {&m_action, &m_other}) {
            *a = m_plan->fullAction();
            a->startDate = QDate(2026, 5, 1);
            a->endDate = QDate(2026, 5, 31);
            QVERIFY(actions().add(*a));
        }
        m_milestone.actionId = m_action.meta.id;
        m_milestone.title = QStringLiteral("Pool trained");
        m_milestone.dueDate = QDate(2026, 5, 20);
        QVERIFY(actions().add(m_milestone));
    }

    void cleanup()
    {
        m_plan.reset();
        m_city.reset();
    }

    void stepsOfOneSessionAreOneUndoStep()
    {
        step(m_action.meta.id, 1, 7);
        step(m_action.meta.id, 1, 7);
        step(m_action.meta.id, -7, 7);
        QCOMPARE(startOf(m_action.meta.id), QDate(2026, 4, 26));
        QCOMPARE(stack().count(), 1);
        stack().undo();
        QCOMPARE(startOf(m_action.meta.id), QDate(2026, 5, 1));
        QCOMPARE(actions().action(m_action.meta.id)->endDate, QDate(2026, 5, 31));
        stack().redo();
        QCOMPARE(startOf(m_action.meta.id), QDate(2026, 4, 26));
    }

    void anotherSessionRecordOrKindIsAnotherStep()
    {
        step(m_action.meta.id, 1, 7);
        step(m_action.meta.id, 1, 8); // the timeline lost the focus in between
        QCOMPARE(stack().count(), 2);
        step(m_other.meta.id, 1, 8);
        QCOMPARE(stack().count(), 3);
        // A milestone's step in the same session is not the action's.
        Milestone moved = m_milestone;
        moved.dueDate = moved.dueDate.addDays(1);
        stack().push(new MilestoneStep(&m_city->file(), actions(), m_milestone, moved, 8,
                                       QStringLiteral("Move milestone")));
        QCOMPARE(stack().count(), 4);
        step(m_action.meta.id, 1, 8); // the milestone's step came between
        QCOMPARE(stack().count(), 5);
        // Session 0, a drag, never merges.
        step(m_action.meta.id, 1, 0);
        step(m_action.meta.id, 1, 0);
        QCOMPARE(stack().count(), 7);
        while (stack().canUndo())
            stack().undo();
        QCOMPARE(startOf(m_action.meta.id), QDate(2026, 5, 1));
        QCOMPARE(startOf(m_other.meta.id), QDate(2026, 5, 1));
        QCOMPARE(actions().milestone(m_milestone.meta.id)->dueDate, QDate(2026, 5, 20));
    }

    void aRefusedStepIsNotMerged()
    {
        step(m_action.meta.id, 1, 7);
        const Action before = *actions().action(m_action.meta.id);
        Action after = before;
        after.endDate = before.startDate.addDays(-1); // the file refuses an end before the start
        auto* refused = new ActionStep(&m_city->file(), actions(), before, after, 7,
                                       QStringLiteral("Move action dates"));
        stack().push(refused);
        QCOMPARE(stack().count(), 1);
        QCOMPARE(actions().action(m_action.meta.id)->endDate, QDate(2026, 6, 1));
        // The run goes on from the step stored.
        step(m_action.meta.id, 1, 7);
        QCOMPARE(stack().count(), 1);
        stack().undo();
        QCOMPARE(startOf(m_action.meta.id), QDate(2026, 5, 1));
    }
};

QTEST_MAIN(TestStepEditCommand)
#include "TestStepEditCommand.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTestBase.h"
#include "commands/AdoptPlanCommand.h"
#include "commands/PriorityFromGapCommand.h"

#include <QSignalSpy>
#include <QUndoStack>

// What version 2 adds to the plan: the council's adoption and its baseline, the revisions that
// become iCalendar SEQUENCEs, indicator values, warnings, and a priority made from a gap.
class TestPlanBaseline : public PlanTestBase
{
    Q_OBJECT

private:
    Priority addPriority(const QString& title, Priority::Status status)
    {
        Priority p;
        p.title = title;
        p.status = status;
        if (status != Priority::Status::Draft)
            p.validatedOn = QDate(2025, 6, 1);
        if (!plan().add(p))
            qFatal("priority not written");
        return p;
    }
    Action addAction(const QString& priorityId, QDate start, QDate end)
    {
        Action a;
        a.priorityId = priorityId;
        a.title = QStringLiteral("Interpreting pool");
        a.startDate = start;
        a.endDate = end;
        if (!actions().add(a))
            qFatal("action not written");
        return a;
    }

private slots:
    void init()
    {
        m_city = TestCity::create();
        QVERIFY(m_city);
    }
    void cleanup() { m_city.reset(); }

    void revisionCountsStoredChanges()
    {
        const Priority p = addPriority(QStringLiteral("Health"), Priority::Status::Draft);
        Action a = addAction(p.meta.id, {2026, 1, 1}, {2026, 6, 30});
        QCOMPARE(a.revision, 0);
        const Action before = a;
        a.endDate = QDate(2026, 7, 31);
        QVERIFY_OK(actions().update(a));
        QCOMPARE(a.revision, 1);
        QVERIFY_OK(actions().update(a)); // nothing changed: the calendar event is the same
        QCOMPARE(actions().action(a.meta.id)->revision, 1);
        // An undo writes the record read before the edit; the revision still goes up, so that
        // a calendar takes the event back too.
        Action undone = before;
        QVERIFY_OK(actions().update(undone));
        QCOMPARE(undone.revision, 2);
        QCOMPARE(actions().action(a.meta.id)->endDate, QDate(2026, 6, 30));

        Milestone m{{}, a.meta.id, QStringLiteral("Pool recruited"), QDate(2026, 3, 1), {}, 0, {}};
        QVERIFY_OK(actions().add(m));
        QCOMPARE(m.revision, 0);
        m.doneOn = QDate(2026, 3, 2);
        QVERIFY_OK(actions().update(m));
        QCOMPARE(actions().milestone(m.meta.id)->revision, 1);
    }

    void adoptionKeepsTheAdoptedPlanAsBaseline()
    {
        const Priority validated =
            addPriority(QStringLiteral("Health"), Priority::Status::Validated);
        const Priority draft = addPriority(QStringLiteral("Housing"), Priority::Status::Draft);
        Action inPlan = addAction(validated.meta.id, {2026, 1, 1}, {2026, 6, 30});
        const Action outside = addAction(draft.meta.id, {2026, 2, 1}, {2026, 8, 31});
        Milestone m{{}, inPlan.meta.id, QStringLiteral("Pool recruited"), QDate(2026, 3, 1), {}, 0,
                    {}};
        QVERIFY_OK(actions().add(m));
        BudgetLine b;
        b.actionId = inPlan.meta.id;
        b.fundingSource = QStringLiteral("AMIF");
        b.plannedCents = 500000;
        QVERIFY_OK(actions().add(b));
        const QList<QVariantMap> before = planRows();

        QUndoStack stack;
        QSignalSpy actionUpdated(&actions(), &ActionRepository::actionUpdated);
        stack.push(new AdoptPlanCommand(m_city->repositories(), QDate(2026, 1, 15)));
        QCOMPARE(plan().document().adoptedOn, QDate(2026, 1, 15));
        QCOMPARE(plan().priority(validated.meta.id)->status, Priority::Status::Adopted);
        QCOMPARE(plan().priority(validated.meta.id)->adoptedOn, QDate(2026, 1, 15));
        QCOMPARE(plan().priority(draft.meta.id)->status, Priority::Status::Draft);
        const Action adopted = *actions().action(inPlan.meta.id);
        QCOMPARE(adopted.baselineStart, QDate(2026, 1, 1));
        QCOMPARE(adopted.baselineEnd, QDate(2026, 6, 30));
        QCOMPARE(adopted.revision, 0); // its calendar event did not change
        QCOMPARE(adopted.partnerIds, inPlan.partnerIds);
        QVERIFY(!actions().action(outside.meta.id)->baselineEnd.isValid());
        QCOMPARE(actions().milestone(m.meta.id)->baselineDue, QDate(2026, 3, 1));
        QCOMPARE(actions().budgetLine(b.meta.id)->baselinePlannedCents, qint64(500000));
        QCOMPARE(actionUpdated.size(), 1);

        // Edits never move the baseline, whatever the record passed says.
        Action moved = adopted;
        moved.endDate = QDate(2026, 9, 30);
        moved.baselineEnd = QDate(2026, 9, 30);
        QVERIFY_OK(actions().update(moved));
        QCOMPARE(actions().action(inPlan.meta.id)->baselineEnd, QDate(2026, 6, 30));
        BudgetLine more = *actions().budgetLine(b.meta.id);
        more.plannedCents = 600000;
        more.baselinePlannedCents = 600000;
        QVERIFY_OK(actions().update(more));
        QCOMPARE(actions().budgetLine(b.meta.id)->baselinePlannedCents, qint64(500000));
        // A line added after the adoption was not adopted.
        BudgetLine later;
        later.actionId = inPlan.meta.id;
        later.fundingSource = QStringLiteral("Municipal budget");
        later.baselinePlannedCents = 1;
        QVERIFY_OK(actions().add(later));
        QVERIFY(!actions().budgetLine(later.meta.id)->baselinePlannedCents);
        QVERIFY(actions().remove(later));
        moved.endDate = QDate(2026, 6, 30);
        QVERIFY_OK(actions().update(moved));
        QVERIFY_OK(actions().update(more = *actions().budgetLine(b.meta.id)));

        stack.undo();
        QVERIFY(!plan().document().adoptedOn.isValid());
        QCOMPARE(plan().priority(validated.meta.id)->status, Priority::Status::Validated);
        QVERIFY(!actions().action(inPlan.meta.id)->baselineEnd.isValid());
        QVERIFY(!actions().milestone(m.meta.id)->baselineDue.isValid());
        QVERIFY(!actions().budgetLine(b.meta.id)->baselinePlannedCents);
        stack.redo();
        QCOMPARE(actions().action(inPlan.meta.id)->baselineEnd, QDate(2026, 6, 30));
        QVERIFY(before != planRows());
    }

    void indicatorValuesGoAndComeBackWithTheirIndicator()
    {
        const Priority p = addPriority(QStringLiteral("Health"), Priority::Status::Draft);
        const Action a = addAction(p.meta.id, {2026, 1, 1}, {2026, 6, 30});
        Indicator i;
        i.actionId = a.meta.id;
        i.name = QStringLiteral("People received");
        i.aggregation = Indicator::Aggregation::Sum;
        QVERIFY_OK(actions().add(i));
        IndicatorValue v1{{}, i.meta.id, QDate(2026, 3, 31), 120, QStringLiteral("Q1")};
        IndicatorValue v2{{}, i.meta.id, QDate(2026, 2, 28), 80, {}};
        QVERIFY_OK(actions().add(v1));
        QVERIFY_OK(actions().add(v2));
        QCOMPARE(actions().indicatorValues(i.meta.id).first().meta.id, v2.meta.id); // by date
        IndicatorValue undated{{}, i.meta.id, {}, 1, {}};
        QVERIFY(!actions().add(undated));
        IndicatorValue orphan{
            {}, QStringLiteral("00000000-0000-0000-0000-000000000000"), QDate(2026, 1, 1), 1, {}};
        QVERIFY(!actions().add(orphan));

        QSignalSpy valueRemoved(&actions(), &ActionRepository::indicatorValueRemoved);
        QSignalSpy valueAdded(&actions(), &ActionRepository::indicatorValueAdded);
        Result<RowSnapshot> snap = actions().remove(i);
        QVERIFY(snap);
        QCOMPARE(valueRemoved.size(), 2);
        QVERIFY(actions().indicatorValues().isEmpty());
        QVERIFY_OK(actions().restore(snap.value()));
        QCOMPARE(valueAdded.size(), 2);
        QCOMPARE(*actions().indicatorValue(v1.meta.id), v1);
    }

    void warningsAreAllowed()
    {
        const Priority p = addPriority(QStringLiteral("Health"), Priority::Status::Draft);
        const Action a = addAction(p.meta.id, {2026, 1, 1}, {2026, 6, 30});
        Milestone outside{{}, a.meta.id, QStringLiteral("Late report"), QDate(2026, 8, 1), {},
                          0,  {}};
        QVERIFY_OK(actions().add(outside));
        QCOMPARE(actions().warnings(outside).size(), 1);
        Milestone inside{{}, a.meta.id, QStringLiteral("Report"), QDate(2026, 6, 30), {}, 0, {}};
        QVERIFY(actions().warnings(inside).isEmpty());
        BudgetLine over;
        over.plannedCents = 100;
        over.spentCents = 101;
        QCOMPARE(ActionRepository::warnings(over).size(), 1);
        over.spentCents = 100;
        QVERIFY(ActionRepository::warnings(over).isEmpty());
        Indicator flat;
        flat.baseline = 5;
        flat.target = 5;
        QCOMPARE(ActionRepository::warnings(flat).size(), 1);
        flat.target.reset();
        QVERIFY(ActionRepository::warnings(flat).isEmpty());
        // End before start is refused, not warned.
        Action backwards = a;
        backwards.endDate = QDate(2025, 12, 31);
        QVERIFY(!actions().update(backwards));
    }

    void priorityFromAGapIsOneStep()
    {
        const QString itemId = addChecklistItem();
        QVERIFY(!itemId.isEmpty());
        addPriority(QStringLiteral("Existing"), Priority::Status::Draft);
        const QList<QVariantMap> before = planRows();
        GapList::Gap gap;
        gap.item.meta.id = itemId;
        gap.item.statement = QStringLiteral("Interpreters are available. In every service.");
        gap.item.themeId = themeId();
        gap.answer.value = Answer::Value::NotMet;
        AssessmentRound round;
        round.label = QStringLiteral("2026");

        QUndoStack stack;
        auto* command =
            new PriorityFromGapCommand(m_city->repositories().file(), plan(), round, gap);
        stack.push(command);
        QCOMPARE(stack.count(), 1);
        const Priority made = *plan().priority(command->priority().meta.id);
        QCOMPARE(made.title, QStringLiteral("Interpreters are available"));
        QCOMPARE(made.themeId, themeId());
        QCOMPARE(made.status, Priority::Status::Draft);
        QCOMPARE(made.rank, 1); // after the existing priority, ranked 0
        QVERIFY(made.rationale.contains(gap.item.statement));
        QVERIFY(made.rationale.contains(Answer::label(Answer::Value::NotMet)));
        QVERIFY(made.rationale.contains(QStringLiteral("2026")));
        const QList<PriorityEvidence> evidence = plan().evidence(made.meta.id);
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(evidence.first().itemId, itemId);

        stack.undo();
        QCOMPARE(planRows(), before);
        stack.redo();
        QCOMPARE(*plan().priority(made.meta.id), made);
        QCOMPARE(plan().evidence(made.meta.id).first().meta.id, evidence.first().meta.id);
    }
};

QTEST_GUILESS_MAIN(TestPlanBaseline)
#include "TestPlanBaseline.moc"

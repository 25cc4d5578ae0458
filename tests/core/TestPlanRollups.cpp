// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/IndicatorMeasure.h"
#include "plan/PlanRollups.h"

#include <QTest>

// Rollups, lateness and slippage against a fixed today, over data built in memory.
class TestPlanRollups : public QObject
{
    Q_OBJECT

private:
    const QDate today{2026, 6, 15};

    static Priority priority(const QString& id)
    {
        Priority p;
        p.meta.id = id;
        p.title = id;
        return p;
    }
    static Action action(const QString& id, const QString& priorityId, Action::Status status,
                         QDate start, QDate end)
    {
        Action a;
        a.meta.id = id;
        a.priorityId = priorityId;
        a.title = id;
        a.status = status;
        a.startDate = start;
        a.endDate = end;
        return a;
    }
    static Milestone milestone(const QString& actionId, QDate due, QDate done = {})
    {
        Milestone m;
        m.meta.id = actionId + due.toString(Qt::ISODate);
        m.actionId = actionId;
        m.title = QStringLiteral("step");
        m.dueDate = due;
        m.doneOn = done;
        return m;
    }
    static BudgetLine line(const QString& actionId, const QString& source, qint64 planned,
                           qint64 committed, qint64 spent, const QString& currency = "EUR")
    {
        BudgetLine b;
        b.meta.id = actionId + source + currency;
        b.actionId = actionId;
        b.fundingSource = source;
        b.currency = currency;
        b.plannedCents = planned;
        b.committedCents = committed;
        b.spentCents = spent;
        return b;
    }

    PlanData sample() const
    {
        PlanData plan;
        plan.priorities = {priority("P1"), priority("P2")};
        using S = Action::Status;
        plan.actions = {
            action("done", "P1", S::Done, {2025, 1, 1}, {2025, 12, 31}),
            // Past its end and not done: late.
            action("overdue", "P1", S::InProgress, {2025, 6, 1}, {2026, 5, 31}),
            // Ends later, but a milestone passed and is not done: late too.
            action("behind", "P2", S::InProgress, {2026, 1, 1}, {2026, 12, 31}),
            // On time: its only passed milestone is done.
            action("ontime", "P2", S::Planned, {2026, 1, 1}, {2026, 12, 31}),
            // Cancelled: neither late nor counted among the actions.
            action("dropped", "P2", S::Cancelled, {2025, 1, 1}, {2025, 3, 31}),
        };
        plan.milestones = {milestone("behind", {2026, 3, 1}), milestone("behind", {2026, 9, 1}),
                           milestone("ontime", {2026, 2, 1}, {2026, 2, 3}),
                           milestone("ontime", {2026, 10, 1}), milestone("dropped", {2025, 2, 1})};
        plan.budgetLines = {line("done", "Municipal budget", 100000, 100000, 95000),
                            line("overdue", "AMIF", 200000, 150000, 120000),
                            line("behind", "AMIF", 50000, 0, 0),
                            line("dropped", "MMPTF", 30000, 5000, 5000),
                            line("ontime", "AMIF", 40000, 0, 0, "MAD")};
        return plan;
    }

private slots:
    void latenessOnAFixedDay()
    {
        const PlanData plan = sample();
        const PlanRollups r = PlanRollups::compute(plan, today);
        QCOMPARE(r.action("done").late, 0);
        QCOMPARE(r.action("overdue").late, 1);
        QCOMPARE(r.action("behind").late, 1);
        QCOMPARE(r.action("ontime").late, 0);
        QCOMPARE(r.action("dropped").late, 0);
        QCOMPARE(r.whole().late, 2);
        QCOMPARE(r.priority("P1").late, 1);
        QCOMPARE(r.priority("P2").late, 1);
        // The day after the overdue action's end is the first it is late on.
        const Action& overdue = plan.actions.at(1);
        QVERIFY(!PlanRollups::isLate(overdue, {}, QDate(2026, 5, 31)));
        QVERIFY(PlanRollups::isLate(overdue, {}, QDate(2026, 6, 1)));
        QCOMPARE(r.action("behind").milestonesLate, 1);
        QCOMPARE(r.whole().milestonesLate, 1); // the cancelled action's milestone is not counted
    }

    void countsAndProgressRollUp()
    {
        const PlanRollups r = PlanRollups::compute(sample(), today);
        QCOMPARE(r.whole().actions, 4);
        QCOMPARE(r.whole().cancelled, 1);
        QCOMPARE(r.whole().done, 1);
        QCOMPARE(r.whole().inProgress, 2);
        QCOMPARE(r.whole().planned, 1);
        // done 1, overdue 0 (no milestones), behind 0/2, ontime 1/2.
        QCOMPARE(r.action("ontime").progress, 0.5);
        QCOMPARE(r.priority("P1").progress, 0.5);
        QCOMPARE(r.priority("P2").progress, 0.25);
        QCOMPARE(r.whole().progress, 1.5 / 4);
        QCOMPARE(r.whole().milestones, 4);
        QCOMPARE(r.whole().milestonesDone, 1);
    }

    void budgetBySourceAndCurrency()
    {
        const PlanRollups r = PlanRollups::compute(sample(), today);
        const MoneyTotals eur = r.whole().byCurrency.value("EUR");
        // The cancelled action's money stays counted: some of it was spent.
        QCOMPARE(eur.plannedCents, qint64(380000));
        QCOMPARE(eur.committedCents, qint64(255000));
        QCOMPARE(eur.spentCents, qint64(220000));
        QCOMPARE(r.whole().bySource.value("EUR").value("AMIF").plannedCents, qint64(250000));
        QCOMPARE(r.whole().bySource.value("EUR").value("MMPTF").spentCents, qint64(5000));
        // Dirhams are never added to euros.
        QCOMPARE(r.whole().byCurrency.value("MAD").plannedCents, qint64(40000));
        QCOMPARE(r.priority("P1").byCurrency.value("EUR").spentCents, qint64(215000));
        QCOMPARE(PlanRollups::mainCurrency(r.whole()), QStringLiteral("EUR"));
        QCOMPARE(PlanRollups::mainCurrency(PlanRollup()), QStringLiteral("EUR"));
    }

    void slippageAgainstTheBaseline()
    {
        PlanData plan = sample();
        QCOMPARE(PlanRollups::compute(plan, today).whole().slipped, 0);
        Action& behind = plan.actions[2];
        behind.baselineStart = behind.startDate;
        behind.baselineEnd = QDate(2026, 10, 31);
        Action& ontime = plan.actions[3];
        ontime.baselineEnd = QDate(2027, 1, 31); // finishing earlier than adopted is no slip
        plan.budgetLines[2].baselinePlannedCents = 45000;
        const PlanRollups r = PlanRollups::compute(plan, today);
        QCOMPARE(PlanRollups::slippageDays(behind), 61);
        QCOMPARE(PlanRollups::slippageDays(ontime), -31);
        QCOMPARE(r.whole().slipped, 1);
        QCOMPARE(r.whole().mostSlippedDays, 61);
        QCOMPARE(r.priority("P1").mostSlippedDays, 0);
        QCOMPARE(r.whole().byCurrency.value("EUR").baselinePlannedCents, qint64(45000));
    }

    void emptyPlanAndUnknownIds()
    {
        const PlanRollups r = PlanRollups::compute(PlanData(), today);
        QCOMPARE(r.whole(), PlanRollup());
        QCOMPARE(r.priority("none"), PlanRollup());
        QCOMPARE(r.action("none"), PlanRollup());
    }

    void indicatorsStandWhereTheirValuesSay()
    {
        Indicator total;
        total.baseline = 100;
        total.target = 300;
        const auto value = [](QDate on, double v) {
            IndicatorValue x;
            x.measuredOn = on;
            x.value = v;
            return x;
        };
        const QList<IndicatorValue> values = {value({2026, 6, 30}, 250), value({2026, 3, 31}, 180)};
        QVERIFY(!IndicatorMeasure::current(total, {}));
        // Each value the total so far: the latest by date, whatever the order given.
        QCOMPARE(*IndicatorMeasure::current(total, values), 250.0);
        QCOMPARE(*IndicatorMeasure::progress(total, values), 0.75);
        // Each value one period's: they add up.
        Indicator periods = total;
        periods.aggregation = Indicator::Aggregation::Sum;
        QCOMPARE(*IndicatorMeasure::current(periods, values), 430.0);
        QCOMPARE(*IndicatorMeasure::progress(periods, values), 1.65);
        // No target, or a target equal to the baseline: no progress to show.
        Indicator flat = total;
        flat.target = 100;
        QVERIFY(!IndicatorMeasure::progress(flat, values));
        flat.target.reset();
        QVERIFY(!IndicatorMeasure::progress(flat, values));
    }
};

QTEST_GUILESS_MAIN(TestPlanRollups)
#include "TestPlanRollups.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionPlanSetUp.h"
#include "RecordChecks.h"
#include "TestCity.h"
#include "city/Repositories.h"
#include "plan/ActionRepository.h"
#include "storage/CityFile.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// What hangs on an action: milestones, indicators, budget lines and progress stored and read
// back whole, an action's removal taking them all and its undo giving them back exactly, each
// removed and restored on its own, and every refusal.
class TestActionChildren : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    std::unique_ptr<ActionPlanSetUp> m_plan;

    ActionRepository& actions() { return m_city->repositories().actions(); }
    const QString missing = QStringLiteral("00000000-0000-0000-0000-000000000000");

private slots:
    void init()
    {
        m_city = TestCity::create(QStringLiteral("Fuenlabrada"));
        m_plan = std::make_unique<ActionPlanSetUp>(m_city->repositories());
        QVERIFY(m_plan->ok());
    }

    void cleanup()
    {
        m_plan.reset();
        m_city.reset();
    }

    void childrenRoundTrip()
    {
        QSignalSpy milestoneAdded(&actions(), &ActionRepository::milestoneAdded);
        QSignalSpy indicatorAdded(&actions(), &ActionRepository::indicatorAdded);
        QSignalSpy budgetAdded(&actions(), &ActionRepository::budgetLineAdded);
        QSignalSpy progressAdded(&actions(), &ActionRepository::progressEntryAdded);
        Action a;
        Milestone m;
        Indicator i;
        BudgetLine b;
        ProgressEntry p;
        QVERIFY(m_plan->addActionWithChildren(a, m, i, b, p));
        QCOMPARE(milestoneAdded.size(), 1);
        QCOMPARE(indicatorAdded.size(), 1);
        QCOMPARE(budgetAdded.size(), 1);
        QCOMPARE(progressAdded.size(), 1);
        QCOMPARE(budgetAdded.first().first().value<BudgetLine>(), b);
        for (const RecordMeta* meta : {&m.meta, &i.meta, &b.meta, &p.meta}) {
            QCOMPARE(meta->id.size(), 36);
            QVERIFY(meta->createdAt.isValid());
            QCOMPARE(meta->originCity, m_city->file().cityId());
        }

        QCOMPARE(actions().milestone(m.meta.id), std::optional<Milestone>(m));
        QCOMPARE(actions().indicator(i.meta.id), std::optional<Indicator>(i));
        QCOMPARE(actions().budgetLine(b.meta.id), std::optional<BudgetLine>(b));
        QCOMPARE(actions().progressEntry(p.meta.id), std::optional<ProgressEntry>(p));
        QCOMPARE(actions().milestones(a.meta.id), QList<Milestone>{m});
        QCOMPARE(actions().indicators(a.meta.id), QList<Indicator>{i});
        QCOMPARE(actions().budgetLines(a.meta.id), QList<BudgetLine>{b});
        QCOMPARE(actions().progress(a.meta.id), QList<ProgressEntry>{p});
        QCOMPARE(actions().milestones(), QList<Milestone>{m});
        QCOMPARE(actions().indicators(), QList<Indicator>{i});
        QCOMPARE(actions().budgetLines(), QList<BudgetLine>{b});
        QCOMPARE(actions().allProgress(), QList<ProgressEntry>{p});
        QVERIFY(actions().milestones(missing).isEmpty());

        // Unknown indicator values stay unknown (NULL), zero stays zero.
        Indicator unknown{{},
                          a.meta.id,
                          QStringLiteral("Waiting time"),
                          QStringLiteral("days"),
                          std::nullopt,
                          10.0,
                          {},
                          {},
                          Indicator::Aggregation::Latest};
        QVERIFY_OK(actions().add(unknown));
        const std::optional<Indicator> unknownRead = actions().indicator(unknown.meta.id);
        QVERIFY(unknownRead.has_value());
        QCOMPARE(*unknownRead, unknown);
        QVERIFY(!unknownRead->baseline.has_value());
        QCOMPARE(actions().indicator(i.meta.id)->baseline, std::optional<double>(0.0));

        // A milestone not done yet, progress by date.
        Milestone open{{}, a.meta.id, QStringLiteral("First report"), QDate(2024, 6, 1), QDate(),
                       0,  {}};
        QVERIFY_OK(actions().add(open));
        QVERIFY(!actions().milestone(open.meta.id)->isDone());
        QCOMPARE(actions().milestones(a.meta.id).first(), open);
        ProgressEntry earlier{{}, a.meta.id, QDate(2024, 5, 2), QStringLiteral("Kick-off"), {}};
        QVERIFY_OK(actions().add(earlier));
        QCOMPARE(actions().progress(a.meta.id).first(), earlier);

        // A currency typed in small letters is stored in capitals.
        BudgetLine lower{
            {}, a.meta.id, {}, QStringLiteral("Municipal budget"), QStringLiteral(" mad "), 0,
            0,  0,         {}};
        QVERIFY_OK(actions().add(lower));
        QCOMPARE(lower.currency, QStringLiteral("MAD"));
        QCOMPARE(actions().budgetLine(lower.meta.id), std::optional<BudgetLine>(lower));
    }

    void fundingSourcesAreTheFilesOwnInTheReadersOrder()
    {
        // The order a French reader expects: accents and case are not ranks, numbers count.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        QVERIFY(actions().fundingSources().isEmpty());
        Action a = m_plan->fullAction();
        Action b = m_plan->fullAction();
        QVERIFY_OK(actions().add(a));
        QVERIFY_OK(actions().add(b));
        const QStringList used{QStringLiteral("municipal budget"), QStringLiteral("MMPTF"),
                               QStringLiteral("État (DGEF)"),      QStringLiteral("AMIF"),
                               QStringLiteral("Programme 10"),     QStringLiteral("Programme 9")};
        for (int n = 0; n < used.size(); ++n) {
            BudgetLine line;
            line.actionId = (n % 2 ? a : b).meta.id;
            line.label = QStringLiteral("Line %1").arg(n);
            line.fundingSource = used.at(n);
            QVERIFY_OK(actions().add(line));
        }
        // The same source on another action's line is listed once; its spaces are not kept.
        BudgetLine again;
        again.actionId = a.meta.id;
        again.fundingSource = QStringLiteral(" AMIF ");
        QVERIFY_OK(actions().add(again));
        QCOMPARE(actions().fundingSources(),
                 QStringList({QStringLiteral("AMIF"), QStringLiteral("État (DGEF)"),
                              QStringLiteral("MMPTF"), QStringLiteral("municipal budget"),
                              QStringLiteral("Programme 9"), QStringLiteral("Programme 10")}));
        // A source no line names any more is no longer offered.
        QVERIFY(actions().remove(b));
        QCOMPARE(actions().fundingSources(),
                 QStringList({QStringLiteral("AMIF"), QStringLiteral("MMPTF"),
                              QStringLiteral("Programme 9")}));
    }

    void childrenUpdate()
    {
        Action a;
        Milestone m;
        Indicator i;
        BudgetLine b;
        ProgressEntry p;
        QVERIFY(m_plan->addActionWithChildren(a, m, i, b, p));
        QSignalSpy milestoneUpdated(&actions(), &ActionRepository::milestoneUpdated);
        QSignalSpy indicatorUpdated(&actions(), &ActionRepository::indicatorUpdated);
        QSignalSpy budgetUpdated(&actions(), &ActionRepository::budgetLineUpdated);
        QSignalSpy progressUpdated(&actions(), &ActionRepository::progressEntryUpdated);

        m.doneOn = QDate();
        m.title = QStringLiteral("Pool recruited and trained");
        QVERIFY_OK(actions().update(m));
        i.target = 650;
        i.aggregation = Indicator::Aggregation::Latest;
        i.dataSource.clear();
        QVERIFY_OK(actions().update(i));
        b.spentCents = 4'600'000; // overspending is information, not an error
        b.currency = QStringLiteral("usd");
        QVERIFY_OK(actions().update(b));
        QCOMPARE(b.currency, QStringLiteral("USD"));
        p.text = QStringLiteral("Fourteen interpreters trained");
        p.author.clear();
        QVERIFY_OK(actions().update(p));

        QCOMPARE(milestoneUpdated.size(), 1);
        QCOMPARE(indicatorUpdated.size(), 1);
        QCOMPARE(budgetUpdated.size(), 1);
        QCOMPARE(progressUpdated.size(), 1);
        QCOMPARE(actions().milestone(m.meta.id), std::optional<Milestone>(m));
        QCOMPARE(actions().indicator(i.meta.id), std::optional<Indicator>(i));
        QCOMPARE(actions().budgetLine(b.meta.id), std::optional<BudgetLine>(b));
        QCOMPARE(actions().progressEntry(p.meta.id), std::optional<ProgressEntry>(p));
    }

    void removeAndRestoreActionWithEverythingUnderIt()
    {
        Action a;
        Milestone m;
        Indicator i;
        BudgetLine b;
        ProgressEntry p;
        QVERIFY(m_plan->addActionWithChildren(a, m, i, b, p));
        Action other;
        other.priorityId = m_plan->priorityId();
        other.title = QStringLiteral("Health mediators");
        other.partnerIds = {m_plan->partnerA()};
        QVERIFY_OK(actions().add(other));
        const QList<QVariantMap> before = m_plan->actionRows();

        QSignalSpy actionRemoved(&actions(), &ActionRepository::actionRemoved);
        QSignalSpy milestoneRemoved(&actions(), &ActionRepository::milestoneRemoved);
        QSignalSpy indicatorRemoved(&actions(), &ActionRepository::indicatorRemoved);
        QSignalSpy budgetRemoved(&actions(), &ActionRepository::budgetLineRemoved);
        QSignalSpy progressRemoved(&actions(), &ActionRepository::progressEntryRemoved);
        Result<RowSnapshot> snap = actions().remove(a);
        QVERIFY(snap.ok());
        const RowSnapshot& s = snap.value();
        QCOMPARE(s.rows.first().table, QStringLiteral("action"));
        QCOMPARE(s.count(QStringLiteral("action")), 1);
        QCOMPARE(s.count(QStringLiteral("action_partner")), 2);
        QCOMPARE(s.count(QStringLiteral("milestone")), 1);
        QCOMPARE(s.count(QStringLiteral("indicator")), 1);
        QCOMPARE(s.count(QStringLiteral("budget_line")), 1);
        QCOMPARE(s.count(QStringLiteral("progress_entry")), 1);
        QCOMPARE(actionRemoved.size(), 1);
        QCOMPARE(actionRemoved.first().first().toString(), a.meta.id);
        QCOMPARE(milestoneRemoved.size(), 1);
        QCOMPARE(milestoneRemoved.first().first().toString(), m.meta.id);
        QCOMPARE(indicatorRemoved.size(), 1);
        QCOMPARE(budgetRemoved.size(), 1);
        QCOMPARE(progressRemoved.size(), 1);

        QVERIFY(!actions().action(a.meta.id));
        QCOMPARE(actions().actions(), QList<Action>{other});
        QCOMPARE(m_plan->rows("action_partner").size(), 1);
        QVERIFY(actions().milestones().isEmpty());
        QVERIFY(actions().indicators().isEmpty());
        QVERIFY(actions().budgetLines().isEmpty());
        QVERIFY(actions().allProgress().isEmpty());

        QSignalSpy actionAdded(&actions(), &ActionRepository::actionAdded);
        QSignalSpy milestoneAdded(&actions(), &ActionRepository::milestoneAdded);
        QVERIFY_OK(actions().restore(s));
        QCOMPARE(m_plan->actionRows(), before);
        QCOMPARE(actionAdded.size(), 1);
        // Announced with its partners, which were put back in the same step.
        QCOMPARE(actionAdded.first().first().value<Action>(), a);
        QCOMPARE(milestoneAdded.size(), 1);
        QCOMPARE(actions().action(a.meta.id), std::optional<Action>(a));
        QCOMPARE(actions().milestone(m.meta.id), std::optional<Milestone>(m));
        QCOMPARE(actions().indicator(i.meta.id), std::optional<Indicator>(i));
        QCOMPARE(actions().budgetLine(b.meta.id), std::optional<BudgetLine>(b));
        QCOMPARE(actions().progressEntry(p.meta.id), std::optional<ProgressEntry>(p));
    }

    void removeAndRestoreEachChild()
    {
        Action a;
        Milestone m;
        Indicator i;
        BudgetLine b;
        ProgressEntry p;
        QVERIFY(m_plan->addActionWithChildren(a, m, i, b, p));
        const QList<QVariantMap> before = m_plan->actionRows();

        QSignalSpy milestoneRemoved(&actions(), &ActionRepository::milestoneRemoved);
        QSignalSpy milestoneAdded(&actions(), &ActionRepository::milestoneAdded);
        Result<RowSnapshot> sm = actions().remove(m);
        QVERIFY(sm.ok());
        QCOMPARE(sm.value().rows.size(), 1);
        QCOMPARE(milestoneRemoved.size(), 1);
        QVERIFY(!actions().milestone(m.meta.id));
        QVERIFY_OK(actions().restore(sm.value()));
        QCOMPARE(milestoneAdded.size(), 1);
        QCOMPARE(milestoneAdded.first().first().value<Milestone>(), m);

        QSignalSpy indicatorRemoved(&actions(), &ActionRepository::indicatorRemoved);
        Result<RowSnapshot> si = actions().remove(i);
        QVERIFY(si.ok());
        QCOMPARE(indicatorRemoved.size(), 1);
        QVERIFY(!actions().indicator(i.meta.id));
        QVERIFY_OK(actions().restore(si.value()));

        QSignalSpy budgetRemoved(&actions(), &ActionRepository::budgetLineRemoved);
        Result<RowSnapshot> sb = actions().remove(b);
        QVERIFY(sb.ok());
        QCOMPARE(budgetRemoved.size(), 1);
        QVERIFY(!actions().budgetLine(b.meta.id));
        QVERIFY_OK(actions().restore(sb.value()));

        QSignalSpy progressRemoved(&actions(), &ActionRepository::progressEntryRemoved);
        Result<RowSnapshot> sp = actions().remove(p);
        QVERIFY(sp.ok());
        QCOMPARE(progressRemoved.size(), 1);
        QVERIFY(!actions().progressEntry(p.meta.id));
        QVERIFY_OK(actions().restore(sp.value()));

        QCOMPARE(m_plan->actionRows(), before);
    }

    void refusesInvalidChildren()
    {
        Action a = m_plan->fullAction();
        QVERIFY_OK(actions().add(a));
        QSignalSpy milestoneAdded(&actions(), &ActionRepository::milestoneAdded);
        QSignalSpy indicatorAdded(&actions(), &ActionRepository::indicatorAdded);
        QSignalSpy budgetAdded(&actions(), &ActionRepository::budgetLineAdded);
        QSignalSpy progressAdded(&actions(), &ActionRepository::progressEntryAdded);

        Milestone m{{}, a.meta.id, QString(), QDate(2024, 9, 1), QDate(), 0, {}};
        QVERIFY(refused(actions().add(m), QStringLiteral("title")));
        m.title = QStringLiteral("Pool recruited");
        m.dueDate = QDate();
        QVERIFY(refused(actions().add(m), QStringLiteral("due date")));
        m.dueDate = QDate(2024, 9, 1);
        m.actionId = missing;
        QVERIFY(refused(actions().add(m), QStringLiteral("action")));

        Indicator i{{}, a.meta.id, QString(), {}, {}, {}, {}, {}};
        QVERIFY(refused(actions().add(i), QStringLiteral("name")));
        i.name = QStringLiteral("Consultations");
        i.actionId = missing;
        QVERIFY(refused(actions().add(i), QStringLiteral("action")));

        BudgetLine b{{}, a.meta.id, {}, QStringLiteral("  "), QStringLiteral("EUR"), 100, 0, 0, {}};
        QVERIFY(refused(actions().add(b), QStringLiteral("funding source")));
        b.fundingSource = QStringLiteral("AMIF");
        b.plannedCents = -1;
        QVERIFY(refused(actions().add(b), QStringLiteral("planned amount")));
        b.plannedCents = 100;
        b.spentCents = -5;
        QVERIFY(refused(actions().add(b), QStringLiteral("amount spent")));
        b.spentCents = 0;
        for (const QString& bad : {QStringLiteral("EU"), QStringLiteral("EURO"),
                                   QStringLiteral("E1R"), QStringLiteral("€€€"), QString()}) {
            b.currency = bad;
            QVERIFY2(refused(actions().add(b), QStringLiteral("three-letter")), qPrintable(bad));
        }
        b.currency = QStringLiteral("EUR");
        b.actionId = missing;
        QVERIFY(refused(actions().add(b), QStringLiteral("action")));

        ProgressEntry p{{}, a.meta.id, QDate(), QStringLiteral("Kick-off"), {}};
        QVERIFY(refused(actions().add(p), QStringLiteral("date")));
        p.date = QDate(2024, 5, 2);
        p.text = QStringLiteral("   ");
        QVERIFY(refused(actions().add(p), QStringLiteral("text")));
        p.text = QStringLiteral("Kick-off");
        p.actionId = missing;
        QVERIFY(refused(actions().add(p), QStringLiteral("action")));

        QCOMPARE(milestoneAdded.size(), 0);
        QCOMPARE(indicatorAdded.size(), 0);
        QCOMPARE(budgetAdded.size(), 0);
        QCOMPARE(progressAdded.size(), 0);
        QVERIFY(actions().milestones().isEmpty());
        QVERIFY(actions().indicators().isEmpty());
        QVERIFY(actions().budgetLines().isEmpty());
        QVERIFY(actions().allProgress().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActionChildren)
#include "TestActionChildren.moc"

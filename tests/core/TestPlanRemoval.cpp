// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTestBase.h"
#include "RecordChecks.h"

#include <QSignalSpy>

// The priorities document's removals: a priority takes everything under it and an undo puts it
// back identically, a stakeholder's removal clears a consultation's link, and what is gone
// cannot be removed again.
class TestPlanRemoval : public PlanTestBase
{
    Q_OBJECT

private slots:
    void init() { m_city = TestCity::create(QStringLiteral("Livadia")); }

    void cleanup() { m_city.reset(); }

    void removeAndRestorePriorityWithEverythingUnderIt()
    {
        const QString lead = addStakeholder(QStringLiteral("Municipal health office"));
        const QString partnerA = addStakeholder(QStringLiteral("Red Cross"));
        const QString partnerB = addStakeholder(QStringLiteral("Migrant women's association"));
        const QString itemId = addChecklistItem();
        const QString figureId = addFigure();
        QVERIFY(!lead.isEmpty() && !partnerA.isEmpty() && !partnerB.isEmpty());
        QVERIFY(!itemId.isEmpty() && !figureId.isEmpty());

        Priority p = fullPriority();
        QVERIFY_OK(plan().add(p));
        Priority other;
        other.title = QStringLiteral("Language courses");
        QVERIFY_OK(plan().add(other));

        PriorityEvidence e1{{}, p.meta.id, itemId, {}, QStringLiteral("gap")};
        PriorityEvidence e2{{}, p.meta.id, {}, figureId, QStringLiteral("figure")};
        QVERIFY_OK(plan().add(e1));
        QVERIFY_OK(plan().add(e2));
        Consultation c;
        c.priorityId = p.meta.id;
        c.date = QDate(2024, 2, 1);
        c.stakeholderIds = {lead};
        QVERIFY_OK(plan().add(c));

        Action a;
        a.priorityId = p.meta.id;
        a.title = QStringLiteral("Interpreting pool");
        a.leadId = lead;
        a.partnerIds = {partnerA, partnerB};
        a.startDate = QDate(2024, 5, 1);
        a.endDate = QDate(2025, 4, 30);
        QVERIFY_OK(actions().add(a));
        Action b;
        b.priorityId = p.meta.id;
        b.title = QStringLiteral("Health mediators");
        QVERIFY_OK(actions().add(b));
        Action kept;
        kept.priorityId = other.meta.id;
        kept.title = QStringLiteral("Evening classes");
        QVERIFY_OK(actions().add(kept));

        Milestone m;
        m.actionId = a.meta.id;
        m.title = QStringLiteral("Pool recruited");
        m.dueDate = QDate(2024, 9, 1);
        QVERIFY_OK(actions().add(m));
        Indicator i;
        i.actionId = a.meta.id;
        i.name = QStringLiteral("Consultations interpreted");
        i.target = 500;
        QVERIFY_OK(actions().add(i));
        BudgetLine bl;
        bl.actionId = a.meta.id;
        bl.fundingSource = QStringLiteral("AMIF");
        bl.plannedCents = 4'500'000;
        QVERIFY_OK(actions().add(bl));
        ProgressEntry pe;
        pe.actionId = b.meta.id;
        pe.date = QDate(2024, 7, 1);
        pe.text = QStringLiteral("Two mediators hired");
        QVERIFY_OK(actions().add(pe));

        const QList<QVariantMap> before = planRows();
        QVERIFY(!before.isEmpty());

        // The order in which views are told: everything under the priority before it.
        QStringList log;
        const auto note = [&log](const char* what) {
            return [&log, what](const auto&) { log << QString::fromLatin1(what); };
        };
        connect(&plan(), &PlanRepository::priorityRemoved, this, note("-priority"));
        connect(&plan(), &PlanRepository::evidenceRemoved, this, note("-evidence"));
        connect(&plan(), &PlanRepository::consultationRemoved, this, note("-consultation"));
        connect(&actions(), &ActionRepository::actionRemoved, this,
                [&log](const QString& id) { log << QStringLiteral("-action:") + id; });
        connect(&actions(), &ActionRepository::milestoneRemoved, this, note("-milestone"));
        connect(&actions(), &ActionRepository::indicatorRemoved, this, note("-indicator"));
        connect(&actions(), &ActionRepository::budgetLineRemoved, this, note("-budget"));
        connect(&actions(), &ActionRepository::progressEntryRemoved, this, note("-progress"));
        connect(&plan(), &PlanRepository::priorityAdded, this, note("+priority"));
        connect(&plan(), &PlanRepository::evidenceAdded, this, note("+evidence"));
        connect(&plan(), &PlanRepository::consultationAdded, this, note("+consultation"));
        connect(&actions(), &ActionRepository::actionAdded, this,
                [&log](const Action& added) { log << QStringLiteral("+action:") + added.meta.id; });
        connect(&actions(), &ActionRepository::milestoneAdded, this, note("+milestone"));
        connect(&actions(), &ActionRepository::indicatorAdded, this, note("+indicator"));
        connect(&actions(), &ActionRepository::budgetLineAdded, this, note("+budget"));
        connect(&actions(), &ActionRepository::progressEntryAdded, this, note("+progress"));

        Result<RowSnapshot> snap = plan().remove(p);
        QVERIFY(snap.ok());
        const RowSnapshot& s = snap.value();
        QCOMPARE(s.count(QStringLiteral("priority")), 1);
        QCOMPARE(s.count(QStringLiteral("priority_evidence")), 2);
        QCOMPARE(s.count(QStringLiteral("consultation")), 1);
        QCOMPARE(s.count(QStringLiteral("action")), 2);
        QCOMPARE(s.count(QStringLiteral("action_partner")), 2);
        QCOMPARE(s.count(QStringLiteral("milestone")), 1);
        QCOMPARE(s.count(QStringLiteral("indicator")), 1);
        QCOMPARE(s.count(QStringLiteral("budget_line")), 1);
        QCOMPARE(s.count(QStringLiteral("progress_entry")), 1);
        QCOMPARE(s.rows.first().table, QStringLiteral("priority"));

        QVERIFY(!plan().priority(p.meta.id));
        QVERIFY(plan().evidence(p.meta.id).isEmpty());
        QVERIFY(plan().consultations(p.meta.id).isEmpty());
        QVERIFY(actions().actions(p.meta.id).isEmpty());
        QVERIFY(actions().milestones().isEmpty());
        QVERIFY(actions().indicators().isEmpty());
        QVERIFY(actions().budgetLines().isEmpty());
        QVERIFY(actions().allProgress().isEmpty());
        QCOMPARE(actions().actions(), QList<Action>{kept});
        QCOMPARE(plan().priorities(), QList<Priority>{other});

        QCOMPARE(log.size(), 10);
        QCOMPARE(log.last(), QStringLiteral("-priority"));
        // Each action after what hangs under it.
        QVERIFY(log.indexOf(QStringLiteral("-milestone")) <
                log.indexOf(QStringLiteral("-action:") + a.meta.id));
        QVERIFY(log.indexOf(QStringLiteral("-progress")) <
                log.indexOf(QStringLiteral("-action:") + b.meta.id));
        QCOMPARE(log.count(QStringLiteral("-evidence")), 2);

        log.clear();
        QVERIFY_OK(plan().restore(s));
        QCOMPARE(planRows(), before);
        QCOMPARE(plan().priority(p.meta.id), std::optional<Priority>(p));
        QCOMPARE(actions().action(a.meta.id), std::optional<Action>(a));
        QCOMPARE(actions().milestone(m.meta.id), std::optional<Milestone>(m));
        QCOMPARE(log.size(), 10);
        QCOMPARE(log.first(), QStringLiteral("+priority"));
        QVERIFY(log.indexOf(QStringLiteral("+action:") + a.meta.id) <
                log.indexOf(QStringLiteral("+milestone")));
        QVERIFY(log.indexOf(QStringLiteral("+action:") + b.meta.id) <
                log.indexOf(QStringLiteral("+progress")));

        // Undo twice is not possible: the rows are back, a second restore fails and changes
        // nothing.
        QVERIFY(!plan().restore(s));
        QCOMPARE(planRows(), before);
    }

    void removingAStakeholderClearsTheConsultationLinkAndUndoPutsItBack()
    {
        Priority p = fullPriority();
        QVERIFY_OK(plan().add(p));
        const QString ngo = addStakeholder(QStringLiteral("AFCCRE"));
        QVERIFY(!ngo.isEmpty());
        Consultation c;
        c.priorityId = p.meta.id;
        c.date = QDate(2024, 2, 1);
        c.stakeholderIds = {ngo};
        QVERIFY_OK(plan().add(c));

        // Removed below the stakeholders' repository: the store announces what it changed
        // through the repository owning it, whoever asked.
        QSignalSpy updated(&plan(), &PlanRepository::consultationUpdated);
        QSignalSpy removed(&plan(), &PlanRepository::consultationRemoved);
        Result<RowSnapshot> snap = m_city->repositories().store().removeOne("stakeholder", ngo);
        QVERIFY(snap.ok());
        QVERIFY(plan().consultation(c.meta.id)->stakeholderIds.isEmpty());
        QCOMPARE(updated.size(), 1);
        QVERIFY(updated.first().first().value<Consultation>().stakeholderIds.isEmpty());
        QCOMPARE(removed.size(), 0);

        QVERIFY_OK(m_city->repositories().store().restoreOne(snap.value()));
        QCOMPARE(plan().consultation(c.meta.id)->stakeholderIds, QStringList{ngo});
        QCOMPARE(updated.size(), 2);
        QCOMPARE(updated.last().first().value<Consultation>(), c);
    }

    void removingWhatIsGoneFails()
    {
        Priority p = fullPriority();
        QVERIFY_OK(plan().add(p));
        QVERIFY(plan().remove(p).ok());
        QSignalSpy removed(&plan(), &PlanRepository::priorityRemoved);
        QVERIFY(!plan().remove(p).ok());
        QCOMPARE(removed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlanRemoval)
#include "TestPlanRemoval.moc"

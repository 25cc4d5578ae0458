// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordChecks.h"
#include "TestCity.h"
#include "city/Repositories.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"
#include "profile/ProfileRepository.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

// Like QVERIFY for a write, printing the refusal's message when there is one.
#define QVERIFY_OK(expr)                                                                           \
    do {                                                                                           \
        const Result<void> written = (expr);                                                       \
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));    \
    } while (false)

// The priorities document: every record kind stored and read back whole, removals that take
// everything under a priority and an undo that puts it back identically, and every refusal.
class TestPlanRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;

    PlanRepository& plan() { return m_city->repositories().plan(); }
    ActionRepository& actions() { return m_city->repositories().actions(); }

    // A stakeholder row written directly, so that these tests do not depend on the
    // stakeholders' repository. Empty on failure.
    QString addStakeholder(const QString& name)
    {
        RecordMeta meta;
        const Result<void> r = m_city->repositories().store().insertOne(
            "stakeholder", meta,
            {{"name", name}, {"name_key", name.toLower()}, {"kind", QStringLiteral("ngo")}});
        return r ? meta.id : QString();
    }

    // A checklist item (with its template and area) written directly. Empty on failure.
    QString addChecklistItem()
    {
        RecordStore& store = m_city->repositories().store();
        RecordMeta templ;
        RecordMeta area;
        RecordMeta item;
        if (!store.insertOne("checklist_template", templ,
                             {{"template_key", QStringLiteral("test")},
                              {"title", QStringLiteral("Service access")}}))
            return {};
        if (!store.insertOne("checklist_area", area,
                             {{"template_id", templ.id},
                              {"area_key", QStringLiteral("health")},
                              {"title", QStringLiteral("Health")}}))
            return {};
        if (!store.insertOne("checklist_item", item,
                             {{"area_id", area.id},
                              {"item_key", QStringLiteral("interpreters")},
                              {"statement", QStringLiteral("Interpreters are available")}}))
            return {};
        return item.id;
    }

    QString addFigure()
    {
        ProfileFigure figure;
        figure.label = QStringLiteral("Foreign-born residents");
        figure.value = 12400;
        figure.year = 2023;
        figure.unit = QStringLiteral("persons");
        figure.source = QStringLiteral("Census");
        return m_city->repositories().profile().add(figure) ? figure.meta.id : QString();
    }

    QString themeId() { return m_city->repositories().themes().themes().value(0).meta.id; }

    Priority fullPriority()
    {
        Priority p;
        p.title = QStringLiteral("Access to health care");
        p.themeId = themeId();
        p.rationale = QStringLiteral("Half of newcomers have no family doctor.");
        p.rank = 2;
        p.status = Priority::Status::Adopted;
        p.validatedOn = QDate(2024, 3, 12);
        p.adoptedOn = QDate(2024, 4, 30);
        return p;
    }

    // Every row of the plan's tables, to prove an undo puts back exactly what was there.
    QList<QVariantMap> planRows()
    {
        QList<QVariantMap> rows;
        for (const char* table :
             {"priority", "priority_evidence", "consultation", "action", "action_partner",
              "milestone", "indicator", "budget_line", "progress_entry"}) {
            QSqlQuery q(m_city->file().database());
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))))
                return {};
            while (q.next()) {
                QVariantMap row{{QStringLiteral("#table"), QString::fromLatin1(table)}};
                const QSqlRecord rec = q.record();
                for (int i = 0; i < rec.count(); ++i)
                    row.insert(rec.fieldName(i), rec.value(i));
                rows << row;
            }
        }
        return rows;
    }

private slots:
    void init() { m_city = TestCity::create(QStringLiteral("Livadia")); }

    void cleanup() { m_city.reset(); }

    void statusesAreReadableText()
    {
        QCOMPARE(Priority::statuses().size(), 3);
        for (Priority::Status s : Priority::statuses()) {
            QCOMPARE(Priority::fromText(Priority::toText(s)), std::optional<Priority::Status>(s));
            QVERIFY(!Priority::label(s).isEmpty());
        }
        QCOMPARE(Priority::toText(Priority::Status::Validated), QStringLiteral("validated"));
        QVERIFY(!Priority::fromText(QStringLiteral("rejected")).has_value());
    }

    void priorityRoundTrip()
    {
        QSignalSpy added(&plan(), &PlanRepository::priorityAdded);
        Priority p = fullPriority();
        const Result<void> r = plan().add(p);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(p.meta.id.size(), 36);
        QVERIFY(p.meta.createdAt.isValid());
        QCOMPARE(p.meta.updatedAt, p.meta.createdAt);
        QCOMPARE(p.meta.originCity, m_city->file().cityId());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().value<Priority>(), p);

        const std::optional<Priority> read = plan().priority(p.meta.id);
        QVERIFY(read.has_value());
        QCOMPARE(*read, p);
        QCOMPARE(plan().priorities(), QList<Priority>{p});

        // Optional parts left out come back empty, not as zero dates or dangling ids.
        Priority bare;
        bare.title = QStringLiteral("Housing");
        QVERIFY_OK(plan().add(bare));
        const std::optional<Priority> bareRead = plan().priority(bare.meta.id);
        QVERIFY(bareRead.has_value());
        QCOMPARE(*bareRead, bare);
        QVERIFY(bareRead->themeId.isEmpty());
        QVERIFY(!bareRead->validatedOn.isValid());
        QCOMPARE(bareRead->status, Priority::Status::Draft);
        // Rank orders the list: unranked (0) first, then 2.
        QCOMPARE(plan().priorities().size(), 2);
        QCOMPARE(plan().priorities().first().meta.id, bare.meta.id);
        QVERIFY(!plan().priority(QStringLiteral("00000000-0000-0000-0000-000000000000")));
    }

    void priorityUpdate()
    {
        Priority p = fullPriority();
        p.status = Priority::Status::Draft;
        p.validatedOn = {};
        p.adoptedOn = {};
        QVERIFY_OK(plan().add(p));
        QSignalSpy updated(&plan(), &PlanRepository::priorityUpdated);
        const QDateTime created = p.meta.createdAt;
        p.title = QStringLiteral("  Access to primary health care  ");
        p.status = Priority::Status::Validated;
        p.validatedOn = QDate(2024, 5, 2);
        p.themeId.clear();
        p.rank = 1;
        QVERIFY_OK(plan().update(p));
        QCOMPARE(updated.size(), 1);
        QCOMPARE(p.meta.createdAt, created);
        QVERIFY(p.meta.updatedAt >= created);
        const std::optional<Priority> read = plan().priority(p.meta.id);
        QVERIFY(read.has_value());
        QCOMPARE(read->title, QStringLiteral("Access to primary health care"));
        QCOMPARE(read->status, Priority::Status::Validated);
        QCOMPARE(read->validatedOn, QDate(2024, 5, 2));
        QVERIFY(read->themeId.isEmpty());
        QCOMPARE(read->rank, 1);
        QCOMPARE(read->meta, p.meta);

        // A record that is gone cannot be updated.
        Priority ghost = fullPriority();
        ghost.meta.id = QStringLiteral("00000000-0000-0000-0000-000000000000");
        QVERIFY(!plan().update(ghost));
        QCOMPARE(updated.size(), 1);
    }

    void evidenceRoundTrip()
    {
        Priority p = fullPriority();
        QVERIFY_OK(plan().add(p));
        const QString itemId = addChecklistItem();
        const QString figureId = addFigure();
        QVERIFY(!itemId.isEmpty() && !figureId.isEmpty());

        QSignalSpy added(&plan(), &PlanRepository::evidenceAdded);
        PriorityEvidence gap;
        gap.priorityId = p.meta.id;
        gap.itemId = itemId;
        gap.note = QStringLiteral("Not met in the 2024 round");
        QVERIFY_OK(plan().add(gap));
        PriorityEvidence figure;
        figure.priorityId = p.meta.id;
        figure.figureId = figureId;
        figure.note = QStringLiteral("Growing population");
        QVERIFY_OK(plan().add(figure));
        QCOMPARE(added.size(), 2);
        QCOMPARE(gap.meta.originCity, m_city->file().cityId());

        QCOMPARE(plan().evidenceById(gap.meta.id), std::optional<PriorityEvidence>(gap));
        QCOMPARE(plan().evidenceById(figure.meta.id), std::optional<PriorityEvidence>(figure));
        QCOMPARE(plan().evidence(p.meta.id).size(), 2);
        QCOMPARE(plan().allEvidence().size(), 2);
        QVERIFY(plan().evidence(QStringLiteral("other")).isEmpty());

        // Switching the evidence from the item to the figure.
        QSignalSpy updated(&plan(), &PlanRepository::evidenceUpdated);
        gap.itemId.clear();
        gap.figureId = figureId;
        QVERIFY_OK(plan().update(gap));
        QCOMPARE(updated.size(), 1);
        QCOMPARE(plan().evidenceById(gap.meta.id), std::optional<PriorityEvidence>(gap));

        QSignalSpy removed(&plan(), &PlanRepository::evidenceRemoved);
        Result<RowSnapshot> snap = plan().remove(figure);
        QVERIFY(snap.ok());
        QCOMPARE(snap.value().count(QStringLiteral("priority_evidence")), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toString(), figure.meta.id);
        QVERIFY(!plan().evidenceById(figure.meta.id));
        QVERIFY_OK(plan().restore(snap.value()));
        QCOMPARE(added.size(), 3);
        QCOMPARE(plan().evidenceById(figure.meta.id), std::optional<PriorityEvidence>(figure));
    }

    void consultationRoundTrip()
    {
        Priority p = fullPriority();
        QVERIFY_OK(plan().add(p));
        const QString ngo = addStakeholder(QStringLiteral("KEDE"));
        QVERIFY(!ngo.isEmpty());

        QSignalSpy added(&plan(), &PlanRepository::consultationAdded);
        Consultation later;
        later.priorityId = p.meta.id;
        later.date = QDate(2024, 6, 1);
        later.participants = QStringLiteral("Maria P., Ahmed K.");
        later.stakeholderId = ngo;
        later.summary = QStringLiteral("Agreed on interpreters first.");
        QVERIFY_OK(plan().add(later));
        Consultation earlier;
        earlier.priorityId = p.meta.id;
        earlier.date = QDate(2024, 2, 1);
        QVERIFY_OK(plan().add(earlier));
        QCOMPARE(added.size(), 2);

        QCOMPARE(plan().consultation(later.meta.id), std::optional<Consultation>(later));
        QCOMPARE(plan().consultation(earlier.meta.id), std::optional<Consultation>(earlier));
        QVERIFY(plan().consultation(earlier.meta.id)->stakeholderId.isEmpty());
        // By date.
        const QList<Consultation> list = plan().consultations(p.meta.id);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().meta.id, earlier.meta.id);
        QCOMPARE(plan().consultations().size(), 2);

        QSignalSpy updated(&plan(), &PlanRepository::consultationUpdated);
        earlier.summary = QStringLiteral("First contact");
        earlier.stakeholderId = ngo;
        QVERIFY_OK(plan().update(earlier));
        QCOMPARE(updated.size(), 1);
        QCOMPARE(plan().consultation(earlier.meta.id), std::optional<Consultation>(earlier));

        QSignalSpy removed(&plan(), &PlanRepository::consultationRemoved);
        Result<RowSnapshot> snap = plan().remove(later);
        QVERIFY(snap.ok());
        QCOMPARE(removed.size(), 1);
        QVERIFY(!plan().consultation(later.meta.id));
        QVERIFY_OK(plan().restore(snap.value()));
        QCOMPARE(plan().consultation(later.meta.id), std::optional<Consultation>(later));
    }

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
        c.stakeholderId = lead;
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
        c.stakeholderId = ngo;
        QVERIFY_OK(plan().add(c));

        // Removed below the stakeholders' repository: the store announces what it changed
        // through the repository owning it, whoever asked.
        QSignalSpy updated(&plan(), &PlanRepository::consultationUpdated);
        QSignalSpy removed(&plan(), &PlanRepository::consultationRemoved);
        Result<RowSnapshot> snap = m_city->repositories().store().removeOne("stakeholder", ngo);
        QVERIFY(snap.ok());
        QVERIFY(plan().consultation(c.meta.id)->stakeholderId.isEmpty());
        QCOMPARE(updated.size(), 1);
        QVERIFY(updated.first().first().value<Consultation>().stakeholderId.isEmpty());
        QCOMPARE(removed.size(), 0);

        QVERIFY_OK(m_city->repositories().store().restoreOne(snap.value()));
        QCOMPARE(plan().consultation(c.meta.id)->stakeholderId, ngo);
        QCOMPARE(updated.size(), 2);
        QCOMPARE(updated.last().first().value<Consultation>(), c);
    }

    void refusesInvalidPriorities()
    {
        QSignalSpy added(&plan(), &PlanRepository::priorityAdded);
        Priority p = fullPriority();
        p.title = QStringLiteral("   ");
        QVERIFY(refused(plan().add(p), QStringLiteral("title")));

        p = fullPriority();
        p.rank = -1;
        QVERIFY(refused(plan().add(p), QStringLiteral("rank")));

        p = fullPriority();
        p.validatedOn = QDate(2024, 6, 1);
        p.adoptedOn = QDate(2024, 5, 1);
        QVERIFY(refused(plan().add(p), QStringLiteral("before")));

        p = fullPriority();
        p.themeId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        QVERIFY(refused(plan().add(p), QStringLiteral("does not exist")));

        QCOMPARE(added.size(), 0);
        QVERIFY(plan().priorities().isEmpty());
        QVERIFY(p.meta.id.isEmpty());

        // The same checks guard updates.
        p = fullPriority();
        QVERIFY_OK(plan().add(p));
        QSignalSpy updated(&plan(), &PlanRepository::priorityUpdated);
        Priority broken = p;
        broken.title.clear();
        QVERIFY(refused(plan().update(broken), QStringLiteral("required")));
        QCOMPARE(updated.size(), 0);
        QCOMPARE(plan().priority(p.meta.id), std::optional<Priority>(p));
    }

    void refusesInvalidEvidence()
    {
        Priority p = fullPriority();
        QVERIFY_OK(plan().add(p));
        const QString itemId = addChecklistItem();
        const QString figureId = addFigure();
        QVERIFY(!itemId.isEmpty() && !figureId.isEmpty());
        QSignalSpy added(&plan(), &PlanRepository::evidenceAdded);
        const QString missing = QStringLiteral("00000000-0000-0000-0000-000000000000");

        PriorityEvidence none{{}, p.meta.id, {}, {}, {}};
        QVERIFY(refused(plan().add(none), QStringLiteral("exactly one")));
        PriorityEvidence both{{}, p.meta.id, itemId, figureId, {}};
        QVERIFY(refused(plan().add(both), QStringLiteral("exactly one")));
        PriorityEvidence noPriority{{}, missing, itemId, {}, {}};
        QVERIFY(refused(plan().add(noPriority), QStringLiteral("priority")));
        PriorityEvidence emptyPriority{{}, {}, itemId, {}, {}};
        QVERIFY(refused(plan().add(emptyPriority), QStringLiteral("priority")));
        PriorityEvidence noItem{{}, p.meta.id, missing, {}, {}};
        QVERIFY(refused(plan().add(noItem), QStringLiteral("checklist item")));
        PriorityEvidence noFigure{{}, p.meta.id, {}, missing, {}};
        QVERIFY(refused(plan().add(noFigure), QStringLiteral("profile figure")));

        QCOMPARE(added.size(), 0);
        QVERIFY(plan().allEvidence().isEmpty());
    }

    void refusesInvalidConsultations()
    {
        Priority p = fullPriority();
        QVERIFY_OK(plan().add(p));
        QSignalSpy added(&plan(), &PlanRepository::consultationAdded);

        Consultation c;
        c.priorityId = p.meta.id;
        QVERIFY(refused(plan().add(c), QStringLiteral("date")));
        c.date = QDate(2024, 1, 1);
        c.priorityId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        QVERIFY(refused(plan().add(c), QStringLiteral("priority")));
        c.priorityId = p.meta.id;
        c.stakeholderId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        QVERIFY(refused(plan().add(c), QStringLiteral("stakeholder")));

        QCOMPARE(added.size(), 0);
        QVERIFY(plan().consultations().isEmpty());
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

QTEST_GUILESS_MAIN(TestPlanRepository)
#include "TestPlanRepository.moc"

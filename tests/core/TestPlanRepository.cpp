// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTestBase.h"
#include "RecordChecks.h"

#include <QSignalSpy>

// The priorities document: every record kind stored and read back whole, and every refusal.
// Removals and their undo are in TestPlanRemoval.
class TestPlanRepository : public PlanTestBase
{
    Q_OBJECT

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
        later.stakeholderIds = {ngo};
        later.summary = QStringLiteral("Agreed on interpreters first.");
        QVERIFY_OK(plan().add(later));
        Consultation earlier;
        earlier.priorityId = p.meta.id;
        earlier.date = QDate(2024, 2, 1);
        QVERIFY_OK(plan().add(earlier));
        QCOMPARE(added.size(), 2);

        QCOMPARE(plan().consultation(later.meta.id), std::optional<Consultation>(later));
        QCOMPARE(plan().consultation(earlier.meta.id), std::optional<Consultation>(earlier));
        QVERIFY(plan().consultation(earlier.meta.id)->stakeholderIds.isEmpty());
        // By date.
        const QList<Consultation> list = plan().consultations(p.meta.id);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().meta.id, earlier.meta.id);
        QCOMPARE(plan().consultations().size(), 2);

        QSignalSpy updated(&plan(), &PlanRepository::consultationUpdated);
        earlier.summary = QStringLiteral("First contact");
        earlier.stakeholderIds = {ngo, ngo, QString()}; // stored once, blanks dropped
        QVERIFY_OK(plan().update(earlier));
        QCOMPARE(earlier.stakeholderIds, QStringList{ngo});
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
        c.stakeholderIds = {QStringLiteral("00000000-0000-0000-0000-000000000000")};
        QVERIFY(refused(plan().add(c), QStringLiteral("stakeholder")));
        c.stakeholderIds.clear();
        c.meetingId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        QVERIFY(refused(plan().add(c), QStringLiteral("meeting")));

        QCOMPARE(added.size(), 0);
        QVERIFY(plan().consultations().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanRepository)
#include "TestPlanRepository.moc"

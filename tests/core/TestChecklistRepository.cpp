// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistRepositoryTesting.h"

#include <QSignalSpy>
#include <QThread>

// Checklists and assessments: every field survives the file, validation refuses bad records
// before a byte is written. Removal and undo: TestChecklistRemoval.
class TestChecklistRepository : public QObject, protected ChecklistRepositoryTesting
{
    Q_OBJECT

private slots:
    void init() { createAssessedChecklist(); }
    void cleanup() { m_city.reset(); }

    void answerValuesAreStoredAsText()
    {
        QCOMPARE(Answer::allValues().size(), 5);
        QStringList texts;
        for (Answer::Value v : Answer::allValues()) {
            texts << Answer::toText(v);
            QCOMPARE(Answer::fromText(Answer::toText(v)), std::optional<Answer::Value>(v));
            QVERIFY(!Answer::label(v).isEmpty());
        }
        QCOMPARE(texts, QStringList({"met", "partly_met", "not_met", "unknown", "not_applicable"}));
        QCOMPARE(Answer::label(Answer::Value::PartlyMet), QStringLiteral("Partly met"));
        QVERIFY(!Answer::fromText(QStringLiteral("maybe")));
    }

    void templateRoundTrip()
    {
        verifyMeta(m_template.meta);
        QCOMPARE(repo().checklistTemplate(m_template.meta.id), std::optional(m_template));
        QCOMPARE(repo().templateByKey(QStringLiteral("mc2cm_basic_services")),
                 std::optional(m_template));
        QCOMPARE(repo().templates(), QList<ChecklistTemplate>{m_template});

        ChecklistTemplate own;
        own.title = QStringLiteral("  Our own checklist ");
        QSignalSpy added(&repo(), &ChecklistRepository::templateAdded);
        VERIFY_OK(repo().add(own));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).value<ChecklistTemplate>().meta.id, own.meta.id);
        QCOMPARE(own.key.size(), 36); // given a unique key
        own.title = own.title.trimmed();
        QCOMPARE(repo().checklistTemplate(own.meta.id), std::optional(own));
        QCOMPARE(repo().templates().last().meta.id, own.meta.id); // built-in ones first

        QThread::msleep(5);
        QSignalSpy updated(&repo(), &ChecklistRepository::templateUpdated);
        own.title = QStringLiteral("Our checklist");
        own.version = 3;
        VERIFY_OK(repo().update(own));
        QVERIFY(own.meta.updatedAt > own.meta.createdAt);
        QCOMPARE(updated.count(), 1);
        QCOMPARE(updated.at(0).at(0).value<ChecklistTemplate>(), own);
        QCOMPARE(repo().checklistTemplate(own.meta.id), std::optional(own));
    }

    void areaAndItemRoundTrip()
    {
        verifyMeta(m_area.meta);
        verifyMeta(m_item.meta);
        QCOMPARE(repo().area(m_area.meta.id), std::optional(m_area));
        QCOMPARE(repo().item(m_item.meta.id), std::optional(m_item));

        ChecklistArea health;
        health.templateId = m_template.meta.id;
        health.key = QStringLiteral("health");
        health.title = QStringLiteral("Health");
        health.position = 0;
        QSignalSpy areaAdded(&repo(), &ChecklistRepository::areaAdded);
        VERIFY_OK(repo().add(health));
        QCOMPARE(areaAdded.count(), 1);
        QCOMPARE(repo().areas(m_template.meta.id), (QList<ChecklistArea>{health, m_area}));

        ChecklistItem vaccination;
        vaccination.areaId = health.meta.id;
        vaccination.statement = QStringLiteral("Vaccination is free for every child");
        vaccination.retiredOn = QDate(2025, 1, 1);
        QSignalSpy itemAdded(&repo(), &ChecklistRepository::itemAdded);
        VERIFY_OK(repo().add(vaccination));
        QCOMPARE(itemAdded.count(), 1);
        QCOMPARE(repo().item(vaccination.meta.id), std::optional(vaccination));
        QVERIFY(vaccination.isRetired());
        QVERIFY(vaccination.isActiveOn(QDate(2024, 12, 31)));
        QVERIFY(!vaccination.isActiveOn(QDate(2025, 1, 1)));
        QCOMPARE(repo().items(health.meta.id), QList<ChecklistItem>{vaccination});
        // Area by area, in the areas' order.
        QCOMPARE(repo().allItems(m_template.meta.id), (QList<ChecklistItem>{vaccination, m_item}));

        QThread::msleep(5);
        QSignalSpy areaUpdated(&repo(), &ChecklistRepository::areaUpdated);
        health.description = QStringLiteral("Coverage and vaccination");
        health.themeId.clear();
        VERIFY_OK(repo().update(health));
        QVERIFY(health.meta.updatedAt > health.meta.createdAt);
        QCOMPARE(areaUpdated.count(), 1);
        QCOMPARE(repo().area(health.meta.id), std::optional(health));
    }

    void retiredItemKeepsItsAnswers()
    {
        QSignalSpy updated(&repo(), &ChecklistRepository::itemUpdated);
        m_item.retiredOn = QDate(2025, 3, 1);
        VERIFY_OK(repo().update(m_item));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(repo().item(m_item.meta.id), std::optional(m_item));
        QCOMPARE(repo().answers(m_round.meta.id), QList<Answer>{m_answer});
        QCOMPARE(repo().items(m_area.meta.id).size(), 1); // still listed
    }

    void roundRoundTrip()
    {
        verifyMeta(m_round.meta);
        QCOMPARE(m_round.templateVersion, 2); // the checklist's version when not given
        QCOMPARE(repo().round(m_round.meta.id), std::optional(m_round));
        QCOMPARE(repo().roundByLabel(QStringLiteral(" 2024 ")), std::optional(m_round));
        QVERIFY(!repo().roundByLabel(QStringLiteral("2023")));

        const QString a = addStakeholder(QStringLiteral("City hall"));
        const QString b = addStakeholder(QStringLiteral("Migrant association"));
        AssessmentRound next;
        next.templateId = m_template.meta.id;
        next.label = QStringLiteral("2025");
        next.heldOn = QDate(2025, 5, 20);
        next.templateVersion = 1;
        next.participantIds = {a, b, a};
        QSignalSpy added(&repo(), &ChecklistRepository::roundAdded);
        VERIFY_OK(repo().add(next));
        QCOMPARE(next.participantIds, (QStringList{a, b})); // duplicates dropped
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).value<AssessmentRound>(), next);
        QCOMPARE(repo().round(next.meta.id), std::optional(next));
        QCOMPARE(repo().rounds(), (QList<AssessmentRound>{m_round, next}));
        QCOMPARE(repo().latestRound(), std::optional(next));

        // Participants who stay keep their row; the rest go, newcomers are added.
        QSqlQuery q(m_city->file().database());
        q.prepare(QStringLiteral("SELECT id FROM round_participant WHERE stakeholder_id = ?"));
        q.addBindValue(b);
        QVERIFY(q.exec() && q.next());
        const QString bRow = q.value(0).toString();
        const QString c = addStakeholder(QStringLiteral("School board"));
        QThread::msleep(5);
        QSignalSpy updated(&repo(), &ChecklistRepository::roundUpdated);
        next.participantIds = {c, b};
        next.notes = QStringLiteral("With the school board");
        VERIFY_OK(repo().update(next));
        QCOMPARE(next.participantIds, (QStringList{b, c}));
        QVERIFY(next.meta.updatedAt > next.meta.createdAt);
        QCOMPARE(updated.count(), 1);
        QCOMPARE(repo().round(next.meta.id), std::optional(next));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), bRow);
        QCOMPARE(count(QStringLiteral("round_participant")), 3);

        // Same day: the one created last is the latest.
        AssessmentRound sameDay = next;
        sameDay.meta = {};
        sameDay.label = QStringLiteral("2025 bis");
        sameDay.participantIds.clear();
        VERIFY_OK(repo().add(sameDay));
        QCOMPARE(repo().latestRound()->meta.id, sameDay.meta.id);
    }

    void setAnswerInsertsThenUpdates()
    {
        ChecklistItem second;
        second.areaId = m_area.meta.id;
        second.statement = QStringLiteral("Schools offer language support");
        VERIFY_OK(repo().add(second));
        Answer first;
        first.roundId = m_round.meta.id;
        first.itemId = second.meta.id;
        QSignalSpy inserted(&repo(), &ChecklistRepository::answerAdded);
        VERIFY_OK(repo().setAnswer(first));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(repo().answer(first.meta.id), std::optional(first));
        VERIFY_OK(repo().remove(first));

        verifyMeta(m_answer.meta);
        QCOMPARE(repo().answer(m_answer.meta.id), std::optional(m_answer));
        QCOMPARE(repo().answerFor(m_round.meta.id, m_item.meta.id), std::optional(m_answer));

        Answer again;
        again.roundId = m_round.meta.id;
        again.itemId = m_item.meta.id;
        again.value = Answer::Value::Met;
        again.evidence = QStringLiteral("Circular 12/2023");
        again.source = QStringLiteral("Ministry of Education");
        again.evidenceDate = QDate(2023, 9, 1);
        again.answeredBy = QStringLiteral("M. Papadopoulou");
        QThread::msleep(5);
        QSignalSpy added(&repo(), &ChecklistRepository::answerAdded);
        QSignalSpy updated(&repo(), &ChecklistRepository::answerUpdated);
        VERIFY_OK(repo().setAnswer(again));
        QCOMPARE(added.count(), 0);
        QCOMPARE(updated.count(), 1);
        QCOMPARE(again.meta.id, m_answer.meta.id);
        QCOMPARE(again.meta.createdAt, m_answer.meta.createdAt);
        QVERIFY(again.meta.updatedAt > again.meta.createdAt);
        QCOMPARE(count(QStringLiteral("answer")), 1);
        QCOMPARE(repo().answers(m_round.meta.id), QList<Answer>{again});

        again.value = Answer::Value::NotApplicable;
        again.evidenceDate = {};
        VERIFY_OK(repo().update(again));
        QCOMPARE(repo().answer(again.meta.id), std::optional(again));
    }

    void refusesInvalidTemplatesAreasItems()
    {
        ChecklistTemplate t;
        t.title = QStringLiteral("  ");
        verifyRefused(t, QStringLiteral("The checklist's title is required"));
        t.title = QStringLiteral("Other");
        t.version = 0;
        verifyRefused(t, QStringLiteral("version must be 1 or more"));
        t.version = 1;
        t.key = QStringLiteral("mc2cm_basic_services");
        verifyRefused(t,
                      QStringLiteral("The checklist's key “mc2cm_basic_services” already exists"));
        ChecklistTemplate renamed = m_template;
        renamed.title.clear();
        verifyRefused(renamed, QStringLiteral("title is required"));

        ChecklistArea a;
        a.templateId = m_template.meta.id;
        verifyRefused(a, QStringLiteral("The area's title is required"));
        a.title = QStringLiteral("Housing");
        a.templateId = QStringLiteral("no-such-checklist");
        verifyRefused(a, QStringLiteral("The checklist refers to a record that does not exist"));
        a.templateId = m_template.meta.id;
        a.themeId = QStringLiteral("no-such-theme");
        verifyRefused(a, QStringLiteral("The theme refers to a record"));
        a.themeId.clear();
        a.key = QStringLiteral("education");
        verifyRefused(a, QStringLiteral("The area's key “education” already exists"));

        ChecklistItem i;
        i.areaId = m_area.meta.id;
        verifyRefused(i, QStringLiteral("The item's statement is required"));
        i.statement = QStringLiteral("Something");
        i.areaId = QStringLiteral("no-such-area");
        verifyRefused(i, QStringLiteral("The area refers to a record"));
        i.areaId = m_area.meta.id;
        i.themeId = QStringLiteral("no-such-theme");
        verifyRefused(i, QStringLiteral("The theme refers to a record"));
        i.themeId.clear();
        i.retiredOn = QDate(1650, 1, 1);
        verifyRefused(
            i, QStringLiteral("The retirement date is not a valid date in the years 1800 to 2200"));
        i.retiredOn = {};
        i.addedInVersion = 0;
        verifyRefused(i, QStringLiteral("The version that added the item must be 1 or more"));
        i.addedInVersion = 1;
        i.key = QStringLiteral("enrolment_without_permit");
        verifyRefused(i,
                      QStringLiteral("The item's key “enrolment_without_permit” already exists"));
    }

    void refusesInvalidRoundsAndAnswers()
    {
        AssessmentRound r;
        r.templateId = m_template.meta.id;
        r.heldOn = QDate(2025, 1, 1);
        verifyRefused(r, QStringLiteral("The round's label is required"));
        r.label = QStringLiteral(" 2024 ");
        verifyRefused(r, QStringLiteral("Assessment round “2024” already exists"));
        r.label = QStringLiteral("2025");
        r.templateId = QStringLiteral("no-such-checklist");
        verifyRefused(r, QStringLiteral("The checklist refers to a record"));
        r.templateId = m_template.meta.id;
        r.heldOn = {};
        verifyRefused(r, QStringLiteral("The round's date is required"));
        r.heldOn = QDate(2025, 2, 30); // an impossible date is a null one
        verifyRefused(r, QStringLiteral("The round's date is required"));
        r.heldOn = QDate(1700, 1, 1);
        verifyRefused(
            r, QStringLiteral("The round's date is not a valid date in the years 1800 to 2200"));
        r.heldOn = QDate(2025, 1, 1);
        r.participantIds = {QStringLiteral("no-such-stakeholder")};
        verifyRefused(r, QStringLiteral("A participant refers to a record"));
        AssessmentRound unversioned = m_round;
        unversioned.templateVersion = 0;
        verifyRefused(unversioned, QStringLiteral("The checklist's version must be 1 or more"));

        // Once answered, a round stays with its checklist.
        ChecklistTemplate other;
        other.title = QStringLiteral("Other");
        VERIFY_OK(repo().add(other));
        AssessmentRound moved = m_round;
        moved.templateId = other.meta.id;
        verifyRefused(moved, QStringLiteral("cannot change once the round has answers"));

        Answer a;
        a.roundId = QStringLiteral("no-such-round");
        a.itemId = m_item.meta.id;
        verifyRefused(a, QStringLiteral("The round refers to a record"));
        a.roundId = m_round.meta.id;
        a.itemId = QStringLiteral("no-such-item");
        verifyRefused(a, QStringLiteral("The item refers to a record"));
        ChecklistArea otherArea;
        otherArea.templateId = other.meta.id;
        otherArea.title = QStringLiteral("Elsewhere");
        VERIFY_OK(repo().add(otherArea));
        ChecklistItem otherItem;
        otherItem.areaId = otherArea.meta.id;
        otherItem.statement = QStringLiteral("Not in this round's checklist");
        VERIFY_OK(repo().add(otherItem));
        a.itemId = otherItem.meta.id;
        verifyRefused(a, QStringLiteral("not part of the checklist of round “2024”"));
        QVERIFY(!repo().setAnswer(a).ok());
        a.itemId = m_item.meta.id;
        a.evidenceDate = QDate(2300, 1, 1);
        verifyRefused(a, QStringLiteral("The evidence date is not a valid date"));
        a.evidenceDate = {};
        verifyRefused(a, QStringLiteral("already has an answer in round “2024”"));
    }
};

QTEST_GUILESS_MAIN(TestChecklistRepository)
#include "TestChecklistRepository.moc"

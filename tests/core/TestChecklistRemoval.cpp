// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistRepositoryTesting.h"

#include <QSignalSpy>

// Removing checklist records takes what hangs on them, undo puts back exactly that, and every
// row that goes or comes back is announced, whoever removed it.
class TestChecklistRemoval : public QObject, protected ChecklistRepositoryTesting
{
    Q_OBJECT

private slots:
    void init() { createAssessedChecklist(); }
    void cleanup() { m_city.reset(); }

    void removeTemplateCascadesAndRestores()
    {
        ChecklistTemplate own;
        own.title = QStringLiteral("Own");
        VERIFY_OK(repo().add(own));
        ChecklistArea area;
        area.templateId = own.meta.id;
        area.title = QStringLiteral("Housing");
        VERIFY_OK(repo().add(area));
        ChecklistItem one, two;
        one.areaId = two.areaId = area.meta.id;
        one.statement = QStringLiteral("One");
        two.statement = QStringLiteral("Two");
        VERIFY_OK(repo().add(one));
        VERIFY_OK(repo().add(two));
        const QList<int> before = counts();

        QSignalSpy itemRemoved(&repo(), &ChecklistRepository::itemRemoved);
        QSignalSpy areaRemoved(&repo(), &ChecklistRepository::areaRemoved);
        QSignalSpy templateRemoved(&repo(), &ChecklistRepository::templateRemoved);
        Result<RowSnapshot> snap = repo().remove(own);
        QVERIFY(snap.ok());
        QCOMPARE(snap.value().count(QStringLiteral("checklist_item")), 2);
        QCOMPARE(itemRemoved.count(), 2);
        QCOMPARE(areaRemoved.count(), 1);
        QCOMPARE(templateRemoved.count(), 1);
        QVERIFY(!repo().checklistTemplate(own.meta.id));
        QVERIFY(!repo().item(one.meta.id));

        QSignalSpy itemAdded(&repo(), &ChecklistRepository::itemAdded);
        VERIFY_OK(repo().restore(snap.value()));
        QCOMPARE(itemAdded.count(), 2);
        QCOMPARE(counts(), before);
        QCOMPARE(repo().checklistTemplate(own.meta.id), std::optional(own));
        QCOMPARE(repo().area(area.meta.id), std::optional(area));
        QCOMPARE(repo().items(area.meta.id), (QList<ChecklistItem>{one, two}));
    }

    void removeAreaAndItemTakeAnswers()
    {
        const QList<int> before = counts();
        QSignalSpy answerRemoved(&repo(), &ChecklistRepository::answerRemoved);
        Result<RowSnapshot> area = repo().remove(m_area);
        QVERIFY(area.ok());
        QCOMPARE(answerRemoved.count(), 1);
        QCOMPARE(count(QStringLiteral("answer")), 0);
        VERIFY_OK(repo().restore(area.value()));
        QCOMPARE(counts(), before);
        QCOMPARE(repo().answers(m_round.meta.id), QList<Answer>{m_answer});

        Result<RowSnapshot> item = repo().remove(m_item);
        QVERIFY(item.ok());
        QCOMPARE(item.value().count(QStringLiteral("answer")), 1);
        VERIFY_OK(repo().restore(item.value()));
        QCOMPARE(repo().item(m_item.meta.id), std::optional(m_item));
        QCOMPARE(repo().answers(m_round.meta.id), QList<Answer>{m_answer});

        Result<RowSnapshot> answer = repo().remove(m_answer);
        QVERIFY(answer.ok());
        QCOMPARE(count(QStringLiteral("answer")), 0);
        VERIFY_OK(repo().restore(answer.value()));
        QCOMPARE(repo().answer(m_answer.meta.id), std::optional(m_answer));
    }

    void removeRoundTakesAnswersAndParticipants()
    {
        const QList<int> before = counts();
        QSignalSpy removed(&repo(), &ChecklistRepository::roundRemoved);
        QSignalSpy answerRemoved(&repo(), &ChecklistRepository::answerRemoved);
        Result<RowSnapshot> snap = repo().remove(m_round);
        QVERIFY(snap.ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(answerRemoved.count(), 1);
        QCOMPARE(count(QStringLiteral("round_participant")), 0);
        QCOMPARE(count(QStringLiteral("answer")), 0);
        QVERIFY(!repo().latestRound());

        QSignalSpy added(&repo(), &ChecklistRepository::roundAdded);
        VERIFY_OK(repo().restore(snap.value()));
        QCOMPARE(added.count(), 1);
        // Announced with its participants, as a model of rounds shows them.
        QCOMPARE(added.at(0).at(0).value<AssessmentRound>(), m_round);
        QCOMPARE(counts(), before);
        QCOMPARE(repo().round(m_round.meta.id), std::optional(m_round));
        QCOMPARE(repo().answers(m_round.meta.id), QList<Answer>{m_answer});
    }

    void templateWithRoundsCannotBeRemoved()
    {
        const QList<int> before = counts();
        QSignalSpy removed(&repo(), &ChecklistRepository::templateRemoved);
        Result<RowSnapshot> r = repo().remove(m_template);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("“Access to basic services”")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("(2024)")));
        QCOMPARE(removed.count(), 0);
        QCOMPARE(counts(), before);
        QCOMPARE(repo().checklistTemplate(m_template.meta.id), std::optional(m_template));
    }

    void stakeholderRemovalIsAnnounced()
    {
        // Announced by this repository when a participant is deleted (and undone), through the
        // store, whoever asked.
        const QString stakeholder = m_round.participantIds.first();
        QSignalSpy updated(&repo(), &ChecklistRepository::roundUpdated);
        Result<RowSnapshot> snap =
            m_city->repositories().store().removeOne("stakeholder", stakeholder);
        QVERIFY(snap.ok());
        QCOMPARE(updated.count(), 1);
        QVERIFY(updated.at(0).at(0).value<AssessmentRound>().participantIds.isEmpty());
        VERIFY_OK(m_city->repositories().store().restoreOne(snap.value()));
        QCOMPARE(updated.count(), 2);
        QCOMPARE(updated.at(1).at(0).value<AssessmentRound>(), m_round);
    }
};

QTEST_GUILESS_MAIN(TestChecklistRemoval)
#include "TestChecklistRemoval.moc"

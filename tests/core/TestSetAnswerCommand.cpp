// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "TestFiles.h"
#include "checklists/ChecklistRepository.h"
#include "city/Repositories.h"
#include "commands/SetAnswerCommand.h"
#include "common/Validation.h"
#include "storage/CityFile.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {
// What the officer sees of an answer: everything but the update time, which each write renews.
void verifySameAnswer(const std::optional<Answer>& actual, const Answer& expected)
{
    QVERIFY2(actual.has_value(), "no answer stored");
    QCOMPARE(actual->meta.id, expected.meta.id);
    QCOMPARE(actual->meta.createdAt, expected.meta.createdAt);
    QCOMPARE(actual->roundId, expected.roundId);
    QCOMPARE(actual->itemId, expected.itemId);
    QCOMPARE(actual->value, expected.value);
    QCOMPARE(actual->evidence, expected.evidence);
    QCOMPARE(actual->source, expected.source);
    QCOMPARE(actual->evidenceDate, expected.evidenceDate);
    QCOMPARE(actual->answeredBy, expected.answeredBy);
}
} // namespace

// Answering an item of a round through the undo stack: redo stores the answer, undo puts back
// the answer the item had or no answer at all ("unanswered" and "unknown" score differently),
// the answer keeps its identity through undo and redo, each answer is an undo step of its own,
// and a write the file refuses changes nothing and leaves no step behind.
class TestSetAnswerCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    AssessmentRound m_round;
    QList<ChecklistItem> m_items;

    ChecklistRepository& repo() { return m_city->repositories().checklists(); }
    QUndoStack& stack() { return m_city->undoStack(); }

    Answer answer(int item, Answer::Value value, const QString& evidence = {}) const
    {
        Answer a;
        a.roundId = m_round.meta.id;
        a.itemId = m_items.at(item).meta.id;
        a.value = value;
        a.evidence = evidence;
        return a;
    }

    // Pushes the command the answering grid pushes: the answer the item has now, and the new one.
    SetAnswerCommand* push(const Answer& after)
    {
        auto* command = new SetAnswerCommand(&m_city->file(), repo(),
                                             repo().answerFor(after.roundId, after.itemId), after,
                                             QStringLiteral("Answer"));
        stack().push(command);
        return command;
    }

private slots:
    void init()
    {
        m_city = TestCity::create(QStringLiteral("Izmir"));
        const QList<ChecklistTemplate> templates = repo().templates();
        QVERIFY(!templates.isEmpty());
        m_items = repo().allItems(templates.constFirst().meta.id);
        QVERIFY(m_items.size() >= 2);
        m_round = {};
        m_round.templateId = templates.constFirst().meta.id;
        m_round.label = QStringLiteral("2025");
        m_round.heldOn = QDate(2025, 3, 3);
        QVERIFY(repo().add(m_round).ok());
        stack().clear();
    }

    void cleanup() { m_city.reset(); }

    void doesNotMerge()
    {
        // Two answers in a row are two undo steps (see answersAreStepsOfTheirOwn).
        SetAnswerCommand command(&m_city->file(), repo(), std::nullopt,
                                 answer(0, Answer::Value::Met), QStringLiteral("Answer"));
        QCOMPARE(command.id(), -1);
    }

    void firstAnswerIsTakenAwayByUndo()
    {
        QSignalSpy added(&repo(), &ChecklistRepository::answerAdded);
        QSignalSpy removed(&repo(), &ChecklistRepository::answerRemoved);
        const Answer given = answer(0, Answer::Value::PartlyMet, QStringLiteral("Register"));
        push(given);
        QCOMPARE(stack().count(), 1);
        const std::optional<Answer> stored = repo().answerFor(given.roundId, given.itemId);
        QVERIFY(stored);
        QCOMPARE(stored->value, Answer::Value::PartlyMet);
        QCOMPARE(stored->evidence, QStringLiteral("Register"));
        QCOMPARE(added.size(), 1);

        stack().undo();
        // No answer at all, not an "unknown" one.
        QVERIFY(!repo().answerFor(given.roundId, given.itemId));
        QVERIFY(repo().answers(m_round.meta.id).isEmpty());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), stored->meta.id);

        // Redo brings the same answer back, identity included, as often as asked.
        for (int i = 0; i < 2; ++i) {
            stack().redo();
            verifySameAnswer(repo().answerFor(given.roundId, given.itemId), *stored);
            stack().undo();
            QVERIFY(!repo().answerFor(given.roundId, given.itemId));
        }
        stack().redo();
        QCOMPARE(repo().answers(m_round.meta.id).size(), 1);
        m_city->reopen();
        verifySameAnswer(repo().answerFor(given.roundId, given.itemId), *stored);
    }

    void changedAnswerComesBackOnUndo()
    {
        Answer first = answer(0, Answer::Value::NotMet, QStringLiteral("Visit in May"));
        first.source = QStringLiteral("School office");
        first.evidenceDate = QDate(2025, 2, 1);
        first.answeredBy = QStringLiteral("A. Officer");
        QVERIFY(repo().setAnswer(first).ok());

        QSignalSpy updated(&repo(), &ChecklistRepository::answerUpdated);
        QSignalSpy removed(&repo(), &ChecklistRepository::answerRemoved);
        Answer second = answer(0, Answer::Value::Met, QStringLiteral("New circular"));
        push(second);
        const std::optional<Answer> stored = repo().answerFor(first.roundId, first.itemId);
        QVERIFY(stored);
        // The same answer, changed: not a second one.
        QCOMPARE(stored->meta.id, first.meta.id);
        QCOMPARE(stored->value, Answer::Value::Met);
        QCOMPARE(stored->evidence, QStringLiteral("New circular"));
        QVERIFY(stored->source.isEmpty());
        QVERIFY(!stored->evidenceDate.isValid());
        QCOMPARE(repo().answers(m_round.meta.id).size(), 1);
        QCOMPARE(updated.size(), 1);

        stack().undo();
        verifySameAnswer(repo().answerFor(first.roundId, first.itemId), first);
        QCOMPARE(updated.size(), 2);
        // Undo puts the previous answer back; it never removes the answer the item had.
        QCOMPARE(removed.size(), 0);

        stack().redo();
        verifySameAnswer(repo().answerFor(first.roundId, first.itemId), *stored);
    }

    void answersAreStepsOfTheirOwn()
    {
        push(answer(0, Answer::Value::Unknown));
        push(answer(0, Answer::Value::PartlyMet));
        push(answer(0, Answer::Value::Met));
        push(answer(1, Answer::Value::NotApplicable));
        QCOMPARE(stack().count(), 4);
        const QString item0 = m_items.at(0).meta.id;
        const QString item1 = m_items.at(1).meta.id;

        stack().undo();
        QVERIFY(!repo().answerFor(m_round.meta.id, item1));
        QCOMPARE(repo().answerFor(m_round.meta.id, item0)->value, Answer::Value::Met);
        stack().undo();
        QCOMPARE(repo().answerFor(m_round.meta.id, item0)->value, Answer::Value::PartlyMet);
        stack().undo();
        QCOMPARE(repo().answerFor(m_round.meta.id, item0)->value, Answer::Value::Unknown);
        stack().undo();
        QVERIFY(repo().answers(m_round.meta.id).isEmpty());

        while (stack().canRedo())
            stack().redo();
        QCOMPARE(repo().answerFor(m_round.meta.id, item0)->value, Answer::Value::Met);
        QCOMPARE(repo().answerFor(m_round.meta.id, item1)->value, Answer::Value::NotApplicable);
        QCOMPARE(repo().answers(m_round.meta.id).size(), 2);
    }

    void refusedAnswerChangesNothing()
    {
        Answer kept = answer(0, Answer::Value::NotMet);
        QVERIFY(repo().setAnswer(kept).ok());
        const QList<Answer> before = repo().answers(m_round.meta.id);
        QSignalSpy added(&repo(), &ChecklistRepository::answerAdded);
        QSignalSpy updated(&repo(), &ChecklistRepository::answerUpdated);
        QSignalSpy failed(&m_city->file(), &CityFile::writeFailed);

        // An evidence date the file does not take, on a new answer and on a change.
        for (int item : {1, 0}) {
            Answer bad = answer(item, Answer::Value::Met);
            bad.evidenceDate = QDate(1700, 1, 1);
            // The stack deletes a step that is obsolete once done: nothing to undo.
            push(bad);
            QCOMPARE(stack().count(), 0);
        }
        QCOMPARE(failed.size(), 2);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("The evidence date")),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(added.size() + updated.size(), 0);
        QCOMPARE(repo().answers(m_round.meta.id), before);
    }

    void readOnlyFileKeepsItsAnswers()
    {
        Answer kept = answer(0, Answer::Value::PartlyMet);
        QVERIFY(repo().setAnswer(kept).ok());
        const QString path = m_city->path();
        m_city->closeReadOnly();
        const QByteArray before = TestFiles::hash(path);
        {
            CityFile::OpenResult opened = CityFile::open(path);
            QVERIFY(opened.ok());
            QVERIFY(opened.value()->isReadOnly());
            Repositories repos(*opened.value());
            ChecklistRepository& ro = repos.checklists();
            for (int item : {0, 1}) {
                Answer after = answer(item, Answer::Value::Met);
                // The command stays ours to inspect: redo() directly, as the stack would.
                SetAnswerCommand command(opened.value().get(), ro,
                                         ro.answerFor(after.roundId, after.itemId), after,
                                         QStringLiteral("Answer"));
                command.redo();
                QVERIFY(command.isObsolete());
                QVERIFY(!command.lastError().isEmpty());
            }
            verifySameAnswer(ro.answerFor(kept.roundId, kept.itemId), kept);
            QVERIFY(!ro.answerFor(m_round.meta.id, m_items.at(1).meta.id));
        }
        QCOMPARE(TestFiles::hash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestSetAnswerCommand)
#include "TestSetAnswerCommand.moc"

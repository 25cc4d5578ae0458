// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "commands/EditPlanDocumentCommand.h"
#include "commands/ReorderPrioritiesCommand.h"
#include "plan/PlanRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

// The two steps the priorities document adds to undo: a new order of the priorities (ranks
// 1..N in one transaction, the previous ranks back on undo) and a field of the document
// (steps of one editing session merged; the document's first writing undone to an empty
// field, not to a second document).
class TestPlanDocumentCommands : public QObject
{
    Q_OBJECT

private:
    static QString add(PlanRepository& plan, const QString& title, int rank)
    {
        Priority p;
        p.title = title;
        p.rank = rank;
        if (!plan.add(p))
            qFatal("cannot add %s", qPrintable(title));
        return p.meta.id;
    }

    static QList<int> ranks(PlanRepository& plan, const QStringList& ids)
    {
        QList<int> found;
        for (const QString& id : ids)
            found << plan.priority(id)->rank;
        return found;
    }

private slots:
    void reorderRenumbersAndUndoRestores()
    {
        auto city = TestCity::create();
        PlanRepository& plan = city->repositories().plan();
        // Ranks as another program may have left them: a gap and an unranked one.
        const QStringList ids{add(plan, QStringLiteral("Housing"), 2),
                              add(plan, QStringLiteral("Health"), 5),
                              add(plan, QStringLiteral("Work"), 0)};
        QSignalSpy updated(&plan, &PlanRepository::priorityUpdated);
        city->undoStack().push(new ReorderPrioritiesCommand(
            &city->file(), plan, {ids.at(2), ids.at(0), ids.at(1)}, QStringLiteral("Reorder")));
        QCOMPARE(ranks(plan, ids), (QList<int>{2, 3, 1}));
        // Housing keeps its rank 2: only what changes is written.
        QCOMPARE(updated.size(), 2);
        QCOMPARE(city->undoStack().count(), 1);
        city->undoStack().undo();
        QCOMPARE(ranks(plan, ids), (QList<int>{2, 5, 0}));
        city->undoStack().redo();
        QCOMPARE(ranks(plan, ids), (QList<int>{2, 3, 1}));
    }

    void reorderOfARefusingFileLeavesNoTrace()
    {
        auto city = TestCity::create();
        PlanRepository& plan = city->repositories().plan();
        const QStringList ids{add(plan, QStringLiteral("Housing"), 1),
                              add(plan, QStringLiteral("Health"), 2)};
        city->closeReadOnly();
        city->reopen();
        PlanRepository& readOnly = city->repositories().plan();
        auto* command = new ReorderPrioritiesCommand(
            &city->file(), readOnly, {ids.at(1), ids.at(0)}, QStringLiteral("Reorder"));
        city->undoStack().push(command);
        QCOMPARE(city->undoStack().count(), 0);
        QCOMPARE(ranks(readOnly, ids), (QList<int>{1, 2}));
    }

    void documentEditsMergeWithinASession()
    {
        auto city = TestCity::create();
        PlanRepository& plan = city->repositories().plan();
        QVERIFY(plan.document().meta.isNew());
        using Field = EditPlanDocumentCommand::Field;
        QUndoStack& stack = city->undoStack();
        const auto push = [&](Field field, const QString& before, const QString& after,
                              int session) {
            stack.push(new EditPlanDocumentCommand(&city->file(), plan, field, before, after,
                                                   session, QStringLiteral("Edit")));
        };
        push(Field::Introduction, {}, QStringLiteral("<p>Valmer</p>"), 1);
        const QString id = plan.document().meta.id;
        QVERIFY(!id.isEmpty());
        push(Field::Introduction, QStringLiteral("<p>Valmer</p>"),
             QStringLiteral("<p>Valmer welcomes</p>"), 1);
        QCOMPARE(stack.count(), 1);
        // Another field, or the same field in a later session, is a step of its own.
        push(Field::Method, {}, QStringLiteral("<p>We asked.</p>"), 1);
        push(Field::Introduction, QStringLiteral("<p>Valmer welcomes</p>"),
             QStringLiteral("<p>Valmer welcomes all</p>"), 2);
        QCOMPARE(stack.count(), 3);

        stack.undo();
        QCOMPARE(plan.document().introduction, QStringLiteral("<p>Valmer welcomes</p>"));
        stack.undo();
        QVERIFY(plan.document().method.isEmpty());
        stack.undo();
        // The first writing undone: the same document, empty again.
        QCOMPARE(plan.document().meta.id, id);
        QVERIFY(plan.document().introduction.isEmpty());
        stack.redo();
        QCOMPARE(plan.document().introduction, QStringLiteral("<p>Valmer welcomes</p>"));
        QCOMPARE(plan.document().meta.id, id);
    }
};

QTEST_GUILESS_MAIN(TestPlanDocumentCommands)
#include "TestPlanDocumentCommands.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "TestFiles.h"
#include "commands/GridMoveCommand.h"
#include "stakeholders/StakeholderRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

// Several marks moved together on the influence/interest grid: one undo step whose redo stores
// every new position, whose undo gives back exactly what was there, and which the file's
// refusal leaves without trace.
class TestGridMoveCommand : public QObject
{
    Q_OBJECT

private:
    using Moves = QList<std::pair<Stakeholder, Stakeholder>>;

    std::unique_ptr<TestCity> m_city;
    QStringList m_ids;

    StakeholderRepository& repo() { return m_city->repositories().stakeholders(); }

    QString add(const QString& name, int influence, int interest)
    {
        Stakeholder s;
        s.name = name;
        s.influence = influence;
        s.interest = interest;
        s.notes = QStringLiteral("Notes of ") + name;
        if (!repo().add(s))
            qFatal("cannot add %s", qPrintable(name));
        return s.meta.id;
    }

    // Each of the first `count` stakeholders moved by (influence, interest).
    Moves moves(int count, int influence, int interest)
    {
        Moves out;
        for (int i = 0; i < count; ++i) {
            const Stakeholder before = *repo().stakeholder(m_ids.at(i));
            Stakeholder after = before;
            after.influence += influence;
            after.interest += interest;
            out.append({before, after});
        }
        return out;
    }

    GridMoveCommand* command(const Moves& m)
    {
        return new GridMoveCommand(m_city->repositories().store(), repo(), m,
                                   QStringLiteral("Move"));
    }

    // Everything stored about the stakeholders but the timestamps (an update restamps).
    QStringList dump()
    {
        QStringList rows;
        QSqlQuery q(m_city->file().database());
        if (!q.exec(QStringLiteral("SELECT id, name, kind, level, influence, interest, stance, "
                                   "notes FROM stakeholder ORDER BY id")))
            qFatal("dump failed");
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            rows << cells.join(u'|');
        }
        return rows;
    }

    QPair<int, int> mark(const QString& id)
    {
        const std::optional<Stakeholder> s = repo().stakeholder(id);
        return s ? qMakePair(s->influence, s->interest) : qMakePair(-1, -1);
    }

private slots:
    void init()
    {
        m_city = TestCity::create();
        m_ids = {add(QStringLiteral("Association A"), 1, 2), add(QStringLiteral("Bureau B"), 2, 3),
                 add(QStringLiteral("Club C"), 3, 1)};
    }
    void cleanup() { m_city.reset(); }

    void redoStoresEveryMark()
    {
        m_city->undoStack().push(command(moves(2, 1, 2)));
        QCOMPARE(m_city->undoStack().count(), 1);
        QCOMPARE(mark(m_ids.at(0)), qMakePair(2, 4));
        QCOMPARE(mark(m_ids.at(1)), qMakePair(3, 5));
        QCOMPARE(mark(m_ids.at(2)), qMakePair(3, 1));
        // Stored, not only announced.
        m_city->reopen();
        QCOMPARE(mark(m_ids.at(0)), qMakePair(2, 4));
        QCOMPARE(mark(m_ids.at(1)), qMakePair(3, 5));
    }

    void undoRestoresExactly()
    {
        const QStringList before = dump();
        m_city->undoStack().push(command(moves(3, 1, 1)));
        const QStringList moved = dump();
        QVERIFY(moved != before);
        m_city->undoStack().undo();
        QCOMPARE(dump(), before);
        m_city->undoStack().redo();
        QCOMPARE(dump(), moved);
        m_city->undoStack().undo();
        m_city->reopen();
        QCOMPARE(dump(), before);
    }

    void dragStepsStayApart()
    {
        // The command does not merge (id() is -1): each drop is an undo step of its own.
        GridMoveCommand* first = command(moves(2, 1, 0));
        QCOMPARE(first->id(), -1);
        m_city->undoStack().push(first);
        m_city->undoStack().push(command(moves(2, 0, 1)));
        QCOMPARE(m_city->undoStack().count(), 2);
        QCOMPARE(mark(m_ids.at(0)), qMakePair(2, 3));
        m_city->undoStack().undo();
        QCOMPARE(mark(m_ids.at(0)), qMakePair(2, 2));
        QCOMPARE(mark(m_ids.at(1)), qMakePair(3, 3));
        m_city->undoStack().undo();
        QCOMPARE(mark(m_ids.at(0)), qMakePair(1, 2));
        QCOMPARE(mark(m_ids.at(1)), qMakePair(2, 3));
    }

    void readOnlyFileKeepsTheMarks()
    {
        const Moves m = moves(2, 1, 1);
        const QStringList before = dump();
        const QString path = m_city->path();
        m_city->close();
        const QByteArray hash = TestFiles::hash(path);
        {
            CityFile::OpenResult opened = CityFile::open(path, CityFile::Access::ReadOnly);
            QVERIFY(opened.ok());
            QVERIFY(opened.value()->isReadOnly());
            Repositories repos(*opened.value());
            QUndoStack stack;
            auto* c =
                new GridMoveCommand(repos.store(), repos.stakeholders(), m, QStringLiteral("Move"));
            stack.push(c);
            // Each mark's write is refused: the step moved nothing and leaves no undo entry.
            QCOMPARE(stack.count(), 0);
            for (const auto& [was, wanted] : m) {
                const std::optional<Stakeholder> s = repos.stakeholders().stakeholder(was.meta.id);
                QVERIFY(s);
                QCOMPARE(s->influence, was.influence);
                QCOMPARE(s->interest, was.interest);
            }
        }
        QCOMPARE(TestFiles::hash(path), hash);
        m_city->reopen();
        QCOMPARE(dump(), before);
    }

    void refusedMarkDropsOutAlone()
    {
        // A temporary trigger lives in the connection, not in the file.
        QSqlQuery q(m_city->file().database());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse BEFORE UPDATE ON main.stakeholder WHEN NEW.name = "
            "'Bureau B' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
        auto* c = command(moves(3, 1, 1));
        m_city->undoStack().push(c);
        QCOMPARE(m_city->undoStack().count(), 1);
        QCOMPARE(mark(m_ids.at(0)), qMakePair(2, 3));
        QCOMPARE(mark(m_ids.at(1)), qMakePair(2, 3));
        QCOMPARE(mark(m_ids.at(2)), qMakePair(4, 2));
        m_city->undoStack().undo();
        QCOMPARE(mark(m_ids.at(0)), qMakePair(1, 2));
        QCOMPARE(mark(m_ids.at(1)), qMakePair(2, 3));
        QCOMPARE(mark(m_ids.at(2)), qMakePair(3, 1));
    }
};

QTEST_GUILESS_MAIN(TestGridMoveCommand)
#include "TestGridMoveCommand.moc"

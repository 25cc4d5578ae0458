// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeTesting.h"
#include "TestCity.h"
#include "commands/MergeCommand.h"
#include "exchange/ExchangeRepository.h"
#include "merge/MergeSelection.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace MergeTesting;
using Outcome = MergeRecord::Outcome;

// The three-way merge from a partner city: taken once, the same file again changes nothing; the
// partner's later changes come in, the officer's stay, both at once is a conflict the officer
// settles; what the partner deleted is offered, never removed unasked; undo is exact.
class TestPartnerMerge : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_mine;
    std::unique_ptr<TestCity> m_partner;

    QSqlDatabase mine() { return m_mine->file().database(); }
    QSqlDatabase theirs() { return m_partner->file().database(); }

    static MergeSelection practicesOnly()
    {
        return *MergeSelection::parse(QStringLiteral("practices"));
    }

    // Plans and runs a merge as the officer's undo step.
    MergePlan merge(const MergeSelection& selection = practicesOnly(),
                    const MergeDecisions& decisions = {})
    {
        Result<MergePlan> p = plan(*m_mine, theirs(), selection);
        if (!p)
            qFatal("plan: %s", qPrintable(p.error().message));
        Result<MergeChanges> done = MergeCommand::execute(
            m_mine->undoStack(), m_mine->repositories().store(), p.value(), decisions);
        if (!done)
            qFatal("merge: %s", qPrintable(done.error().message));
        return p.take();
    }

    QVariant value(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(mine());
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

    const MergeRecord* recordOf(const MergePlan& p, const QString& id)
    {
        for (const MergeRecord& r : p.records) {
            if (r.id == id)
                return &r;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        m_mine = TestCity::create(QStringLiteral("Tangier"));
        m_partner = TestCity::create(QStringLiteral("Mechelen"));
    }
    void cleanup()
    {
        m_mine.reset();
        m_partner.reset();
    }

    void firstImportTakesRecordsWithTheirIdentity()
    {
        const QString a = addPractice(theirs(), QStringLiteral("Welcome desk"));
        const QString b = addPractice(theirs(), QStringLiteral("Language cafe"));
        QSignalSpy added(&m_mine->repositories().exchange(), &ExchangeRepository::practiceAdded);
        QSignalSpy partners(&m_mine->repositories().exchange(), &ExchangeRepository::partnerAdded);
        const MergePlan p = merge();
        QCOMPARE(p.count(Outcome::Added), 2);
        QCOMPARE(added.count(), 2);
        QCOMPARE(partners.count(), 1);
        QCOMPARE(m_mine->undoStack().count(), 1);
        const QString partnerCity = cityIdOf(theirs());
        QCOMPARE(value(QStringLiteral("SELECT origin_city FROM good_practice WHERE id = ?"), {a})
                     .toString(),
                 partnerCity);
        QCOMPARE(
            value(QStringLiteral("SELECT title FROM good_practice WHERE id = ?"), {b}).toString(),
            QStringLiteral("Language cafe"));
        // The partner, as this file's own list names it: made once, as a peer.
        QCOMPARE(value(QStringLiteral("SELECT role FROM partner_city WHERE partner_city_uuid = ?"),
                       {partnerCity})
                     .toString(),
                 QStringLiteral("peer"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM good_practice WHERE partner_id = "
                                      "(SELECT id FROM partner_city WHERE partner_city_uuid = ?)"),
                       {partnerCity})
                     .toInt(),
                 2);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM merge_base WHERE partner_city = ?"),
                       {partnerCity})
                     .toInt(),
                 2);
        QCOMPARE(
            value(QStringLiteral("SELECT city_name FROM partner_import WHERE partner_city = ?"),
                  {partnerCity})
                .toString(),
            QStringLiteral("Mechelen"));
    }

    void sameFileTwiceChangesNothing()
    {
        addPractice(theirs(), QStringLiteral("Welcome desk"));
        addPractice(theirs(), QStringLiteral("Language cafe"));
        merge();
        const QStringList before = dump(mine(), touchedTables());
        const MergePlan again = merge();
        QCOMPARE(again.count(Outcome::Unchanged), 2);
        QCOMPARE(again.count(Outcome::Added), 0);
        QCOMPARE(again.count(Outcome::Updated), 0);
        QCOMPARE(again.count(Outcome::Conflict), 0);
        QCOMPARE(dump(mine(), touchedTables()), before);
        QCOMPARE(m_mine->undoStack().count(), 1); // no second step
    }

    void partnerChangesComeIn()
    {
        const QString a = addPractice(theirs(), QStringLiteral("Welcome desk"));
        merge();
        edit(theirs(), QStringLiteral("good_practice"), a, QStringLiteral("title"),
             QStringLiteral("Welcome desk, 2nd edition"));
        const MergePlan p = merge();
        QCOMPARE(p.count(Outcome::Updated), 1);
        QCOMPARE(
            value(QStringLiteral("SELECT title FROM good_practice WHERE id = ?"), {a}).toString(),
            QStringLiteral("Welcome desk, 2nd edition"));
        QCOMPARE(merge().count(Outcome::Unchanged), 1);
    }

    void officerChangesStay()
    {
        const QString a = addPractice(theirs(), QStringLiteral("Welcome desk"));
        merge();
        edit(mine(), QStringLiteral("good_practice"), a, QStringLiteral("title"),
             QStringLiteral("Our welcome desk"));
        const MergePlan p = merge();
        QCOMPARE(p.count(Outcome::Unchanged), 1);
        QCOMPARE(
            value(QStringLiteral("SELECT title FROM good_practice WHERE id = ?"), {a}).toString(),
            QStringLiteral("Our welcome desk"));
    }

    void conflictKeepsMineUnlessTheirsIsTaken()
    {
        const QString a = addPractice(theirs(), QStringLiteral("Welcome desk"));
        const QString b = addPractice(theirs(), QStringLiteral("Language cafe"));
        merge();
        for (const QString& id : {a, b}) {
            edit(theirs(), QStringLiteral("good_practice"), id, QStringLiteral("description"),
                 QStringLiteral("Theirs"));
            edit(mine(), QStringLiteral("good_practice"), id, QStringLiteral("description"),
                 QStringLiteral("Mine"));
        }
        Result<MergePlan> preview = plan(*m_mine, theirs(), practicesOnly());
        QVERIFY(preview.ok());
        QCOMPARE(preview.value().count(Outcome::Conflict), 2);
        const MergeRecord* conflict = recordOf(preview.value(), a);
        QVERIFY(conflict);
        QCOMPARE(conflict->differingColumns(), QStringList{QStringLiteral("description")});
        QCOMPARE(conflict->mine.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Mine"));
        QCOMPARE(conflict->theirs.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Theirs"));

        MergeDecisions decisions;
        decisions.takeTheirs.insert(conflict->key());
        merge(practicesOnly(), decisions);
        const QString description =
            QStringLiteral("SELECT description FROM good_practice WHERE id = ?");
        QCOMPARE(value(description, {a}).toString(), QStringLiteral("Theirs"));
        QCOMPARE(value(description, {b}).toString(), QStringLiteral("Mine"));
        // Settled: the same file again asks nothing, and keeps the officer's version.
        const MergePlan again = merge();
        QCOMPARE(again.count(Outcome::Conflict), 0);
        QCOMPARE(value(description, {b}).toString(), QStringLiteral("Mine"));
        // A later change of the partner's to the kept record is a conflict again.
        edit(theirs(), QStringLiteral("good_practice"), b, QStringLiteral("description"),
             QStringLiteral("Theirs, again"));
        QCOMPARE(merge().count(Outcome::Conflict), 1);
    }

    void sameChangeOnBothSidesIsNoConflict()
    {
        const QString a = addPractice(theirs(), QStringLiteral("Welcome desk"));
        merge();
        edit(theirs(), QStringLiteral("good_practice"), a, QStringLiteral("source"),
             QStringLiteral("X"));
        edit(mine(), QStringLiteral("good_practice"), a, QStringLiteral("source"),
             QStringLiteral("X"));
        QCOMPARE(merge().count(Outcome::Unchanged), 1);
    }

    void recordFromMeUnchangedOrConflict()
    {
        // The officer's own practice, shared to the partner before, comes back with the
        // partner's file: the same is nothing to do, a different one a conflict.
        const QString same = addPractice(mine(), QStringLiteral("Ours"));
        const QString changed = addPractice(mine(), QStringLiteral("Ours too"));
        copyRow(mine(), theirs(), QStringLiteral("good_practice"), same);
        copyRow(mine(), theirs(), QStringLiteral("good_practice"), changed);
        edit(theirs(), QStringLiteral("good_practice"), changed, QStringLiteral("title"),
             QStringLiteral("Theirs now"));
        const MergePlan p = merge();
        QCOMPARE(recordOf(p, same)->outcome, Outcome::Unchanged);
        QCOMPARE(recordOf(p, changed)->outcome, Outcome::Conflict);
        QCOMPARE(value(QStringLiteral("SELECT title FROM good_practice WHERE id = ?"), {changed})
                     .toString(),
                 QStringLiteral("Ours too"));
        // No partner row is made for the officer's own records.
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM partner_city")).toInt(), 0);
    }

    void heldRecordKeepsItsIdentity()
    {
        const QString ours = addPractice(mine(), QStringLiteral("Ours"));
        copyRow(mine(), theirs(), QStringLiteral("good_practice"), ours);
        QCOMPARE(merge().count(Outcome::Unchanged), 1);
        const QString origin = QStringLiteral("SELECT origin_city FROM good_practice WHERE id = ?");
        const QString created = QStringLiteral("SELECT created_at FROM good_practice WHERE id = ?");
        const QString createdBefore = value(created, {ours}).toString();
        // The partner's file claims the record as its own: its content comes in, not that.
        exec(theirs(),
             QStringLiteral("UPDATE good_practice SET origin_city = ?, created_at = "
                            "'2020-01-01T00:00:00.000Z' WHERE id = ?"),
             {cityIdOf(theirs()), ours});
        edit(theirs(), QStringLiteral("good_practice"), ours, QStringLiteral("title"),
             QStringLiteral("Ours, improved there"));
        QCOMPARE(merge().count(Outcome::Updated), 1);
        QCOMPARE(value(QStringLiteral("SELECT title FROM good_practice WHERE id = ?"), {ours})
                     .toString(),
                 QStringLiteral("Ours, improved there"));
        QCOMPARE(value(origin, {ours}).toString(), m_mine->file().cityId());
        QCOMPARE(value(created, {ours}).toString(), createdBefore);
    }

    void deletionIsOfferedNotDone()
    {
        const QString a = addPractice(theirs(), QStringLiteral("Welcome desk"));
        merge();
        exec(theirs(), QStringLiteral("DELETE FROM good_practice WHERE id = ?"), {a});
        const MergePlan p = merge();
        QCOMPARE(p.count(Outcome::RemovalOffered), 1);
        QCOMPARE(
            value(QStringLiteral("SELECT count(*) FROM good_practice WHERE id = ?"), {a}).toInt(),
            1);
        // Offered again until the officer accepts it.
        QCOMPARE(merge().count(Outcome::RemovalOffered), 1);
        MergeDecisions decisions;
        decisions.remove.insert(recordOf(p, a)->key());
        QSignalSpy removed(&m_mine->repositories().exchange(),
                           &ExchangeRepository::practiceRemoved);
        merge(practicesOnly(), decisions);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(
            value(QStringLiteral("SELECT count(*) FROM good_practice WHERE id = ?"), {a}).toInt(),
            0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM merge_base WHERE record_id = ?"), {a})
                     .toInt(),
                 0);
        m_mine->undoStack().undo();
        QCOMPARE(
            value(QStringLiteral("SELECT count(*) FROM good_practice WHERE id = ?"), {a}).toInt(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestPartnerMerge)
#include "TestPartnerMerge.moc"

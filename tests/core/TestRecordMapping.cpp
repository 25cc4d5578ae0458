// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "city/Repositories.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/RecordMapping.h"
#include "storage/RecordTable.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {

// A kind made for this test over the engagement table: every sort of binding at once (a
// reference, a date, an optional date, an enumeration, a flag, trimmed text).
struct Contact
{
    enum class Way
    {
        Meeting,
        Call,
        Email
    };
    RecordMeta meta;
    QString stakeholderId;
    QDate date;
    Way way = Way::Meeting;
    QString summary;
    QDate followUp;
    bool followUpDone = false;
    bool operator==(const Contact&) const = default;
};

QString wayText(Contact::Way way)
{
    switch (way) {
    case Contact::Way::Meeting:
        return QStringLiteral("meeting");
    case Contact::Way::Call:
        return QStringLiteral("call");
    case Contact::Way::Email:
        return QStringLiteral("email");
    }
    return {};
}

Contact::Way wayFromText(const QString& text)
{
    if (text == QLatin1String("call"))
        return Contact::Way::Call;
    return text == QLatin1String("email") ? Contact::Way::Email : Contact::Way::Meeting;
}

const RecordMapping<Contact>& contactMapping()
{
    using namespace RecordFields;
    static const RecordMapping<Contact> mapping(
        "engagement",
        {reference("stakeholder_id", &Contact::stakeholderId), field("date", &Contact::date),
         enumeration("kind", &Contact::way, wayText, wayFromText),
         trimmed("summary", &Contact::summary), field("follow_up_date", &Contact::followUp),
         field("follow_up_done", &Contact::followUpDone)});
    return mapping;
}

// What a repository's signals would hear, kept for the test to read.
struct Heard
{
    QStringList added, updated, removed;
    void onAdded(const Contact& c) { added << c.summary; }
    void onUpdated(const Contact& c) { updated << c.summary; }
    void onRemoved(const QString& id) { removed << id; }
    // A record read whole by its repository (more than its row), told apart by its summary.
    const RecordTable<Contact>* table = nullptr;
    std::optional<Contact> whole(const QString& id) const
    {
        std::optional<Contact> c = table->one(id);
        if (c)
            c->summary += QStringLiteral(" (whole)");
        return c;
    }
};

} // namespace

// A record kind described by a mapping reads and writes through RecordTable what the
// hand-written repositories read and write: same columns, same NULLs, same identity.
class TestRecordMapping : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_city = TestCity::create(); }
    void cleanup() { m_city.reset(); }

    void writesAndReadsEveryKindOfField()
    {
        RecordTable<Contact> table(store(), contactMapping());
        Contact c;
        c.stakeholderId = stakeholderId();
        c.date = QDate(2026, 3, 14);
        c.way = Contact::Way::Email;
        c.summary = QStringLiteral("  Agreed on the translated leaflet.  ");
        c.followUpDone = true;
        QVERIFY(table.add(c));
        QVERIFY(!c.meta.id.isEmpty());

        QSqlQuery q(store().database());
        QVERIFY(q.prepare(QStringLiteral("SELECT date, kind, summary, follow_up_date IS NULL, "
                                         "follow_up_done FROM engagement WHERE id = ?")));
        q.addBindValue(c.meta.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-14"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("email"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("Agreed on the translated leaflet."));
        QCOMPARE(q.value(3).toInt(), 1); // an invalid date is stored as NULL
        QCOMPARE(q.value(4).toInt(), 1);

        std::optional<Contact> read = table.one(c.meta.id);
        QVERIFY(read);
        QCOMPARE(read->way, Contact::Way::Email);
        QCOMPARE(read->date, c.date);
        QVERIFY(!read->followUp.isValid());
        QVERIFY(read->followUpDone);
        QCOMPARE(read->summary, c.summary.trimmed());
        QCOMPARE(read->meta.id, c.meta.id);
        QCOMPARE(read->meta.createdAt, c.meta.createdAt);

        read->followUp = QDate(2026, 4, 1);
        read->followUpDone = false;
        QVERIFY(table.update(*read));
        const std::optional<Contact> again = table.one(c.meta.id);
        QVERIFY(again);
        QCOMPARE(again->followUp, QDate(2026, 4, 1));
        QVERIFY(!again->followUpDone);
        QCOMPARE(table.all(QStringLiteral("WHERE stakeholder_id = ?"), {c.stakeholderId}).size(),
                 1);
    }

    void removalIsAnnouncedByTheOwnerAndRestoredWithItsIdentity()
    {
        // The engagement table's owner is the stakeholder repository: a delete through a table
        // of the test's own is announced by it all the same, and the restore gives the record
        // back as it was.
        StakeholderRepository& owner = m_city->repositories().stakeholders();
        RecordTable<Contact> table(store(), contactMapping());
        Contact c = contact(QDate(2026, 2, 3), QStringLiteral("Met at the town hall"));
        QVERIFY(table.add(c));
        QSignalSpy removed(&owner, &StakeholderRepository::engagementRemoved);
        QSignalSpy added(&owner, &StakeholderRepository::engagementAdded);
        Result<RowSnapshot> snapshot = table.remove(c);
        QVERIFY(snapshot);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), c.meta.id);
        QVERIFY(!table.one(c.meta.id));
        QVERIFY(store().restoreOne(snapshot.value()));
        QCOMPARE(added.size(), 1);
        QCOMPARE(table.one(c.meta.id), std::optional<Contact>(c));
    }

    void writesAreAnnouncedOnceCommittedAndNeverWhenRolledBack()
    {
        RecordTable<Contact> table(store(), contactMapping());
        KindAnnouncements kinds;
        Heard heard;
        table.announceAs(kinds, &heard, &Heard::onAdded, &Heard::onUpdated, &Heard::onRemoved);
        QVERIFY(kinds.follows(QStringLiteral("engagement")));

        Contact c = contact(QDate(2026, 5, 2), QStringLiteral("First call"));
        QVERIFY(table.add(c));
        QCOMPARE(heard.added, QStringList{QStringLiteral("First call")});
        c.summary = QStringLiteral("First call, and a visit");
        QVERIFY(table.update(c));
        QCOMPARE(heard.updated, QStringList{QStringLiteral("First call, and a visit")});

        // Inside a transaction: heard after the commit, and not at all after a rollback.
        Contact second = c;
        second.meta = RecordMeta();
        second.summary = QStringLiteral("Second call");
        QVERIFY(store().inTransaction([&]() -> Result<void> {
            if (Result<void> r = table.insert(second); !r)
                return r;
            if (heard.added.size() != 1)
                return RecordStore::sqlError(QStringLiteral("announced before the commit"));
            return {};
        }));
        QCOMPARE(heard.added.size(), 2);
        Contact third = c;
        third.meta = RecordMeta();
        third.summary = QStringLiteral("Never stored");
        QVERIFY(!store().inTransaction([&]() -> Result<void> {
            if (Result<void> r = table.insert(third); !r)
                return r;
            return RecordStore::sqlError(QStringLiteral("the import was cancelled"));
        }));
        QCOMPARE(heard.added.size(), 2);
        QVERIFY(!table.one(third.meta.id));
        Contact unknown = c; // a refused write is not announced
        unknown.meta.id = RecordMeta::newId();
        QVERIFY(!table.update(unknown));
        QCOMPARE(heard.updated.size(), 1);

        // A delete and its undo, whoever asked for them, come back through the kind's signals.
        Result<RowSnapshot> snapshot = table.remove(c);
        QVERIFY(snapshot);
        kinds.removed(snapshot.value());
        QCOMPARE(heard.removed, QStringList{c.meta.id});
        QVERIFY(store().restoreOne(snapshot.value()));
        kinds.restored(snapshot.value());
        QCOMPARE(heard.added.size(), 3);
        QCOMPARE(heard.added.constLast(), QStringLiteral("First call, and a visit"));
    }

    void dependentsAndErasesFollowTheirTransaction()
    {
        RecordTable<Contact> table(store(), contactMapping());
        KindAnnouncements kinds;
        Heard heard;
        table.announceAs(kinds, &heard, &Heard::onAdded, &Heard::onUpdated, &Heard::onRemoved);
        Contact c = contact(QDate(2026, 6, 1), QStringLiteral("Visit"));
        const int before = m_city->rows(QStringLiteral("engagement"));

        // Dependents that fail take the record back with them, unannounced.
        QVERIFY(!table.addWith(
            c, [] { return Result<void>(RecordStore::sqlError(QStringLiteral("no room"))); }));
        QCOMPARE(m_city->rows(QStringLiteral("engagement")), before);
        QVERIFY(heard.added.isEmpty());
        bool dependentsRan = false;
        c.meta = RecordMeta();
        QVERIFY(table.addWith(c, [&] {
            dependentsRan = true;
            return Result<void>();
        }));
        QVERIFY(dependentsRan);
        QCOMPARE(heard.added, QStringList{QStringLiteral("Visit")});
        c.summary = QStringLiteral("Visit, with the mayor");
        QVERIFY(!table.updateWith(
            c, [] { return Result<void>(RecordStore::sqlError(QStringLiteral("no room"))); }));
        QCOMPARE(table.one(c.meta.id)->summary, QStringLiteral("Visit"));
        QVERIFY(heard.updated.isEmpty());
        QVERIFY(table.updateWith(c, [] { return Result<void>(); }));
        QCOMPARE(heard.updated, QStringList{QStringLiteral("Visit, with the mayor")});

        // An erase inside a transaction is announced by the row's owner once committed, and
        // not at all when the transaction rolls back.
        StakeholderRepository& owner = m_city->repositories().stakeholders();
        QSignalSpy removed(&owner, &StakeholderRepository::engagementRemoved);
        QVERIFY(!store().inTransaction([&]() -> Result<void> {
            if (Result<RowSnapshot> r = table.erase(c.meta.id); !r)
                return r.error();
            return RecordStore::sqlError(QStringLiteral("cancelled"));
        }));
        QVERIFY(table.one(c.meta.id));
        QCOMPARE(removed.size(), 0);
        QVERIFY(store().inTransaction([&]() -> Result<void> {
            if (Result<RowSnapshot> r = table.erase(c.meta.id); !r)
                return r.error();
            return removed.isEmpty() ? Result<void>()
                                     : RecordStore::sqlError(QStringLiteral("too early"));
        }));
        QVERIFY(!table.one(c.meta.id));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), c.meta.id);
    }

    void restoredAndChangedRecordsAreReadWholeByTheRepository()
    {
        RecordTable<Contact> table(store(), contactMapping());
        KindAnnouncements kinds;
        Heard heard;
        heard.table = &table;
        table.announceAs(kinds, &heard, &Heard::onAdded, &Heard::onUpdated, &Heard::onRemoved,
                         &Heard::whole);
        Contact c = contact(QDate(2026, 7, 1), QStringLiteral("Call"));
        // What the repository wrote is announced as written, not read again.
        QVERIFY(table.add(c));
        QCOMPARE(heard.added, QStringList{QStringLiteral("Call")});

        Result<RowSnapshot> snapshot = table.remove(c);
        QVERIFY(snapshot);
        kinds.removed(snapshot.value());
        QCOMPARE(heard.removed, QStringList{c.meta.id});
        QVERIFY(store().restoreOne(snapshot.value()));
        kinds.restored(snapshot.value());
        QCOMPARE(heard.added.constLast(), QStringLiteral("Call (whole)"));

        RowSnapshot cleared;
        cleared.nullified = {
            {QStringLiteral("engagement"), c.meta.id, QStringLiteral("stakeholder_id"), {}},
            {QStringLiteral("engagement"), c.meta.id, QStringLiteral("stakeholder_id"), {}}};
        kinds.referencesChanged(cleared);
        QCOMPARE(heard.updated, QStringList{QStringLiteral("Call (whole)")});
    }

    void refusedWritesChangeNothing()
    {
        RecordTable<Contact> table(store(), contactMapping());
        Contact c; // no stakeholder: the reference is NULL, which the schema refuses
        c.date = QDate(2026, 1, 2);
        const int before = m_city->rows(QStringLiteral("engagement"));
        QVERIFY(!table.add(c));
        QCOMPARE(m_city->rows(QStringLiteral("engagement")), before);

        Contact unknown; // an update of a record the file does not hold
        unknown.meta.id = RecordMeta::newId();
        unknown.stakeholderId = stakeholderId();
        unknown.date = QDate(2026, 1, 2);
        QVERIFY(!table.update(unknown));
        QCOMPARE(m_city->rows(QStringLiteral("engagement")), before);
    }

private:
    RecordStore& store() { return m_city->repositories().store(); }

    // A contact of a stakeholder added for it.
    Contact contact(const QDate& date, const QString& summary)
    {
        Contact c;
        c.stakeholderId = stakeholderId();
        c.date = date;
        c.summary = summary;
        return c;
    }

    QString stakeholderId()
    {
        Stakeholder s;
        s.name = QStringLiteral("Association Al Amal");
        const Result<void> r = m_city->repositories().stakeholders().add(s);
        return r ? s.meta.id : QString();
    }

    std::unique_ptr<TestCity> m_city;
};

QTEST_GUILESS_MAIN(TestRecordMapping)
#include "TestRecordMapping.moc"

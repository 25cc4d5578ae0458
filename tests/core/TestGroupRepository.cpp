// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordChecks.h"
#include "TestCity.h"
#include "TestFiles.h"
#include "city/Repositories.h"
#include "common/Validation.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/CityFile.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>

// A refused write names the problem: exactly the shared message for the field.
#define VERIFY_ERROR(expr, expected)                                                               \
    do {                                                                                           \
        const auto refused_ = (expr);                                                              \
        QVERIFY2(!refused_.ok(), "the write was accepted");                                        \
        QCOMPARE(refused_.error().message, (expected));                                            \
    } while (false)

namespace {
// The shared messages with the field names the repositories give (no translator is loaded).
QString required(const char* field)
{
    return Validation::required(QString(), QLatin1String(field))->message;
}
QString unknown(const char* field)
{
    return Validation::unknownReference(QLatin1String(field)).message;
}
QString duplicate(const QString& value, const char* field)
{
    return Validation::duplicate(value, QLatin1String(field)).message;
}
} // namespace

// The City Stakeholder Group: members and meetings with their attendance and decisions are
// written together, come back identical after undo, and refuse bad input untouched.
class TestGroupRepository : public QObject
{
    Q_OBJECT

private:
    int rows(const QString& table) const
    {
        QSqlQuery q(m_city->file().database());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    QStringList decisionIds(const QString& meetingId) const
    {
        QSqlQuery q(m_city->file().database());
        q.prepare(QStringLiteral(
            "SELECT id FROM meeting_decision WHERE meeting_id = ? ORDER BY position"));
        q.addBindValue(meetingId);
        QStringList ids;
        if (q.exec()) {
            while (q.next())
                ids << q.value(0).toString();
        }
        return ids;
    }

    GroupRepository& group() { return m_city->repositories().group(); }

    QString stakeholder(const QString& name)
    {
        Stakeholder s;
        s.name = name;
        const Result<void> r = m_city->repositories().stakeholders().add(s);
        if (!r.ok())
            qWarning("%s", qPrintable(r.error().message));
        return s.meta.id;
    }

    GroupMember seat(const QString& name, const QString& role = {})
    {
        GroupMember m;
        m.stakeholderId = stakeholder(name);
        m.role = role;
        const Result<void> r = group().add(m);
        if (!r.ok())
            qWarning("%s", qPrintable(r.error().message));
        return m;
    }

    std::unique_ptr<TestCity> m_city;

private slots:
    void init() { m_city = TestCity::create(QStringLiteral("Sfax")); }

    void cleanup() { m_city.reset(); }

    void memberRoundTripAndUpdate()
    {
        GroupMember m;
        m.stakeholderId = stakeholder(QStringLiteral("Zeta association"));
        m.role = QStringLiteral("Chair");
        m.joinedOn = QDate(2022, 9, 15);
        QVERIFY(group().add(m).ok());
        verifyNewMeta(m.meta, m_city->file().cityId());
        QCOMPARE(group().member(m.meta.id), m);
        QCOMPARE(group().memberFor(m.stakeholderId), m);
        const GroupMember a = seat(QStringLiteral("Alpha office"));
        QVERIFY(!group().member(a.meta.id)->joinedOn.isValid());
        // By stakeholder name.
        QCOMPARE(group().members(), (QList<GroupMember>{a, m}));

        QThread::msleep(5);
        m.role = QStringLiteral("Secretary");
        m.joinedOn = QDate();
        QVERIFY(group().update(m).ok());
        QVERIFY(m.meta.updatedAt > m.meta.createdAt);
        QCOMPARE(group().member(m.meta.id), m);
    }

    void meetingRoundTripAndUpdate()
    {
        const GroupMember a = seat(QStringLiteral("A"));
        const GroupMember b = seat(QStringLiteral("B"));
        const GroupMember c = seat(QStringLiteral("C"));
        GroupMeeting m;
        m.date = QDate(2024, 2, 20);
        m.place = QStringLiteral("City hall, room 3");
        m.agenda = QStringLiteral("1. Welcome desk\n2. Language classes");
        m.minutes = QStringLiteral("Minutes taken by the secretary.");
        m.attendeeMemberIds = {c.meta.id, a.meta.id, c.meta.id};
        m.decisions = {QStringLiteral(" Open the desk in May "), QStringLiteral("  "),
                       QStringLiteral("Ask the region for funds")};
        QVERIFY(group().add(m).ok());
        verifyNewMeta(m.meta, m_city->file().cityId());
        QStringList attendees = {a.meta.id, c.meta.id};
        std::sort(attendees.begin(), attendees.end());
        QCOMPARE(m.attendeeMemberIds, attendees);
        QCOMPARE(m.decisions, (QStringList{QStringLiteral("Open the desk in May"),
                                           QStringLiteral("Ask the region for funds")}));
        QCOMPARE(rows(QStringLiteral("meeting_attendance")), 2);
        QCOMPARE(rows(QStringLiteral("meeting_decision")), 2);
        QCOMPARE(group().meeting(m.meta.id), m);
        QCOMPARE(group().meetings(), QList<GroupMeeting>{m});

        GroupMeeting earlier;
        earlier.date = QDate(2023, 11, 5);
        QVERIFY(group().add(earlier).ok());
        QCOMPARE(group().meetings(), (QList<GroupMeeting>{earlier, m}));

        // Edit: one attendee leaves, one arrives; the first decision is reworded, one is added.
        const QStringList before = decisionIds(m.meta.id);
        QThread::msleep(5);
        m.place = QStringLiteral("Online");
        m.agenda.clear();
        m.minutes = QStringLiteral("Short meeting.");
        m.attendeeMemberIds = {b.meta.id, c.meta.id};
        std::sort(m.attendeeMemberIds.begin(), m.attendeeMemberIds.end());
        m.decisions = {QStringLiteral("Open the desk in June"),
                       QStringLiteral("Ask the region for funds"),
                       QStringLiteral("Meet again in autumn")};
        QVERIFY(group().update(m).ok());
        QVERIFY(m.meta.updatedAt > m.meta.createdAt);
        QCOMPARE(group().meeting(m.meta.id), m);
        QCOMPARE(rows(QStringLiteral("meeting_attendance")), 2);
        const QStringList after = decisionIds(m.meta.id);
        QCOMPARE(after.size(), 3);
        // Decisions keep their identity across edits.
        QCOMPARE(after.mid(0, 2), before);

        // Fewer decisions, nobody attending.
        m.decisions = {QStringLiteral("Open the desk in June")};
        m.attendeeMemberIds.clear();
        QVERIFY(group().update(m).ok());
        QCOMPARE(group().meeting(m.meta.id), m);
        QCOMPARE(decisionIds(m.meta.id), before.mid(0, 1));
        QCOMPARE(rows(QStringLiteral("meeting_attendance")), 0);
        QCOMPARE(rows(QStringLiteral("meeting_decision")), 1);
    }

    void removeAndRestoreMeeting()
    {
        const GroupMember a = seat(QStringLiteral("A"));
        const GroupMember b = seat(QStringLiteral("B"));
        GroupMeeting m;
        m.date = QDate(2024, 3, 1);
        m.attendeeMemberIds = {a.meta.id, b.meta.id};
        m.decisions = {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")};
        QVERIFY(group().add(m).ok());
        const QList<GroupMeeting> meetings = group().meetings();

        QSignalSpy removed(&group(), &GroupRepository::meetingRemoved);
        QSignalSpy added(&group(), &GroupRepository::meetingAdded);
        QSignalSpy updated(&group(), &GroupRepository::meetingUpdated);
        Result<RowSnapshot> snap = group().remove(m);
        QVERIFY(snap.ok());
        QCOMPARE(snap.value().count(QStringLiteral("group_meeting")), 1);
        QCOMPARE(snap.value().count(QStringLiteral("meeting_attendance")), 2);
        QCOMPARE(snap.value().count(QStringLiteral("meeting_decision")), 3);
        QCOMPARE(snap.value().count(QStringLiteral("group_member")), 0);
        QVERIFY(!group().meeting(m.meta.id));
        QCOMPARE(rows(QStringLiteral("meeting_attendance")), 0);
        QCOMPARE(rows(QStringLiteral("meeting_decision")), 0);
        QCOMPARE(group().members().size(), 2);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), m.meta.id);

        QVERIFY(group().restore(snap.value()).ok());
        QCOMPARE(group().meetings(), meetings);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).value<GroupMeeting>(), m);
        // The meeting is announced whole, not also as updated for its own rows.
        QCOMPARE(updated.size(), 0);
    }

    void removeAndRestoreMember()
    {
        const GroupMember a = seat(QStringLiteral("A"), QStringLiteral("Chair"));
        const GroupMember b = seat(QStringLiteral("B"));
        GroupMeeting first;
        first.date = QDate(2024, 1, 10);
        first.attendeeMemberIds = {a.meta.id, b.meta.id};
        QVERIFY(group().add(first).ok());
        GroupMeeting second;
        second.date = QDate(2024, 2, 10);
        second.attendeeMemberIds = {a.meta.id};
        second.decisions = {QStringLiteral("Adopt the plan")};
        QVERIFY(group().add(second).ok());
        const QList<GroupMember> members = group().members();
        const QList<GroupMeeting> meetings = group().meetings();

        QSignalSpy memberRemoved(&group(), &GroupRepository::memberRemoved);
        QSignalSpy memberAdded(&group(), &GroupRepository::memberAdded);
        QSignalSpy meetingUpdated(&group(), &GroupRepository::meetingUpdated);
        Result<RowSnapshot> snap = group().remove(a);
        QVERIFY(snap.ok());
        QCOMPARE(snap.value().count(QStringLiteral("group_member")), 1);
        QCOMPARE(snap.value().count(QStringLiteral("meeting_attendance")), 2);
        QCOMPARE(snap.value().count(QStringLiteral("meeting_decision")), 0);
        QCOMPARE(memberRemoved.size(), 1);
        QCOMPARE(memberRemoved.at(0).at(0).toString(), a.meta.id);
        QCOMPARE(meetingUpdated.size(), 2);
        QCOMPARE(group().meeting(first.meta.id)->attendeeMemberIds, QStringList{b.meta.id});
        QVERIFY(group().meeting(second.meta.id)->attendeeMemberIds.isEmpty());
        // The stakeholder stays; only its seat went.
        QVERIFY(m_city->repositories().stakeholders().stakeholder(a.stakeholderId));

        QVERIFY(group().restore(snap.value()).ok());
        QCOMPARE(group().members(), members);
        QCOMPARE(group().meetings(), meetings);
        QCOMPARE(memberAdded.size(), 1);
        QCOMPARE(memberAdded.at(0).at(0).value<GroupMember>(), a);
        QCOMPARE(meetingUpdated.size(), 4);
        QCOMPARE(rows(QStringLiteral("meeting_attendance")), 3);
    }

    void removingTheStakeholderTakesTheSeat()
    {
        const GroupMember a = seat(QStringLiteral("A"));
        GroupMeeting m;
        m.date = QDate(2024, 4, 4);
        m.attendeeMemberIds = {a.meta.id};
        QVERIFY(group().add(m).ok());
        QSignalSpy memberRemoved(&group(), &GroupRepository::memberRemoved);
        QSignalSpy memberAdded(&group(), &GroupRepository::memberAdded);
        QSignalSpy meetingUpdated(&group(), &GroupRepository::meetingUpdated);

        const std::optional<Stakeholder> s =
            m_city->repositories().stakeholders().stakeholder(a.stakeholderId);
        QVERIFY(s);
        Result<RowSnapshot> snap = m_city->repositories().stakeholders().remove(*s);
        QVERIFY(snap.ok());
        QVERIFY(group().members().isEmpty());
        QCOMPARE(memberRemoved.size(), 1);
        QCOMPARE(meetingUpdated.size(), 1);
        QVERIFY(meetingUpdated.at(0).at(0).value<GroupMeeting>().attendeeMemberIds.isEmpty());

        QVERIFY(m_city->repositories().stakeholders().restore(snap.value()).ok());
        QCOMPARE(group().members(), QList<GroupMember>{a});
        QCOMPARE(group().meeting(m.meta.id), m);
        QCOMPARE(memberAdded.size(), 1);
        QCOMPARE(meetingUpdated.size(), 2);
        QCOMPARE(meetingUpdated.at(1).at(0).value<GroupMeeting>(), m);
    }

    void memberValidation()
    {
        QSignalSpy added(&group(), &GroupRepository::memberAdded);
        GroupMember m;
        VERIFY_ERROR(group().add(m), unknown("The member's stakeholder"));
        m.stakeholderId = QStringLiteral("55555555-5555-5555-5555-555555555555");
        VERIFY_ERROR(group().add(m), unknown("The member's stakeholder"));
        QVERIFY(m.meta.isNew());
        m.stakeholderId = stakeholder(QStringLiteral("Diaspora forum"));
        QVERIFY(group().add(m).ok());
        GroupMember again;
        again.stakeholderId = m.stakeholderId;
        VERIFY_ERROR(group().add(again),
                     duplicate(QStringLiteral("Diaspora forum"), "The group member"));
        QCOMPARE(rows(QStringLiteral("group_member")), 1);
        QCOMPARE(added.size(), 1);

        // Moving another seat onto the same stakeholder is refused; editing in place is not.
        GroupMember other = seat(QStringLiteral("Other"));
        other.stakeholderId = m.stakeholderId;
        VERIFY_ERROR(group().update(other),
                     duplicate(QStringLiteral("Diaspora forum"), "The group member"));
        m.role = QStringLiteral("Observer");
        QVERIFY(group().update(m).ok());
        GroupMember ghost = m;
        ghost.meta.id = QStringLiteral("66666666-6666-6666-6666-666666666666");
        ghost.stakeholderId = stakeholder(QStringLiteral("Nobody's seat"));
        QVERIFY(!group().update(ghost).ok());
        QVERIFY(!group().memberFor(ghost.stakeholderId));
    }

    void meetingValidation()
    {
        const GroupMember a = seat(QStringLiteral("A"));
        QSignalSpy added(&group(), &GroupRepository::meetingAdded);
        GroupMeeting m;
        m.decisions = {QStringLiteral("Something")};
        VERIFY_ERROR(group().add(m), required("The meeting's date"));
        m.date = QDate(2024, 1, 1);
        m.attendeeMemberIds = {a.meta.id, QStringLiteral("77777777-7777-7777-7777-777777777777")};
        VERIFY_ERROR(group().add(m), unknown("An attendee of the meeting"));
        QVERIFY(m.meta.isNew());
        QCOMPARE(m.decisions, QStringList{QStringLiteral("Something")});
        QCOMPARE(rows(QStringLiteral("group_meeting")), 0);
        QCOMPARE(rows(QStringLiteral("meeting_attendance")), 0);
        QCOMPARE(rows(QStringLiteral("meeting_decision")), 0);
        QCOMPARE(added.size(), 0);

        m.attendeeMemberIds = {a.meta.id};
        QVERIFY(group().add(m).ok());
        GroupMeeting edit = m;
        edit.date = QDate();
        VERIFY_ERROR(group().update(edit), required("The meeting's date"));
        edit = m;
        edit.attendeeMemberIds << QStringLiteral("88888888-8888-8888-8888-888888888888");
        edit.decisions << QStringLiteral("Not stored");
        VERIFY_ERROR(group().update(edit), unknown("An attendee of the meeting"));
        QCOMPARE(group().meeting(m.meta.id), m);
    }

    void signalsCarryTheStoredRecord()
    {
        QSignalSpy mAdded(&group(), &GroupRepository::memberAdded);
        QSignalSpy mUpdated(&group(), &GroupRepository::memberUpdated);
        QSignalSpy gAdded(&group(), &GroupRepository::meetingAdded);
        QSignalSpy gUpdated(&group(), &GroupRepository::meetingUpdated);
        GroupMember a = seat(QStringLiteral("A"));
        QCOMPARE(mAdded.size(), 1);
        QCOMPARE(mAdded.at(0).at(0).value<GroupMember>(), a);
        a.role = QStringLiteral("Treasurer");
        QVERIFY(group().update(a).ok());
        QCOMPARE(mUpdated.size(), 1);
        QCOMPARE(mUpdated.at(0).at(0).value<GroupMember>(), a);

        GroupMeeting m;
        m.date = QDate(2024, 5, 5);
        m.attendeeMemberIds = {a.meta.id};
        m.decisions = {QStringLiteral(" Trimmed ")};
        QVERIFY(group().add(m).ok());
        QCOMPARE(gAdded.size(), 1);
        QCOMPARE(gAdded.at(0).at(0).value<GroupMeeting>(), m);
        QCOMPARE(gAdded.at(0).at(0).value<GroupMeeting>().decisions,
                 QStringList{QStringLiteral("Trimmed")});
        m.minutes = QStringLiteral("Done");
        QVERIFY(group().update(m).ok());
        QCOMPARE(gUpdated.size(), 1);
        QCOMPARE(gUpdated.at(0).at(0).value<GroupMeeting>(), m);
    }

    void readOnlyFileRefusesEveryWrite()
    {
        const QString path = m_city->file().path();
        const GroupMember a = seat(QStringLiteral("A"));
        const QString free = stakeholder(QStringLiteral("Not a member"));
        GroupMeeting m;
        m.date = QDate(2024, 6, 6);
        m.attendeeMemberIds = {a.meta.id};
        m.decisions = {QStringLiteral("Keep")};
        QVERIFY(group().add(m).ok());
        GroupMeeting gone;
        gone.date = QDate(2024, 7, 7);
        QVERIFY(group().add(gone).ok());
        Result<RowSnapshot> snap = group().remove(gone);
        QVERIFY(snap.ok());
        m_city->close();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
        const QByteArray before = TestFiles::hash(path);
        {
            CityFile::OpenResult opened = CityFile::open(path);
            QVERIFY(opened.ok());
            QVERIFY(opened.value()->isReadOnly());
            Repositories repos(*opened.value());
            GroupRepository& ro = repos.group();
            QSignalSpy memberAdded(&ro, &GroupRepository::memberAdded);
            QSignalSpy memberUpdated(&ro, &GroupRepository::memberUpdated);
            QSignalSpy memberRemoved(&ro, &GroupRepository::memberRemoved);
            QSignalSpy meetingAdded(&ro, &GroupRepository::meetingAdded);
            QSignalSpy meetingUpdated(&ro, &GroupRepository::meetingUpdated);
            QSignalSpy meetingRemoved(&ro, &GroupRepository::meetingRemoved);

            GroupMember n;
            n.stakeholderId = free;
            QVERIFY(!ro.add(n).ok());
            QVERIFY(n.meta.isNew());
            GroupMember e = a;
            e.role = QStringLiteral("Changed");
            QVERIFY(!ro.update(e).ok());
            QVERIFY(!ro.remove(a).ok());

            GroupMeeting nm = m;
            nm.meta = {};
            QVERIFY(!ro.add(nm).ok());
            QVERIFY(nm.meta.isNew());
            GroupMeeting em = m;
            em.decisions = {QStringLiteral("Changed")};
            em.attendeeMemberIds.clear();
            QVERIFY(!ro.update(em).ok());
            QVERIFY(!ro.remove(m).ok());
            QVERIFY(!ro.restore(snap.value()).ok());

            QCOMPARE(memberAdded.size() + memberUpdated.size() + memberRemoved.size() +
                         meetingAdded.size() + meetingUpdated.size() + meetingRemoved.size(),
                     0);
            QCOMPARE(ro.meeting(m.meta.id), m);
            QCOMPARE(ro.members(), QList<GroupMember>{a});
        }
        QCOMPARE(TestFiles::hash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestGroupRepository)
#include "TestGroupRepository.moc"

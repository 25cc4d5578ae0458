// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderRecords.h"
#include "TestCity.h"
#include "city/Repositories.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderRepository.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace StakeholderRecords;

// Removing a stakeholder, or one of its contact persons, relations or engagements, and undoing
// it: the removal takes everything that hangs on the record (in the group too), each row
// announced by its owner, and the restore gives back exactly what was there.
class TestStakeholderRemoval : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;

    StakeholderRepository& repo() { return m_city->repositories().stakeholders(); }

private slots:
    void init() { m_city = TestCity::create(QStringLiteral("Livadia")); }

    void cleanup() { m_city.reset(); }

    void removeAndRestoreTakesEverythingBack()
    {
        const QStringList themes = themeIds(m_city->repositories());
        Stakeholder a = full(QStringLiteral("Solidarity Now"));
        a.themeIds = {themes.at(0), themes.at(5)};
        QVERIFY(repo().add(a).ok());
        const Stakeholder b = added(repo(), QStringLiteral("Municipal health centre"));
        const Stakeholder c = added(repo(), QStringLiteral("University of Patras"));
        for (const QString& name : {QStringLiteral("Nikos"), QStringLiteral("Sara")}) {
            ContactPerson p = contactOf(a.meta.id, name);
            QVERIFY(repo().add(p).ok());
        }
        ContactPerson other = contactOf(b.meta.id, QStringLiteral("Eleni"));
        QVERIFY(repo().add(other).ok());
        StakeholderRelation ab{{}, a.meta.id, b.meta.id, StakeholderRelation::Kind::Referral,
                               3,  {}};
        StakeholderRelation ca{{}, c.meta.id, a.meta.id, StakeholderRelation::Kind::Partnership,
                               5,  {}};
        StakeholderRelation bc{{}, b.meta.id, c.meta.id, StakeholderRelation::Kind::Coordination,
                               2,  {}};
        QVERIFY(repo().add(ab).ok());
        QVERIFY(repo().add(ca).ok());
        QVERIFY(repo().add(bc).ok());
        for (int day : {1, 2}) {
            Engagement e;
            e.stakeholderId = a.meta.id;
            e.date = QDate(2024, 5, day);
            QVERIFY(repo().add(e).ok());
        }
        GroupMember seatA{{}, a.meta.id, QStringLiteral("Vice-chair"), QDate(2023, 1, 10)};
        GroupMember seatB{{}, b.meta.id, {}, {}};
        QVERIFY(m_city->repositories().group().add(seatA).ok());
        QVERIFY(m_city->repositories().group().add(seatB).ok());
        GroupMeeting meeting;
        meeting.date = QDate(2024, 6, 1);
        meeting.attendeeMemberIds = {seatA.meta.id, seatB.meta.id};
        meeting.decisions = {QStringLiteral("Open a desk")};
        QVERIFY(m_city->repositories().group().add(meeting).ok());

        const QList<Stakeholder> stakeholders = repo().stakeholders();
        const QList<ContactPerson> contacts = repo().contacts();
        const QList<StakeholderRelation> relations = repo().relations();
        const QList<Engagement> engagements = repo().engagements();
        const QList<GroupMember> members = m_city->repositories().group().members();
        const QList<GroupMeeting> meetings = m_city->repositories().group().meetings();
        const QStringList tables = {
            "stakeholder",          "stakeholder_theme",  "contact_person",
            "stakeholder_relation", "engagement",         "group_member",
            "group_meeting",        "meeting_attendance", "meeting_decision"};
        QHash<QString, int> counts;
        for (const QString& t : tables)
            counts[t] = m_city->rows(t);

        QSignalSpy contactRemoved(&repo(), &StakeholderRepository::contactRemoved);
        QSignalSpy relationRemoved(&repo(), &StakeholderRepository::relationRemoved);
        QSignalSpy engagementRemoved(&repo(), &StakeholderRepository::engagementRemoved);
        QSignalSpy stakeholderRemoved(&repo(), &StakeholderRepository::stakeholderRemoved);
        QSignalSpy memberRemoved(&m_city->repositories().group(), &GroupRepository::memberRemoved);
        QSignalSpy meetingUpdated(&m_city->repositories().group(),
                                  &GroupRepository::meetingUpdated);

        Result<RowSnapshot> snap = repo().remove(a);
        QVERIFY(snap.ok());
        const RowSnapshot& removed = snap.value();
        QCOMPARE(removed.count(QStringLiteral("stakeholder")), 1);
        QCOMPARE(removed.count(QStringLiteral("stakeholder_theme")), 2);
        QCOMPARE(removed.count(QStringLiteral("contact_person")), 2);
        QCOMPARE(removed.count(QStringLiteral("stakeholder_relation")), 2);
        QCOMPARE(removed.count(QStringLiteral("engagement")), 2);
        QCOMPARE(removed.count(QStringLiteral("group_member")), 1);
        QCOMPARE(removed.count(QStringLiteral("meeting_attendance")), 1);
        QCOMPARE(removed.count(QStringLiteral("group_meeting")), 0);

        QVERIFY(!repo().stakeholder(a.meta.id));
        QVERIFY(repo().contacts(a.meta.id).isEmpty());
        QCOMPARE(repo().contacts(), QList<ContactPerson>{other});
        QCOMPARE(repo().relations(), QList<StakeholderRelation>{bc});
        QVERIFY(repo().engagements().isEmpty());
        QVERIFY(!m_city->repositories().group().memberFor(a.meta.id));
        QCOMPARE(m_city->repositories().group().meeting(meeting.meta.id)->attendeeMemberIds,
                 QStringList{seatB.meta.id});

        QCOMPARE(contactRemoved.size(), 2);
        QCOMPARE(relationRemoved.size(), 2);
        QCOMPARE(engagementRemoved.size(), 2);
        QCOMPARE(stakeholderRemoved.size(), 1);
        QCOMPARE(stakeholderRemoved.at(0).at(0).toString(), a.meta.id);
        QCOMPARE(memberRemoved.size(), 1);
        QCOMPARE(memberRemoved.at(0).at(0).toString(), seatA.meta.id);
        QCOMPARE(meetingUpdated.size(), 1);

        QSignalSpy stakeholderAdded(&repo(), &StakeholderRepository::stakeholderAdded);
        QSignalSpy contactAdded(&repo(), &StakeholderRepository::contactAdded);
        QSignalSpy relationAdded(&repo(), &StakeholderRepository::relationAdded);
        QSignalSpy engagementAdded(&repo(), &StakeholderRepository::engagementAdded);
        QSignalSpy memberAdded(&m_city->repositories().group(), &GroupRepository::memberAdded);
        QVERIFY(repo().restore(removed).ok());

        QCOMPARE(repo().stakeholders(), stakeholders);
        QCOMPARE(repo().contacts(), contacts);
        // A restored relation comes back last in storage order.
        QCOMPARE(sortedById(repo().relations()), sortedById(relations));
        QCOMPARE(repo().engagements(), engagements);
        QCOMPARE(m_city->repositories().group().members(), members);
        QCOMPARE(m_city->repositories().group().meetings(), meetings);
        for (const QString& t : tables)
            QCOMPARE(m_city->rows(t), counts.value(t));

        QCOMPARE(stakeholderAdded.size(), 1);
        QCOMPARE(stakeholderAdded.at(0).at(0).value<Stakeholder>(), a);
        QCOMPARE(contactAdded.size(), 2);
        QCOMPARE(relationAdded.size(), 2);
        QCOMPARE(engagementAdded.size(), 2);
        QCOMPARE(memberAdded.size(), 1);
        QCOMPARE(memberAdded.at(0).at(0).value<GroupMember>(), seatA);
        QCOMPARE(meetingUpdated.size(), 2);
        QCOMPARE(meetingUpdated.at(1).at(0).value<GroupMeeting>(), meetings.constFirst());
    }

    void removeAndRestoreEachChild()
    {
        const Stakeholder a = added(repo(), QStringLiteral("A"));
        const Stakeholder b = added(repo(), QStringLiteral("B"));
        ContactPerson c = contactOf(a.meta.id, QStringLiteral("Person"));
        QVERIFY(repo().add(c).ok());
        StakeholderRelation r{{}, a.meta.id, b.meta.id, StakeholderRelation::Kind::Partnership,
                              3,  {}};
        QVERIFY(repo().add(r).ok());
        Engagement e;
        e.stakeholderId = b.meta.id;
        e.date = QDate(2024, 1, 2);
        QVERIFY(repo().add(e).ok());

        Result<RowSnapshot> sc = repo().remove(c);
        QVERIFY(sc.ok());
        QCOMPARE(sc.value().rows.size(), 1);
        QVERIFY(!repo().contact(c.meta.id));
        QVERIFY(repo().restore(sc.value()).ok());
        QCOMPARE(repo().contact(c.meta.id), c);

        Result<RowSnapshot> sr = repo().remove(r);
        QVERIFY(sr.ok());
        QCOMPARE(sr.value().count(QStringLiteral("stakeholder_relation")), 1);
        QVERIFY(repo().relations().isEmpty());
        QVERIFY(repo().restore(sr.value()).ok());
        QCOMPARE(repo().relation(r.meta.id), r);

        Result<RowSnapshot> se = repo().remove(e);
        QVERIFY(se.ok());
        QVERIFY(!repo().engagement(e.meta.id));
        QVERIFY(repo().restore(se.value()).ok());
        QCOMPARE(repo().engagement(e.meta.id), e);

        // Removing what is no longer there is refused, and announces nothing.
        QVERIFY(repo().remove(c).ok());
        QSignalSpy removed(&repo(), &StakeholderRepository::contactRemoved);
        QVERIFY(!repo().remove(c).ok());
        QCOMPARE(removed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStakeholderRemoval)
#include "TestStakeholderRemoval.moc"

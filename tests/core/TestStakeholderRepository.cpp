// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordChecks.h"
#include "TestCity.h"
#include "TestFiles.h"
#include "city/Repositories.h"
#include "common/TextFolding.h"
#include "common/Validation.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

// A refused write names the problem: exactly the shared message for the field, or, for the
// repository's own messages, a part of it.
#define VERIFY_ERROR(expr, expected)                                                               \
    do {                                                                                           \
        const auto refused_ = (expr);                                                              \
        QVERIFY2(!refused_.ok(), "the write was accepted");                                        \
        QCOMPARE(refused_.error().message, (expected));                                            \
    } while (false)
#define VERIFY_REFUSED(expr, fragment)                                                             \
    do {                                                                                           \
        const auto refused_ = (expr);                                                              \
        QVERIFY2(!refused_.ok(), "the write was accepted");                                        \
        QVERIFY2(refused_.error().message.contains(QLatin1String(fragment)),                       \
                 qPrintable(refused_.error().message));                                            \
    } while (false)

namespace {
// The shared messages with the field names the repositories give (no translator is loaded).
QString required(const char* field)
{
    return Validation::required(QString(), QLatin1String(field))->message;
}
QString outOfRange(const char* field)
{
    return Validation::inRange(0, 1, 5, QLatin1String(field))->message;
}
QString unknown(const char* field)
{
    return Validation::unknownReference(QLatin1String(field)).message;
}
QString duplicate(const QString& value, const char* field)
{
    return Validation::duplicate(value, QLatin1String(field)).message;
}
QString followUpBefore()
{
    return Validation::order(QDate(2024, 1, 2), QDate(2024, 1, 1), QStringLiteral("The date"),
                             QStringLiteral("The follow-up date"))
        ->message;
}
} // namespace

// The actor map's repository: every record kind survives the file unchanged, removal and undo
// give back exactly what was there, and every rule refuses bad input before a byte is written.
class TestStakeholderRepository : public QObject
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

    QStringList themeIds() const
    {
        QStringList ids;
        for (const Theme& t : m_city->repositories().themes().themes())
            ids << t.meta.id;
        return ids;
    }

    StakeholderRepository& repo() { return m_city->repositories().stakeholders(); }

    static Stakeholder full(const QString& name)
    {
        Stakeholder s;
        s.name = name;
        s.kind = Stakeholder::Kind::MigrantAssociation;
        s.level = Stakeholder::Level::Regional;
        s.influence = 2;
        s.interest = 5;
        s.stance = Stakeholder::Stance::Champion;
        s.website = QStringLiteral("https://example.org/asso");
        s.notes = QStringLiteral("Meets on Tuesdays; the president prefers calls.");
        s.notesPrivate = true;
        s.networkX = 12.5;
        s.networkY = -3.25;
        return s;
    }

    Stakeholder added(const QString& name)
    {
        Stakeholder s;
        s.name = name;
        const Result<void> r = repo().add(s);
        if (!r.ok())
            qWarning("%s", qPrintable(r.error().message));
        return s;
    }

    ContactPerson contactOf(const QString& stakeholderId, const QString& name)
    {
        ContactPerson c;
        c.stakeholderId = stakeholderId;
        c.name = name;
        c.role = QStringLiteral("Coordinator");
        c.email = QStringLiteral("amina@example.org");
        c.phone = QStringLiteral("+30 (210) 555-01.23");
        c.preferredLanguage = QStringLiteral("fr");
        c.consentToContact = true;
        return c;
    }

    template <typename T> static QList<T> sortedById(QList<T> records)
    {
        std::sort(records.begin(), records.end(),
                  [](const T& a, const T& b) { return a.meta.id < b.meta.id; });
        return records;
    }

    std::unique_ptr<TestCity> m_city;

private slots:
    void init() { m_city = TestCity::create(QStringLiteral("Livadia")); }

    void cleanup() { m_city.reset(); }

    void enumerationsRoundTripAsText()
    {
        for (Stakeholder::Kind k : Stakeholder::allKinds()) {
            QCOMPARE(Stakeholder::kindFromText(Stakeholder::toText(k)), k);
            QVERIFY(!Stakeholder::label(k).isEmpty());
        }
        QCOMPARE(Stakeholder::allKinds().size(), 9);
        QCOMPARE(Stakeholder::toText(Stakeholder::Kind::Ngo), QStringLiteral("ngo"));
        for (Stakeholder::Level l : Stakeholder::allLevels())
            QCOMPARE(Stakeholder::levelFromText(Stakeholder::toText(l)), l);
        for (Stakeholder::Stance s : Stakeholder::allStances())
            QCOMPARE(Stakeholder::stanceFromText(Stakeholder::toText(s)), s);
        for (StakeholderRelation::Kind k : StakeholderRelation::allKinds())
            QCOMPARE(StakeholderRelation::kindFromText(StakeholderRelation::toText(k)), k);
        for (Engagement::Kind k : Engagement::allKinds())
            QCOMPARE(Engagement::kindFromText(Engagement::toText(k)), k);
        QVERIFY(!Stakeholder::kindFromText(QStringLiteral("bank")));
        QVERIFY(!StakeholderRelation::kindFromText(QString()));
        QCOMPARE(Engagement::label(Engagement::Kind::Call), QStringLiteral("Phone call"));
    }

    void stakeholderRoundTrip()
    {
        const QStringList themes = themeIds();
        Stakeholder s = full(QStringLiteral("  Association des Femmes Migrantes "));
        s.themeIds = {themes.at(3), themes.at(1), themes.at(3)};
        QVERIFY(repo().add(s).ok());

        verifyNewMeta(s.meta, m_city->file().cityId());
        QCOMPARE(s.name, QStringLiteral("Association des Femmes Migrantes"));
        QStringList expectedThemes = {themes.at(1), themes.at(3)};
        std::sort(expectedThemes.begin(), expectedThemes.end());
        QCOMPARE(s.themeIds, expectedThemes);
        QCOMPARE(rows(QStringLiteral("stakeholder_theme")), 2);

        QCOMPARE(repo().stakeholder(s.meta.id), s);
        QCOMPARE(repo().stakeholders(), QList<Stakeholder>{s});
        QCOMPARE(repo().count(), 1);
        QCOMPARE(repo().byNameKey(QStringLiteral("ASSOCIATION des  femmes migrantes")), s);
        QVERIFY(!repo().byNameKey(QStringLiteral("Another one")));

        QSqlQuery q(m_city->file().database());
        q.prepare(QStringLiteral("SELECT name_key FROM stakeholder WHERE id = ?"));
        q.addBindValue(s.meta.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), TextFolding::fold(s.name));

        // Empty optional values survive as empty.
        Stakeholder bare;
        bare.name = QStringLiteral("Bare");
        QVERIFY(repo().add(bare).ok());
        QCOMPARE(repo().stakeholder(bare.meta.id), bare);
        QVERIFY(!repo().stakeholder(bare.meta.id)->networkX);
        QCOMPARE(repo().stakeholders().size(), 2);
        QCOMPARE(repo().stakeholders().constFirst().name,
                 QStringLiteral("Association des Femmes Migrantes"));
    }

    void stakeholderUpdate()
    {
        const QStringList themes = themeIds();
        Stakeholder s = full(QStringLiteral("Caritas"));
        s.themeIds = {themes.at(0), themes.at(1)};
        QVERIFY(repo().add(s).ok());
        const RecordMeta before = s.meta;

        QSqlQuery q(m_city->file().database());
        q.prepare(QStringLiteral("SELECT id FROM stakeholder_theme WHERE theme_id = ?"));
        q.addBindValue(themes.at(1));
        QVERIFY(q.exec() && q.next());
        const QString keptRow = q.value(0).toString();
        q.finish();

        QThread::msleep(5);
        s.name = QStringLiteral("Caritas Hellas");
        s.kind = Stakeholder::Kind::Religious;
        s.level = Stakeholder::Level::National;
        s.influence = 5;
        s.interest = 1;
        s.stance = Stakeholder::Stance::Sceptical;
        s.website.clear();
        s.notes = QStringLiteral("New director since March.");
        s.notesPrivate = false;
        s.networkX.reset();
        s.networkY = 7.0;
        s.themeIds = {themes.at(1), themes.at(2)};
        QVERIFY(repo().update(s).ok());

        QCOMPARE(s.meta.id, before.id);
        QCOMPARE(s.meta.createdAt, before.createdAt);
        QVERIFY(s.meta.updatedAt > before.updatedAt);
        QCOMPARE(repo().stakeholder(s.meta.id), s);
        QCOMPARE(repo().byNameKey(QStringLiteral("caritas hellas")), s);
        QVERIFY(!repo().byNameKey(QStringLiteral("Caritas")));
        QCOMPARE(rows(QStringLiteral("stakeholder_theme")), 2);
        // The theme that stayed kept its row (and its identity for merges).
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), keptRow);

        s.themeIds.clear();
        QVERIFY(repo().update(s).ok());
        QCOMPARE(rows(QStringLiteral("stakeholder_theme")), 0);
        QCOMPARE(repo().stakeholder(s.meta.id), s);
    }

    void contactRoundTripAndUpdate()
    {
        const Stakeholder owner = added(QStringLiteral("Red Cross"));
        const Stakeholder other = added(QStringLiteral("UNHCR"));
        ContactPerson c = contactOf(owner.meta.id, QStringLiteral(" Amina Haddad "));
        c.email = QStringLiteral(" amina@example.org ");
        QVERIFY(repo().add(c).ok());
        verifyNewMeta(c.meta, m_city->file().cityId());
        QCOMPARE(c.name, QStringLiteral("Amina Haddad"));
        QCOMPARE(c.email, QStringLiteral("amina@example.org"));
        QCOMPARE(repo().contact(c.meta.id), c);
        QCOMPARE(repo().contacts(), QList<ContactPerson>{c});
        QCOMPARE(repo().contacts(owner.meta.id), QList<ContactPerson>{c});
        QVERIFY(repo().contacts(other.meta.id).isEmpty());

        QThread::msleep(5);
        c.stakeholderId = other.meta.id;
        c.name = QStringLiteral("Amina H.");
        c.role.clear();
        c.email.clear();
        c.phone = QStringLiteral("0044 20 7946 0000");
        c.preferredLanguage = QStringLiteral("ar");
        c.consentToContact = false;
        const QDateTime created = c.meta.createdAt;
        QVERIFY(repo().update(c).ok());
        QCOMPARE(c.meta.createdAt, created);
        QVERIFY(c.meta.updatedAt > created);
        QCOMPARE(repo().contact(c.meta.id), c);
        QCOMPARE(repo().contacts(other.meta.id), QList<ContactPerson>{c});
    }

    void relationRoundTripAndUpdate()
    {
        const Stakeholder a = added(QStringLiteral("City Hall"));
        const Stakeholder b = added(QStringLiteral("Employment office"));
        const Stakeholder c = added(QStringLiteral("Chamber of commerce"));
        StakeholderRelation r;
        r.fromId = a.meta.id;
        r.toId = b.meta.id;
        r.kind = StakeholderRelation::Kind::Funding;
        r.strength = 4;
        r.notes = QStringLiteral("Yearly grant");
        QVERIFY(repo().add(r).ok());
        verifyNewMeta(r.meta, m_city->file().cityId());
        QCOMPARE(repo().relation(r.meta.id), r);
        QCOMPARE(repo().relations(), QList<StakeholderRelation>{r});
        QCOMPARE(repo().relations(b.meta.id), QList<StakeholderRelation>{r});
        QVERIFY(repo().relations(c.meta.id).isEmpty());

        QThread::msleep(5);
        r.toId = c.meta.id;
        r.kind = StakeholderRelation::Kind::Tension;
        r.strength = 1;
        r.notes.clear();
        QVERIFY(repo().update(r).ok());
        QVERIFY(r.meta.updatedAt > r.meta.createdAt);
        QCOMPARE(repo().relation(r.meta.id), r);
        QCOMPARE(repo().relations(c.meta.id), QList<StakeholderRelation>{r});
        QVERIFY(repo().relations(b.meta.id).isEmpty());
    }

    void engagementRoundTripAndUpdate()
    {
        const Stakeholder s = added(QStringLiteral("Mosque association"));
        Engagement e;
        e.stakeholderId = s.meta.id;
        e.date = QDate(2024, 3, 12);
        e.kind = Engagement::Kind::Consultation;
        e.summary = QStringLiteral("Consulted on the reception desk opening hours.");
        e.followUpDate = QDate(2024, 4, 1);
        e.followUpDone = false;
        QVERIFY(repo().add(e).ok());
        verifyNewMeta(e.meta, m_city->file().cityId());
        QVERIFY(e.followUpPending());
        QCOMPARE(repo().engagement(e.meta.id), e);
        QCOMPARE(repo().engagements(), QList<Engagement>{e});
        QCOMPARE(repo().engagements(s.meta.id), QList<Engagement>{e});

        Engagement earlier;
        earlier.stakeholderId = s.meta.id;
        earlier.date = QDate(2023, 12, 1);
        earlier.kind = Engagement::Kind::Email;
        QVERIFY(repo().add(earlier).ok());
        QCOMPARE(repo().engagements(s.meta.id), (QList<Engagement>{earlier, e}));
        QVERIFY(!repo().engagement(earlier.meta.id)->followUpDate.isValid());

        QThread::msleep(5);
        e.kind = Engagement::Kind::Event;
        e.date = QDate(2024, 3, 13);
        e.summary = QStringLiteral("Open day");
        e.followUpDate = QDate(2024, 3, 13);
        e.followUpDone = true;
        QVERIFY(repo().update(e).ok());
        QVERIFY(!e.followUpPending());
        QVERIFY(e.meta.updatedAt > e.meta.createdAt);
        QCOMPARE(repo().engagement(e.meta.id), e);
        e.followUpDate = QDate();
        QVERIFY(repo().update(e).ok());
        QCOMPARE(repo().engagement(e.meta.id), e);
    }

    void tableReadingsMatchTheRecords()
    {
        const QStringList themes = themeIds();
        Stakeholder a = full(QStringLiteral("Zeta association"));
        a.themeIds = {themes.at(2), themes.at(0)};
        QVERIFY(repo().add(a).ok());
        const Stakeholder b = added(QStringLiteral("Alpha network"));
        ContactPerson c = contactOf(a.meta.id, QStringLiteral("Amina"));
        QVERIFY(repo().add(c).ok());

        // The summaries: the stakeholders() order and the shown fields, nothing else.
        const QList<Stakeholder> summaries = repo().stakeholderSummaries();
        QCOMPARE(summaries.size(), 2);
        QCOMPARE(summaries.at(0).meta.id, b.meta.id);
        const Stakeholder& sa = summaries.at(1);
        QCOMPARE(sa.meta.id, a.meta.id);
        QCOMPARE(sa.name, a.name);
        QCOMPARE(sa.kind, a.kind);
        QCOMPARE(sa.level, a.level);
        QCOMPARE(sa.influence, a.influence);
        QCOMPARE(sa.interest, a.interest);
        QCOMPARE(sa.stance, a.stance);
        QCOMPARE(sa.notes, a.notes);
        QVERIFY(sa.themeIds.isEmpty());
        // In pages: the first, then those after a name, folded ("ALPHA Network" is Alpha's).
        const Stakeholder m = added(QStringLiteral("Médiation sociale"));
        QCOMPARE(repo().stakeholderSummaries(1).size(), 1);
        QCOMPARE(repo().stakeholderSummaries(1).at(0).meta.id, b.meta.id);
        const QList<Stakeholder> after =
            repo().stakeholderSummaries(-1, QStringLiteral("ALPHA Network"));
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.at(0).meta.id, m.meta.id);
        QCOMPARE(after.at(1).meta.id, a.meta.id);
        QCOMPARE(repo().stakeholderSummaries(1, QStringLiteral("Mediation")).at(0).meta.id,
                 m.meta.id);
        QVERIFY(repo().stakeholderSummaries(-1, QStringLiteral("Zz")).isEmpty());
        QVERIFY(repo().remove(m).ok());
        QCOMPARE(repo().themeIdsByStakeholder().value(a.meta.id), a.themeIds);
        QVERIFY(!repo().themeIdsByStakeholder().contains(b.meta.id));

        const QList<StakeholderRepository::ContactText> texts = repo().contactTexts();
        QCOMPARE(texts.size(), 1);
        QCOMPARE(texts.at(0).id, c.meta.id);
        QCOMPARE(texts.at(0).stakeholderId, a.meta.id);
        QCOMPARE(texts.at(0).name, c.name);
        QCOMPARE(texts.at(0).email, c.email);

        // Last contact: the latest date; overdue only for a pending follow-up before today.
        const QDate today(2024, 6, 15);
        QVERIFY(repo().lastContacts(today).isEmpty());
        Engagement owed;
        owed.stakeholderId = a.meta.id;
        owed.date = QDate(2024, 5, 1);
        owed.followUpDate = QDate(2024, 6, 14);
        QVERIFY(repo().add(owed).ok());
        Engagement later;
        later.stakeholderId = a.meta.id;
        later.date = QDate(2024, 6, 1);
        QVERIFY(repo().add(later).ok());
        QHash<QString, StakeholderRepository::LastContact> last = repo().lastContacts(today);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.value(a.meta.id).date, QDate(2024, 6, 1));
        QVERIFY(last.value(a.meta.id).overdueFollowUp);
        QVERIFY(!repo().lastContacts(QDate(2024, 6, 14)).value(a.meta.id).overdueFollowUp);
        owed.followUpDone = true;
        QVERIFY(repo().update(owed).ok());
        QVERIFY(!repo().lastContacts(today).value(a.meta.id).overdueFollowUp);
    }

    void removeAndRestoreTakesEverythingBack()
    {
        const QStringList themes = themeIds();
        Stakeholder a = full(QStringLiteral("Solidarity Now"));
        a.themeIds = {themes.at(0), themes.at(5)};
        QVERIFY(repo().add(a).ok());
        const Stakeholder b = added(QStringLiteral("Municipal health centre"));
        const Stakeholder c = added(QStringLiteral("University of Patras"));
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
            counts[t] = rows(t);

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
            QCOMPARE(rows(t), counts.value(t));

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
        const Stakeholder a = added(QStringLiteral("A"));
        const Stakeholder b = added(QStringLiteral("B"));
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

    void stakeholderValidation()
    {
        QSignalSpy addedSpy(&repo(), &StakeholderRepository::stakeholderAdded);
        Stakeholder s;
        s.name = QStringLiteral("   ");
        VERIFY_ERROR(repo().add(s), required("The stakeholder's name"));
        s.name = QStringLiteral("Valid");
        for (int bad : {0, 6, -1}) {
            Stakeholder t = s;
            t.influence = bad;
            VERIFY_ERROR(repo().add(t), outOfRange("The influence"));
            t = s;
            t.interest = bad;
            VERIFY_ERROR(repo().add(t), outOfRange("The interest"));
        }
        s.themeIds = {QStringLiteral("00000000-0000-0000-0000-000000000000")};
        VERIFY_ERROR(repo().add(s), unknown("A theme of the stakeholder"));
        QVERIFY(s.meta.isNew());
        QCOMPARE(s.name, QStringLiteral("Valid"));
        QCOMPARE(repo().count(), 0);
        QCOMPARE(rows(QStringLiteral("stakeholder_theme")), 0);
        QCOMPARE(addedSpy.size(), 0);

        s.themeIds.clear();
        s.influence = 1;
        s.interest = 5;
        QVERIFY(repo().add(s).ok());
        QCOMPARE(addedSpy.size(), 1);

        // Invalid edits change nothing either.
        Stakeholder edit = s;
        edit.name.clear();
        VERIFY_ERROR(repo().update(edit), required("The stakeholder's name"));
        edit = s;
        edit.interest = 9;
        VERIFY_ERROR(repo().update(edit), outOfRange("The interest"));
        QCOMPARE(repo().stakeholder(s.meta.id), s);

        // An edit of a record deleted meanwhile is refused.
        Stakeholder ghost = s;
        ghost.meta.id = QStringLiteral("11111111-1111-1111-1111-111111111111");
        ghost.name = QStringLiteral("Ghost");
        QVERIFY(!repo().update(ghost).ok());
        QVERIFY(!repo().byNameKey(QStringLiteral("Ghost")));
    }

    void duplicateNameAfterFolding()
    {
        const Stakeholder first = added(QStringLiteral("Société Générale"));
        QVERIFY(!first.meta.isNew());

        Stakeholder copy;
        copy.name = QStringLiteral("societe  generale");
        VERIFY_ERROR(repo().add(copy),
                     duplicate(QStringLiteral("societe  generale"), "Stakeholder"));
        QCOMPARE(repo().count(), 1);

        Stakeholder other = added(QStringLiteral("Banque Populaire"));
        other.name = QStringLiteral(" SOCIÉTÉ GÉNÉRALE ");
        VERIFY_ERROR(repo().update(other),
                     duplicate(QStringLiteral("SOCIÉTÉ GÉNÉRALE"), "Stakeholder"));
        QCOMPARE(repo().stakeholder(other.meta.id)->name, QStringLiteral("Banque Populaire"));

        // Renaming a stakeholder to a spelling of its own name is no duplicate.
        Stakeholder same = first;
        same.name = QStringLiteral("Societe Generale");
        QVERIFY(repo().update(same).ok());
        QCOMPARE(repo().byNameKey(QStringLiteral("société générale"))->name,
                 QStringLiteral("Societe Generale"));
    }

    void contactShapes()
    {
        QVERIFY(ContactPerson::looksLikeEmail(QStringLiteral("a.b@city.example.org")));
        QVERIFY(ContactPerson::looksLikeEmail(QStringLiteral("x@y.gr")));
        for (const char* bad :
             {"amina", "amina@", "@city.org", "amina@city", "a@@city.org", "a@b@city.org",
              "amina@city.", "amina@.org", "ami na@city.org", "amina.city.org"})
            QVERIFY2(!ContactPerson::looksLikeEmail(QLatin1String(bad)), bad);
        QVERIFY(ContactPerson::looksLikePhone(QStringLiteral("+33 (0)1 23-45.67")));
        QVERIFY(ContactPerson::looksLikePhone(QStringLiteral("210555")));
        for (const char* bad : {"12345", "+30 210 555 O1 23", "call me", "210/555/0123", "+-() ."})
            QVERIFY2(!ContactPerson::looksLikePhone(QLatin1String(bad)), bad);
    }

    void contactValidation()
    {
        const Stakeholder owner = added(QStringLiteral("Red Cross"));
        QSignalSpy addedSpy(&repo(), &StakeholderRepository::contactAdded);
        ContactPerson c = contactOf(owner.meta.id, QStringLiteral(" "));
        VERIFY_ERROR(repo().add(c), required("The contact person's name"));
        c.name = QStringLiteral("Amina");
        c.stakeholderId.clear();
        VERIFY_ERROR(repo().add(c), unknown("The contact person's stakeholder"));
        c.stakeholderId = QStringLiteral("22222222-2222-2222-2222-222222222222");
        VERIFY_ERROR(repo().add(c), unknown("The contact person's stakeholder"));
        c.stakeholderId = owner.meta.id;
        c.email = QStringLiteral("amina@city");
        VERIFY_REFUSED(repo().add(c), "e-mail address");
        c.email = QStringLiteral("amina@city.org");
        c.phone = QStringLiteral("12 34");
        VERIFY_REFUSED(repo().add(c), "phone number");
        c.phone = QStringLiteral("phone: 210 555 0123");
        VERIFY_REFUSED(repo().add(c), "phone number");
        QCOMPARE(rows(QStringLiteral("contact_person")), 0);
        QCOMPARE(addedSpy.size(), 0);

        // Both are optional.
        c.email.clear();
        c.phone.clear();
        QVERIFY(repo().add(c).ok());
        c.email = QStringLiteral("no-at-sign");
        VERIFY_REFUSED(repo().update(c), "e-mail address");
        QVERIFY(repo().contact(c.meta.id)->email.isEmpty());
    }

    void relationValidation()
    {
        const Stakeholder a = added(QStringLiteral("A"));
        const Stakeholder b = added(QStringLiteral("B"));
        const QString unknownId = QStringLiteral("33333333-3333-3333-3333-333333333333");
        StakeholderRelation r{{}, a.meta.id, a.meta.id, StakeholderRelation::Kind::Funding, 3, {}};
        VERIFY_REFUSED(repo().add(r), "two different stakeholders");
        r.toId = unknownId;
        VERIFY_ERROR(repo().add(r), unknown("The relation's second stakeholder"));
        r.fromId = unknownId;
        r.toId = b.meta.id;
        VERIFY_ERROR(repo().add(r), unknown("The relation's first stakeholder"));
        r.fromId.clear();
        VERIFY_ERROR(repo().add(r), unknown("The relation's first stakeholder"));
        r.fromId = a.meta.id;
        for (int bad : {0, 6}) {
            r.strength = bad;
            VERIFY_ERROR(repo().add(r), outOfRange("The strength of the relation"));
        }
        QCOMPARE(rows(QStringLiteral("stakeholder_relation")), 0);

        r.strength = 5;
        QVERIFY(repo().add(r).ok());
        StakeholderRelation twice = r;
        twice.meta = {};
        VERIFY_ERROR(repo().add(twice), duplicate(QStringLiteral("Funding"),
                                                  "The relation between these two stakeholders"));
        // Another kind of tie between the same two, or the other way round, is a new relation.
        twice.kind = StakeholderRelation::Kind::Tension;
        QVERIFY(repo().add(twice).ok());
        StakeholderRelation back{{}, b.meta.id, a.meta.id, StakeholderRelation::Kind::Funding,
                                 2,  {}};
        QVERIFY(repo().add(back).ok());
        // Editing a relation into a copy of another is refused; editing it in place is not.
        twice.kind = StakeholderRelation::Kind::Funding;
        VERIFY_ERROR(
            repo().update(twice),
            duplicate(QStringLiteral("Funding"), "The relation between these two stakeholders"));
        r.notes = QStringLiteral("Renewed");
        QVERIFY(repo().update(r).ok());
        r.toId = r.fromId;
        VERIFY_REFUSED(repo().update(r), "two different stakeholders");
        QCOMPARE(rows(QStringLiteral("stakeholder_relation")), 3);
    }

    void engagementValidation()
    {
        const Stakeholder s = added(QStringLiteral("A"));
        Engagement e;
        e.stakeholderId = s.meta.id;
        VERIFY_ERROR(repo().add(e), required("The date"));
        e.date = QDate(2024, 5, 10);
        e.followUpDate = QDate(2024, 5, 9);
        VERIFY_ERROR(repo().add(e), followUpBefore());
        e.followUpDate = QDate(2024, 5, 10);
        e.stakeholderId = QStringLiteral("44444444-4444-4444-4444-444444444444");
        VERIFY_ERROR(repo().add(e), unknown("The engagement's stakeholder"));
        QCOMPARE(rows(QStringLiteral("engagement")), 0);
        e.stakeholderId = s.meta.id;
        QVERIFY(repo().add(e).ok());
        e.date = QDate(2024, 6, 1);
        VERIFY_ERROR(repo().update(e), followUpBefore());
        QCOMPARE(repo().engagement(e.meta.id)->date, QDate(2024, 5, 10));
    }

    void signalsCarryTheStoredRecord()
    {
        QSignalSpy sAdded(&repo(), &StakeholderRepository::stakeholderAdded);
        QSignalSpy sUpdated(&repo(), &StakeholderRepository::stakeholderUpdated);
        QSignalSpy sRemoved(&repo(), &StakeholderRepository::stakeholderRemoved);
        Stakeholder s = full(QStringLiteral(" Signal "));
        QVERIFY(repo().add(s).ok());
        QCOMPARE(sAdded.size(), 1);
        QCOMPARE(sAdded.at(0).at(0).value<Stakeholder>(), s);
        s.influence = 4;
        QVERIFY(repo().update(s).ok());
        QCOMPARE(sUpdated.size(), 1);
        QCOMPARE(sUpdated.at(0).at(0).value<Stakeholder>(), s);
        const Stakeholder t = added(QStringLiteral("Other"));

        QSignalSpy cAdded(&repo(), &StakeholderRepository::contactAdded);
        QSignalSpy cUpdated(&repo(), &StakeholderRepository::contactUpdated);
        QSignalSpy cRemoved(&repo(), &StakeholderRepository::contactRemoved);
        ContactPerson c = contactOf(s.meta.id, QStringLiteral("C"));
        QVERIFY(repo().add(c).ok());
        c.role = QStringLiteral("Director");
        QVERIFY(repo().update(c).ok());
        QVERIFY(repo().remove(c).ok());
        QCOMPARE(cAdded.size(), 1);
        QCOMPARE(cAdded.at(0).at(0).value<ContactPerson>().meta.id, c.meta.id);
        QCOMPARE(cUpdated.at(0).at(0).value<ContactPerson>(), c);
        QCOMPARE(cRemoved.at(0).at(0).toString(), c.meta.id);

        QSignalSpy rAdded(&repo(), &StakeholderRepository::relationAdded);
        QSignalSpy rUpdated(&repo(), &StakeholderRepository::relationUpdated);
        QSignalSpy rRemoved(&repo(), &StakeholderRepository::relationRemoved);
        StakeholderRelation r{{}, s.meta.id, t.meta.id, StakeholderRelation::Kind::Referral, 2, {}};
        QVERIFY(repo().add(r).ok());
        r.strength = 3;
        QVERIFY(repo().update(r).ok());
        Result<RowSnapshot> rs = repo().remove(r);
        QVERIFY(rs.ok());
        QVERIFY(repo().restore(rs.value()).ok());
        QCOMPARE(rAdded.size(), 2);
        QCOMPARE(rAdded.at(1).at(0).value<StakeholderRelation>(), r);
        QCOMPARE(rUpdated.at(0).at(0).value<StakeholderRelation>(), r);
        QCOMPARE(rRemoved.at(0).at(0).toString(), r.meta.id);

        QSignalSpy eAdded(&repo(), &StakeholderRepository::engagementAdded);
        QSignalSpy eUpdated(&repo(), &StakeholderRepository::engagementUpdated);
        QSignalSpy eRemoved(&repo(), &StakeholderRepository::engagementRemoved);
        Engagement e;
        e.stakeholderId = t.meta.id;
        e.date = QDate(2024, 2, 2);
        QVERIFY(repo().add(e).ok());
        e.summary = QStringLiteral("Call back");
        QVERIFY(repo().update(e).ok());
        QVERIFY(repo().remove(e).ok());
        QCOMPARE(eAdded.at(0).at(0).value<Engagement>().meta.id, e.meta.id);
        QCOMPARE(eUpdated.at(0).at(0).value<Engagement>(), e);
        QCOMPARE(eRemoved.at(0).at(0).toString(), e.meta.id);

        QVERIFY(repo().remove(t).ok());
        QCOMPARE(sRemoved.size(), 1);
        QCOMPARE(sRemoved.at(0).at(0).toString(), t.meta.id);
    }

    void readOnlyFileRefusesEveryWrite()
    {
        const QString path = m_city->file().path();
        Stakeholder s = full(QStringLiteral("Kept"));
        s.themeIds = {themeIds().constFirst()};
        QVERIFY(repo().add(s).ok());
        const Stakeholder t = added(QStringLiteral("Kept too"));
        ContactPerson c = contactOf(s.meta.id, QStringLiteral("C"));
        QVERIFY(repo().add(c).ok());
        StakeholderRelation r{{}, s.meta.id, t.meta.id, StakeholderRelation::Kind::Funding, 2, {}};
        QVERIFY(repo().add(r).ok());
        Engagement e;
        e.stakeholderId = s.meta.id;
        e.date = QDate(2024, 1, 1);
        QVERIFY(repo().add(e).ok());
        // An undo snapshot taken while the file was writable.
        Engagement gone = e;
        gone.meta = {};
        gone.date = QDate(2024, 1, 2);
        QVERIFY(repo().add(gone).ok());
        Result<RowSnapshot> snap = repo().remove(gone);
        QVERIFY(snap.ok());
        m_city->close();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
        const QByteArray before = TestFiles::hash(path);
        {
            CityFile::OpenResult opened = CityFile::open(path);
            QVERIFY(opened.ok());
            QVERIFY(opened.value()->isReadOnly());
            Repositories repos(*opened.value());
            StakeholderRepository& ro = repos.stakeholders();
            QSignalSpy anyAdded(&ro, &StakeholderRepository::stakeholderAdded);
            QSignalSpy anyUpdated(&ro, &StakeholderRepository::stakeholderUpdated);
            QSignalSpy anyRemoved(&ro, &StakeholderRepository::stakeholderRemoved);
            QSignalSpy contactRemoved(&ro, &StakeholderRepository::contactRemoved);

            QCOMPARE(ro.stakeholder(s.meta.id), s);
            Stakeholder n;
            n.name = QStringLiteral("New");
            QVERIFY(!ro.add(n).ok());
            QVERIFY(n.meta.isNew());
            Stakeholder edited = s;
            edited.name = QStringLiteral("Renamed");
            edited.themeIds.clear();
            QVERIFY(!ro.update(edited).ok());
            QVERIFY(!ro.remove(s).ok());

            ContactPerson nc = contactOf(s.meta.id, QStringLiteral("New"));
            QVERIFY(!ro.add(nc).ok());
            ContactPerson ec = c;
            ec.name = QStringLiteral("Changed");
            QVERIFY(!ro.update(ec).ok());
            QVERIFY(!ro.remove(c).ok());

            StakeholderRelation nr = r;
            nr.meta = {};
            nr.kind = StakeholderRelation::Kind::Tension;
            QVERIFY(!ro.add(nr).ok());
            StakeholderRelation er = r;
            er.strength = 5;
            QVERIFY(!ro.update(er).ok());
            QVERIFY(!ro.remove(r).ok());

            Engagement ne = e;
            ne.meta = {};
            QVERIFY(!ro.add(ne).ok());
            Engagement ee = e;
            ee.summary = QStringLiteral("Changed");
            QVERIFY(!ro.update(ee).ok());
            QVERIFY(!ro.remove(e).ok());
            QVERIFY(!ro.restore(snap.value()).ok());

            QCOMPARE(
                anyAdded.size() + anyUpdated.size() + anyRemoved.size() + contactRemoved.size(), 0);
            QCOMPARE(ro.stakeholders().size(), 2);
            QCOMPARE(ro.contact(c.meta.id), c);
        }
        QCOMPARE(TestFiles::hash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestStakeholderRepository)
#include "TestStakeholderRepository.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordChecks.h"
#include "StakeholderRecords.h"
#include "TestCity.h"
#include "city/Repositories.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/CityFile.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace StakeholderRecords;

// What hangs on a stakeholder in the actor map's repository: contact persons, relations and
// engagements survive the file unchanged and are refused, before a byte is written, when a rule
// says no.
class TestStakeholderChildren : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;

    StakeholderRepository& repo() { return m_city->repositories().stakeholders(); }

private slots:
    void init() { m_city = TestCity::create(QStringLiteral("Livadia")); }

    void cleanup() { m_city.reset(); }

    void contactRoundTripAndUpdate()
    {
        const Stakeholder owner = added(repo(), QStringLiteral("Red Cross"));
        const Stakeholder other = added(repo(), QStringLiteral("UNHCR"));
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
        const Stakeholder a = added(repo(), QStringLiteral("City Hall"));
        const Stakeholder b = added(repo(), QStringLiteral("Employment office"));
        const Stakeholder c = added(repo(), QStringLiteral("Chamber of commerce"));
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
        const Stakeholder s = added(repo(), QStringLiteral("Mosque association"));
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
        const Stakeholder owner = added(repo(), QStringLiteral("Red Cross"));
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
        QCOMPARE(m_city->rows(QStringLiteral("contact_person")), 0);
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
        const Stakeholder a = added(repo(), QStringLiteral("A"));
        const Stakeholder b = added(repo(), QStringLiteral("B"));
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
        QCOMPARE(m_city->rows(QStringLiteral("stakeholder_relation")), 0);

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
        QCOMPARE(m_city->rows(QStringLiteral("stakeholder_relation")), 3);
    }

    void engagementValidation()
    {
        const Stakeholder s = added(repo(), QStringLiteral("A"));
        Engagement e;
        e.stakeholderId = s.meta.id;
        VERIFY_ERROR(repo().add(e), required("The date"));
        e.date = QDate(2024, 5, 10);
        e.followUpDate = QDate(2024, 5, 9);
        VERIFY_ERROR(repo().add(e), followUpBefore());
        e.followUpDate = QDate(2024, 5, 10);
        e.stakeholderId = QStringLiteral("44444444-4444-4444-4444-444444444444");
        VERIFY_ERROR(repo().add(e), unknown("The engagement's stakeholder"));
        QCOMPARE(m_city->rows(QStringLiteral("engagement")), 0);
        e.stakeholderId = s.meta.id;
        QVERIFY(repo().add(e).ok());
        e.date = QDate(2024, 6, 1);
        VERIFY_ERROR(repo().update(e), followUpBefore());
        QCOMPARE(repo().engagement(e.meta.id)->date, QDate(2024, 5, 10));
    }
};

QTEST_GUILESS_MAIN(TestStakeholderChildren)
#include "TestStakeholderChildren.moc"

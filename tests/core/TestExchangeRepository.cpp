// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordChecks.h"
#include "TestCity.h"
#include "city/Repositories.h"
#include "exchange/ExchangeRepository.h"
#include "storage/CityFile.h"
#include "themes/ThemeRepository.h"

#include <QMetaMethod>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

// Checks a core call succeeded, showing its message when it did not.
#define VERIFY_OK(call)                                                                            \
    do {                                                                                           \
        const auto result_ = (call);                                                               \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().message));    \
    } while (false)

// Twinning and exchange: every field survives the file, a removed partner leaves its exchanges
// and practices in place and undo gives it back to them, bad records are refused.
class TestExchangeRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    PartnerCity m_partner;
    Exchange m_exchange;
    GoodPractice m_practice;

    ExchangeRepository& repo() { return m_city->repositories().exchange(); }

    int count(const QString& table)
    {
        QSqlQuery q(m_city->file().database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    QList<int> counts()
    {
        return {count(QStringLiteral("partner_city")), count(QStringLiteral("exchange")),
                count(QStringLiteral("good_practice"))};
    }

    QString themeId() { return m_city->repositories().themes().themes().first().meta.id; }

    void verifyMeta(const RecordMeta& meta) { verifyNewMeta(meta, m_city->file().cityId()); }

    template <typename T> void verifyRefused(T record, const QString& expected)
    {
        verifyRefusedWrite(repo(), record, expected, [this] { return counts(); });
    }

private slots:
    void init()
    {
        m_city = TestCity::create(QStringLiteral("Livadia"));

        m_partner = {};
        m_partner.name = QStringLiteral("Lampedusa");
        m_partner.country = QStringLiteral("IT");
        m_partner.role = PartnerCity::Role::Mentor;
        m_partner.partnerCityUuid = QStringLiteral("{1B4E28BA-2FA1-11D2-883F-0016D3CCA427}");
        m_partner.since = QDate(2022, 10, 3);
        m_partner.until = QDate(2025, 12, 31);
        m_partner.notes = QStringLiteral("IncluCities pairing");
        m_partner.contactName = QStringLiteral("Giulia Rossi");
        m_partner.contactEmail = QStringLiteral("g.rossi@lampedusa.example");
        m_partner.contactPhone = QStringLiteral("+39 0922 970 000");
        VERIFY_OK(repo().add(m_partner));
        m_exchange = {};
        m_exchange.partnerId = m_partner.meta.id;
        m_exchange.kind = Exchange::Kind::PeerLearning;
        m_exchange.title = QStringLiteral("Welcome desks");
        m_exchange.startDate = QDate(2023, 4, 11);
        m_exchange.endDate = QDate(2023, 4, 13);
        m_exchange.place = QStringLiteral("Lampedusa");
        m_exchange.themeId = themeId();
        m_exchange.participants = QStringLiteral("A. Rossi, K. Nikolaou");
        m_exchange.lessons = QStringLiteral("One desk, many services");
        VERIFY_OK(repo().add(m_exchange));
        m_practice = {};
        m_practice.title = QStringLiteral("One-stop shop for newcomers");
        m_practice.cityName = QStringLiteral("Lampedusa");
        m_practice.themeId = themeId();
        m_practice.description = QStringLiteral("All first steps in one place");
        m_practice.source = QStringLiteral("IncluCities handbook, p. 12");
        m_practice.partnerId = m_partner.meta.id;
        m_practice.tags = QStringLiteral("front desk, welcome");
        VERIFY_OK(repo().add(m_practice));
    }

    void cleanup() { m_city.reset(); }

    void enumerationsAreStoredAsText()
    {
        QStringList roles;
        for (PartnerCity::Role role : PartnerCity::allRoles()) {
            roles << PartnerCity::toText(role);
            QCOMPARE(PartnerCity::fromText(PartnerCity::toText(role)), std::optional(role));
            QVERIFY(!PartnerCity::label(role).isEmpty());
        }
        QCOMPARE(roles, QStringList({"mentor", "mentee", "peer"}));
        QVERIFY(!PartnerCity::fromText(QStringLiteral("sister")));
        QStringList kinds;
        for (Exchange::Kind kind : Exchange::allKinds()) {
            kinds << Exchange::toText(kind);
            QCOMPARE(Exchange::fromText(Exchange::toText(kind)), std::optional(kind));
            QVERIFY(!Exchange::label(kind).isEmpty());
        }
        QCOMPARE(kinds, QStringList({"study_visit", "peer_learning", "training_academy",
                                     "online_meeting"}));
        QCOMPARE(Exchange::label(Exchange::Kind::StudyVisit), QStringLiteral("Study visit"));
        QVERIFY(!Exchange::fromText(QStringLiteral("holiday")));
    }

    void partnerRoundTrip()
    {
        verifyMeta(m_partner.meta);
        // The file's form of an id: lowercase, no braces.
        QCOMPARE(m_partner.partnerCityUuid, QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
        QCOMPARE(repo().partner(m_partner.meta.id), std::optional(m_partner));

        PartnerCity peer;
        peer.name = QStringLiteral("Fundão");
        peer.role = PartnerCity::Role::Peer;
        QSignalSpy added(&repo(), &ExchangeRepository::partnerAdded);
        VERIFY_OK(repo().add(peer));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).value<PartnerCity>(), peer);
        QCOMPARE(repo().partner(peer.meta.id), std::optional(peer));
        QCOMPARE(repo().partners(), (QList<PartnerCity>{peer, m_partner}));

        QThread::msleep(5);
        QSignalSpy updated(&repo(), &ExchangeRepository::partnerUpdated);
        peer.role = PartnerCity::Role::Mentee;
        peer.country = QStringLiteral("PT");
        peer.since = QDate(2024, 1, 15);
        peer.until = QDate(2024, 1, 15); // a one-day twinning is odd but not wrong
        peer.contactName = QStringLiteral("  Rui Costa ");
        peer.contactEmail = QStringLiteral("rui@fundao.example");
        VERIFY_OK(repo().update(peer));
        QCOMPARE(peer.contactName, QStringLiteral("Rui Costa"));
        QVERIFY(peer.meta.updatedAt > peer.meta.createdAt);
        QCOMPARE(updated.count(), 1);
        QCOMPARE(repo().partner(peer.meta.id), std::optional(peer));
    }

    void exchangeRoundTrip()
    {
        verifyMeta(m_exchange.meta);
        QCOMPARE(repo().exchange(m_exchange.meta.id), std::optional(m_exchange));

        Exchange academy;
        academy.kind = Exchange::Kind::TrainingAcademy;
        academy.title = QStringLiteral("Summer academy");
        academy.startDate = QDate(2022, 7, 1); // one day, no partner, no theme
        QSignalSpy added(&repo(), &ExchangeRepository::exchangeAdded);
        VERIFY_OK(repo().add(academy));
        QCOMPARE(added.count(), 1);
        QCOMPARE(repo().exchange(academy.meta.id), std::optional(academy));
        QCOMPARE(repo().exchanges(), (QList<Exchange>{academy, m_exchange}));

        QThread::msleep(5);
        QSignalSpy updated(&repo(), &ExchangeRepository::exchangeUpdated);
        academy.kind = Exchange::Kind::OnlineMeeting;
        academy.endDate = academy.startDate; // same day is fine
        academy.partnerId = m_partner.meta.id;
        VERIFY_OK(repo().update(academy));
        QVERIFY(academy.meta.updatedAt > academy.meta.createdAt);
        QCOMPARE(updated.count(), 1);
        QCOMPARE(updated.at(0).at(0).value<Exchange>(), academy);
        QCOMPARE(repo().exchange(academy.meta.id), std::optional(academy));
    }

    void practiceRoundTrip()
    {
        verifyMeta(m_practice.meta);
        QCOMPARE(repo().practice(m_practice.meta.id), std::optional(m_practice));

        GoodPractice shared;
        shared.title = QStringLiteral("Anti-rumour agents");
        shared.cityName = QStringLiteral("Barcelona");
        QSignalSpy added(&repo(), &ExchangeRepository::practiceAdded);
        VERIFY_OK(repo().add(shared));
        QCOMPARE(added.count(), 1);
        QCOMPARE(repo().practices(), (QList<GoodPractice>{shared, m_practice}));

        QThread::msleep(5);
        QSignalSpy updated(&repo(), &ExchangeRepository::practiceUpdated);
        shared.description = QStringLiteral("Volunteers trained to answer prejudice");
        shared.themeId = themeId();
        VERIFY_OK(repo().update(shared));
        QVERIFY(shared.meta.updatedAt > shared.meta.createdAt);
        QCOMPARE(updated.count(), 1);
        QCOMPARE(repo().practice(shared.meta.id), std::optional(shared));
    }

    void removingPartnerKeepsItsRecordsAndUndoReattaches()
    {
        const QList<int> before = counts();
        QSignalSpy removed(&repo(), &ExchangeRepository::partnerRemoved);
        QSignalSpy exchangeUpdated(&repo(), &ExchangeRepository::exchangeUpdated);
        QSignalSpy practiceUpdated(&repo(), &ExchangeRepository::practiceUpdated);
        Result<RowSnapshot> snap = repo().remove(m_partner);
        QVERIFY(snap.ok());
        QCOMPARE(removed.count(), 1);
        QVERIFY(!repo().partner(m_partner.meta.id));
        QCOMPARE(count(QStringLiteral("exchange")), 1);
        QVERIFY(repo().exchange(m_exchange.meta.id)->partnerId.isEmpty());
        QVERIFY(repo().practice(m_practice.meta.id)->partnerId.isEmpty());
        QCOMPARE(exchangeUpdated.count(), 1);
        QVERIFY(exchangeUpdated.at(0).at(0).value<Exchange>().partnerId.isEmpty());
        QCOMPARE(practiceUpdated.count(), 1);

        QSignalSpy added(&repo(), &ExchangeRepository::partnerAdded);
        VERIFY_OK(repo().restore(snap.value()));
        QCOMPARE(added.count(), 1);
        QCOMPARE(exchangeUpdated.count(), 2);
        QCOMPARE(exchangeUpdated.at(1).at(0).value<Exchange>(), m_exchange);
        QCOMPARE(practiceUpdated.count(), 2);
        QCOMPARE(counts(), before);
        QCOMPARE(repo().partner(m_partner.meta.id), std::optional(m_partner));
        QCOMPARE(repo().exchange(m_exchange.meta.id), std::optional(m_exchange));
        QCOMPARE(repo().practice(m_practice.meta.id), std::optional(m_practice));
    }

    void removeAndRestoreExchangeAndPractice()
    {
        QSignalSpy exchangeRemoved(&repo(), &ExchangeRepository::exchangeRemoved);
        Result<RowSnapshot> e = repo().remove(m_exchange);
        QVERIFY(e.ok());
        QCOMPARE(exchangeRemoved.count(), 1);
        QCOMPARE(exchangeRemoved.at(0).at(0).toString(), m_exchange.meta.id);
        QVERIFY(repo().exchanges().isEmpty());
        QSignalSpy exchangeAdded(&repo(), &ExchangeRepository::exchangeAdded);
        VERIFY_OK(repo().restore(e.value()));
        QCOMPARE(exchangeAdded.count(), 1);
        QCOMPARE(repo().exchange(m_exchange.meta.id), std::optional(m_exchange));

        QSignalSpy practiceRemoved(&repo(), &ExchangeRepository::practiceRemoved);
        Result<RowSnapshot> p = repo().remove(m_practice);
        QVERIFY(p.ok());
        QCOMPARE(practiceRemoved.count(), 1);
        QVERIFY(repo().practices().isEmpty());
        VERIFY_OK(repo().restore(p.value()));
        QCOMPARE(repo().practice(m_practice.meta.id), std::optional(m_practice));
        QCOMPARE(repo().partner(m_partner.meta.id), std::optional(m_partner));
    }

    void refusesInvalidPartners()
    {
        PartnerCity p;
        p.name = QStringLiteral(" ");
        verifyRefused(p, QStringLiteral("The partner city's name is required"));
        p.name = QStringLiteral("Tangier");
        p.since = QDate(1500, 1, 1);
        verifyRefused(p, QStringLiteral("The partnership's start date is not a valid date"));
        p.since = QDate(2024, 5, 1);
        p.until = QDate(3000, 1, 1);
        verifyRefused(p, QStringLiteral("The partnership's end date is not a valid date"));
        p.until = QDate(2024, 4, 30);
        verifyRefused(p, QStringLiteral("comes before"));
        p.until = {};
        p.contactEmail = QStringLiteral("rossi at lampedusa");
        verifyRefused(p, QStringLiteral("“rossi at lampedusa” does not look like an e-mail"));
        p.contactEmail.clear();
        p.since = {};
        p.partnerCityUuid = QStringLiteral("not-an-id");
        verifyRefused(p, QStringLiteral("“not-an-id” is not a city identifier"));
        p.partnerCityUuid = m_city->file().cityId().toUpper();
        verifyRefused(p, QStringLiteral("is this city's own"));
        PartnerCity renamed = m_partner;
        renamed.name.clear();
        verifyRefused(renamed, QStringLiteral("name is required"));
    }

    void refusesInvalidExchangesAndPractices()
    {
        Exchange e;
        e.startDate = QDate(2024, 3, 1);
        verifyRefused(e, QStringLiteral("The exchange's title is required"));
        e.title = QStringLiteral("Visit");
        e.startDate = {};
        verifyRefused(e, QStringLiteral("The start date is required"));
        e.startDate = QDate(2500, 1, 1);
        verifyRefused(e, QStringLiteral("The start date is not a valid date"));
        e.startDate = QDate(2024, 3, 5);
        e.endDate = QDate(1700, 1, 1);
        verifyRefused(e, QStringLiteral("The end date is not a valid date"));
        e.endDate = QDate(2024, 3, 4);
        verifyRefused(e, QStringLiteral("comes before"));
        e.endDate = {};
        e.partnerId = QStringLiteral("no-such-partner");
        verifyRefused(e, QStringLiteral("The partner city refers to a record that does not exist"));
        e.partnerId.clear();
        e.themeId = QStringLiteral("no-such-theme");
        verifyRefused(e, QStringLiteral("The theme refers to a record"));
        Exchange shortened = m_exchange;
        shortened.endDate = QDate(2023, 4, 10);
        verifyRefused(shortened, QStringLiteral("comes before"));

        GoodPractice g;
        verifyRefused(g, QStringLiteral("The good practice's title is required"));
        g.title = QStringLiteral("Practice");
        g.partnerId = QStringLiteral("no-such-partner");
        verifyRefused(g, QStringLiteral("The partner city refers to a record"));
        g.partnerId.clear();
        g.themeId = QStringLiteral("no-such-theme");
        verifyRefused(g, QStringLiteral("The theme refers to a record"));
    }
};

QTEST_GUILESS_MAIN(TestExchangeRepository)
#include "TestExchangeRepository.moc"

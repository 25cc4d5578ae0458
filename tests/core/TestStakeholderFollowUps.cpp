// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderRecords.h"
#include "TestCity.h"
#include "city/Repositories.h"
#include "stakeholders/OverdueFollowUps.h"
#include "stakeholders/StakeholderRepository.h"

#include <QTest>

#include <memory>

using namespace StakeholderRecords;

// The officer's to-do: every follow-up promised for a day already past and not logged as done,
// across stakeholders, read in one query for a given today; and the names the stakeholder
// lists give in the reader's order ("Lot 9" before "Lot 10").
class TestStakeholderFollowUps : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;

    StakeholderRepository& repo() { return m_city->repositories().stakeholders(); }
    QList<OverdueFollowUp> overdue(const QDate& today)
    {
        return OverdueFollowUps::read(m_city->repositories().store().database(), today);
    }

    Engagement log(const Stakeholder& s, const QDate& date, const QDate& followUp,
                   const QString& what, bool done = false)
    {
        Engagement e;
        e.stakeholderId = s.meta.id;
        e.date = date;
        e.summary = what;
        e.followUpDate = followUp;
        e.followUpDone = done;
        if (Result<void> r = repo().add(e); !r)
            qWarning("cannot log an engagement: %s", qPrintable(r.error().message));
        return e;
    }

private slots:
    void init() { m_city = TestCity::create(QStringLiteral("Livadia")); }
    void cleanup() { m_city.reset(); }

    void overdueFollowUpsForAFixedToday()
    {
        const QDate today(2026, 3, 10);
        const Stakeholder amal = added(repo(), QStringLiteral("Amal"));
        const Stakeholder bayt = added(repo(), QStringLiteral("Bayt"));
        const Stakeholder coral = added(repo(), QStringLiteral("Coral"));
        added(repo(), QStringLiteral("Dune"));
        const Engagement map =
            log(amal, QDate(2026, 1, 5), QDate(2026, 2, 1), QStringLiteral("Send the housing map"));
        // Due today: not late yet.
        const Engagement call =
            log(amal, QDate(2026, 2, 2), today, QStringLiteral("Call back about the room"));
        log(bayt, QDate(2026, 1, 2), QDate(2026, 1, 15), QStringLiteral("Done already"), true);
        const Engagement minutes =
            log(bayt, QDate(2026, 2, 10), QDate(2026, 2, 20), QStringLiteral("Share the minutes"));
        log(coral, QDate(2026, 3, 1), QDate(2026, 4, 1), QStringLiteral("Not due yet"));
        log(coral, QDate(2026, 3, 2), QDate(), QStringLiteral("Nothing owed"));

        const QList<OverdueFollowUp> due = overdue(today);
        QCOMPARE(due.size(), 2);
        // The oldest debt first, with its stakeholder and what it is about.
        QCOMPARE(due.at(0),
                 (OverdueFollowUp{map.meta.id, amal.meta.id, QStringLiteral("Amal"),
                                  QDate(2026, 2, 1), QStringLiteral("Send the housing map")}));
        QCOMPARE(due.at(1).engagementId, minutes.meta.id);
        QCOMPARE(due.at(1).stakeholderName, QStringLiteral("Bayt"));
        QCOMPARE(due.at(1).due, QDate(2026, 2, 20));

        // The table's flag follows the same rule.
        const QHash<QString, StakeholderRepository::LastContact> last = repo().lastContacts(today);
        QVERIFY(last.value(amal.meta.id).overdueFollowUp);
        QVERIFY(last.value(bayt.meta.id).overdueFollowUp);
        QVERIFY(!last.value(coral.meta.id).overdueFollowUp);

        // A day later the call is late too, after the older debts; done, it leaves the list.
        const QList<OverdueFollowUp> tomorrow = overdue(today.addDays(1));
        QCOMPARE(tomorrow.size(), 3);
        QCOMPARE(tomorrow.last().engagementId, call.meta.id);
        Engagement doneMap = map;
        doneMap.followUpDone = true;
        QVERIFY(repo().update(doneMap).ok());
        QCOMPARE(overdue(today).size(), 1);
        QCOMPARE(overdue(QDate(2026, 1, 1)).size(), 0);
    }

    void listsGiveNamesInTheReadersOrder()
    {
        for (const char* name : {"Lot 10", "Lot 9", "lot 11", "Éclat", "Lot 100", "Zone"})
            added(repo(), QString::fromUtf8(name));
        const QStringList expected{QStringLiteral("Éclat"),   QStringLiteral("Lot 9"),
                                   QStringLiteral("Lot 10"),  QStringLiteral("lot 11"),
                                   QStringLiteral("Lot 100"), QStringLiteral("Zone")};
        const auto names = [](const QList<Stakeholder>& list) {
            QStringList out;
            for (const Stakeholder& s : list)
                out << s.name;
            return out;
        };
        QCOMPARE(names(repo().stakeholders()), expected);
        QCOMPARE(names(repo().stakeholderSummaries()), expected);
        // Pages follow the file's index (folded names as text), each continuing the last.
        const QList<Stakeholder> first = repo().stakeholderSummaries(3);
        QCOMPARE(names(first), QStringList({"Éclat", "Lot 10", "Lot 100"}));
        QCOMPARE(names(repo().stakeholderSummaries(-1, first.last().name)),
                 QStringList({"lot 11", "Lot 9", "Zone"}));
    }
};

QTEST_GUILESS_MAIN(TestStakeholderFollowUps)
#include "TestStakeholderFollowUps.moc"

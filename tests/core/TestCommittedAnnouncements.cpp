// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordChecks.h"
#include "TestCity.h"
#include "TestFiles.h"
#include "checklists/ChecklistRepository.h"
#include "city/Repositories.h"
#include "exchange/ExchangeRepository.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"
#include "profile/ProfileRepository.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderCsvImport.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/RecordStore.h"
#include "storage/SqliteConnection.h"
#include "storage/SqliteHandle.h"
#include "storage/TransactionGuard.h"
#include "themes/ThemeRepository.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <memory>
#include <vector>

// A repository announces a write only once the transaction that holds it has committed: an
// import that fails or is cancelled, or any edit of RecordStore's own transaction that rolls
// back, announces nothing, so that no model shows a row the file does not hold. A single edit
// announces at once, and so does a write inside a transaction someone else opened.
class TestCommittedAnnouncements : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;

    Repositories& repos() { return m_city->repositories(); }
    StakeholderRepository& people() { return repos().stakeholders(); }

    bool committed() { return sqlite3_get_autocommit(sqliteHandle(repos().store().database())); }

    // Three stakeholders, each with a contact person; the last is the one a test may refuse.
    QString csv()
    {
        return TestFiles::write(m_city->dir(), QStringLiteral("people.csv"),
                                "name,kind,contact,email\n"
                                "Caritas Valmer,ngo,Anne Morel,anne@example.org\n"
                                "Atlas,migrant_association,Karim Benali,karim@example.org\n"
                                "Préfecture,government_agency,Jean Dupont,jean@example.org\n");
    }

    Result<ImportReport> import(const StakeholderCsvImport::CancelCheck& cancel = {})
    {
        StakeholderCsvImport importer(repos().store(), people(), repos().themes());
        return importer.run(csv(), StakeholderCsvImport::Options{}, cancel);
    }

    // An import that stops after writing some rows: nothing announced, the file's bytes as
    // they were. prepare() readies the reopened file.
    void verifyImportTakenBack(const std::function<void()>& prepare,
                               const StakeholderCsvImport::CancelCheck& cancel = {})
    {
        m_city->close();
        const QByteArray before = TestFiles::hash(m_city->path());
        m_city->reopen();
        prepare();
        SignalSpies spies(people());
        QVERIFY(spies.size() > 10);
        QVERIFY(!import(cancel));
        QCOMPARE(spies.count(), 0);
        QCOMPARE(people().count(), 0);
        QCOMPARE(people().contacts().size(), 0);
        // Nor does the next commit let out anything held from the import.
        QVERIFY(repos().store().inTransaction([] { return Result<void>(); }));
        QCOMPARE(spies.count(), 0);
        m_city->close();
        QCOMPARE(TestFiles::hash(m_city->path()), before);
    }

private slots:
    void init() { m_city = TestCity::create(); }
    void cleanup() { m_city.reset(); }

    void failedImportAnnouncesNothing()
    {
        // The third row's write fails in SQLite itself, after two stakeholders and their
        // contacts were written. The temporary trigger lives on this connection only.
        verifyImportTakenBack([this] {
            QSqlQuery q(repos().store().database());
            QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TRIGGER boom BEFORE INSERT ON "
                                           "main.stakeholder WHEN NEW.name = 'Préfecture' BEGIN "
                                           "SELECT RAISE(ABORT, 'refused by the test'); END")),
                     qPrintable(q.lastError().text()));
        });
    }

    void cancelledImportAnnouncesNothing()
    {
        int asked = 0;
        verifyImportTakenBack([] {}, [&asked] { return ++asked > 2; });
        QCOMPARE(asked, 3);
    }

    void importAnnouncesEachRowOnceAfterCommit()
    {
        // A second connection sees only what is committed: each announced row must be there.
        auto other = SqliteConnection::open(m_city->path(), SqliteConnection::Mode::ReadOnly);
        QVERIFY(other.ok());
        QSqlQuery seen(other.value()->database());
        const auto stored = [&seen](const char* table, const QString& id) {
            seen.prepare(
                QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(QLatin1String(table)));
            seen.addBindValue(id);
            return seen.exec() && seen.next() && seen.value(0).toInt() == 1;
        };
        QStringList heard;
        QStringList late;
        connect(&people(), &StakeholderRepository::stakeholderAdded, this,
                [&](const Stakeholder& s) {
                    heard << s.meta.id;
                    if (!committed() || !stored("stakeholder", s.meta.id))
                        late << s.name;
                });
        connect(&people(), &StakeholderRepository::contactAdded, this, [&](const ContactPerson& c) {
            heard << c.meta.id;
            if (!committed() || !stored("contact_person", c.meta.id))
                late << c.name;
        });
        const Result<ImportReport> r = import();
        QVERIFY(r);
        QCOMPARE(r.value().changes.added.size(), 3);
        QVERIFY2(late.isEmpty(), qPrintable(late.join(QStringLiteral(", "))));
        QStringList expected;
        for (const Stakeholder& s : people().stakeholders())
            expected << s.meta.id;
        for (const ContactPerson& c : people().contacts())
            expected << c.meta.id;
        QCOMPARE(heard.size(), 6);
        heard.sort();
        expected.sort();
        QCOMPARE(heard, expected);
    }

    void singleEditAnnouncesAtOnce()
    {
        bool wasCommitted = false;
        QSignalSpy added(&people(), &StakeholderRepository::stakeholderAdded);
        connect(&people(), &StakeholderRepository::stakeholderAdded, this,
                [&] { wasCommitted = committed(); });
        Stakeholder s;
        s.name = QStringLiteral("Caritas Valmer");
        QVERIFY(people().add(s));
        QCOMPARE(added.count(), 1);
        QVERIFY(wasCommitted);
        QSignalSpy removed(&people(), &StakeholderRepository::stakeholderRemoved);
        QVERIFY(people().remove(s));
        QCOMPARE(removed.count(), 1);
    }

    void editsOfOneTransactionWaitForItsCommit()
    {
        ThemeRepository& themes = repos().themes();
        QSignalSpy added(&themes, &ThemeRepository::themeAdded);
        QSignalSpy updated(&themes, &ThemeRepository::themeUpdated);
        Theme theme{RecordMeta(), {}, QStringLiteral("Housing"), 0};
        QStringList order;
        connect(&themes, &ThemeRepository::themeAdded, this,
                [&](const Theme& t) { order << QStringLiteral("added ") + t.name; });
        connect(&themes, &ThemeRepository::themeUpdated, this,
                [&](const Theme& t) { order << QStringLiteral("updated ") + t.name; });
        QVERIFY(repos().store().inTransaction([&]() -> Result<void> {
            if (Result<void> r = themes.add(theme); !r)
                return r;
            theme.name = QStringLiteral("Housing and shelter");
            if (Result<void> r = themes.update(theme); !r)
                return r;
            if (added.count() + updated.count() != 0)
                return Error{QStringLiteral("announced before the commit")};
            return {};
        }));
        QCOMPARE(order, QStringList({QStringLiteral("added Housing"),
                                     QStringLiteral("updated Housing and shelter")}));
    }

    void rolledBackRemovalAnnouncesNothing()
    {
        ThemeRepository& themes = repos().themes();
        Theme theme{RecordMeta(), {}, QStringLiteral("Housing"), 0};
        QVERIFY(themes.add(theme));
        SignalSpies spies(themes);
        QVERIFY(!repos().store().inTransaction([&]() -> Result<void> {
            if (Result<RowSnapshot> snap = themes.remove(theme); !snap)
                return snap.error();
            return Error{QStringLiteral("taken back by the test")};
        }));
        QCOMPARE(spies.count(), 0);
        QVERIFY(themes.theme(theme.meta.id));
    }

    void rolledBackRestoreAnnouncesNothing()
    {
        ThemeRepository& themes = repos().themes();
        Theme theme{RecordMeta(), {}, QStringLiteral("Housing"), 0};
        QVERIFY(themes.add(theme));
        Result<RowSnapshot> snap = themes.remove(theme);
        QVERIFY(snap);
        SignalSpies spies(themes);
        QVERIFY(!repos().store().inTransaction([&]() -> Result<void> {
            if (Result<void> r = themes.restore(snap.value()); !r)
                return r;
            return Error{QStringLiteral("taken back by the test")};
        }));
        QCOMPARE(spies.count(), 0);
        QVERIFY(!themes.theme(theme.meta.id));
    }

    void committedRemovalAnnouncedAfterCommit()
    {
        ThemeRepository& themes = repos().themes();
        Theme theme{RecordMeta(), {}, QStringLiteral("Housing"), 0};
        QVERIFY(themes.add(theme));
        QSignalSpy removed(&themes, &ThemeRepository::themeRemoved);
        bool wasCommitted = false;
        connect(&themes, &ThemeRepository::themeRemoved, this, [&] { wasCommitted = committed(); });
        QVERIFY(repos().store().inTransaction([&]() -> Result<void> {
            Result<RowSnapshot> snap = themes.remove(theme);
            return snap ? Result<void>() : Result<void>(snap.error());
        }));
        QCOMPARE(removed.count(), 1);
        QVERIFY(wasCommitted);
    }

    void everyRepositoryWaitsForTheCommit_data()
    {
        QTest::addColumn<bool>("commit");
        QTest::newRow("rolled back") << false;
        QTest::newRow("committed") << true;
    }

    void everyRepositoryWaitsForTheCommit()
    {
        QFETCH(bool, commit);
        std::vector<std::unique_ptr<SignalSpies>> spies;
        for (QObject* repository : std::initializer_list<QObject*>{
                 &repos().profile(), &repos().themes(), &repos().checklists(), &repos().exchange(),
                 &people(), &repos().group(), &repos().plan(), &repos().actions()})
            spies.push_back(std::make_unique<SignalSpies>(*repository));
        const auto heard = [&spies] {
            QList<int> counts;
            for (const auto& s : spies)
                counts << s->count();
            return counts;
        };
        const Result<void> r = repos().store().inTransaction([&]() -> Result<void> {
            District district;
            district.name = QStringLiteral("Old town");
            Theme theme{RecordMeta(), {}, QStringLiteral("Housing"), 0};
            ChecklistTemplate checklist;
            checklist.key = QStringLiteral("access");
            checklist.title = QStringLiteral("Access");
            PartnerCity partner;
            partner.name = QStringLiteral("Lampedusa");
            partner.country = QStringLiteral("IT");
            Stakeholder s;
            s.name = QStringLiteral("Caritas Valmer");
            Priority priority;
            priority.title = QStringLiteral("Interpreters at the town hall");
            Action action;
            action.title = QStringLiteral("Train interpreters");
            for (const Result<void>& w :
                 {repos().profile().add(district), repos().themes().add(theme),
                  repos().checklists().add(checklist), repos().exchange().add(partner),
                  people().add(s)}) {
                if (!w)
                    return w;
            }
            GroupMember member;
            member.stakeholderId = s.meta.id;
            if (Result<void> w = repos().group().add(member); !w)
                return w;
            if (Result<void> w = repos().plan().add(priority); !w)
                return w;
            action.priorityId = priority.meta.id;
            if (Result<void> w = repos().actions().add(action); !w)
                return w;
            if (heard() != QList<int>(spies.size(), 0))
                return Error{QStringLiteral("announced before the commit")};
            return commit ? Result<void>() : Error{QStringLiteral("taken back by the test")};
        });
        if (commit) {
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            QVERIFY(!heard().contains(0));
        } else {
            QCOMPARE(r.error().message, QStringLiteral("taken back by the test"));
            QCOMPARE(heard(), QList<int>(spies.size(), 0));
        }
    }

    void someoneElsesTransactionAnnouncesAtOnce()
    {
        // As when a file is being created: the store joins it and announces as it writes.
        ThemeRepository& themes = repos().themes();
        QSignalSpy added(&themes, &ThemeRepository::themeAdded);
        {
            TransactionGuard guard(repos().store().database());
            QVERIFY(guard.isActive());
            Theme theme{RecordMeta(), {}, QStringLiteral("Housing"), 0};
            QVERIFY(themes.add(theme));
            QCOMPARE(added.count(), 1);
            QVERIFY(!committed());
        }
        QCOMPARE(added.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCommittedAnnouncements)
#include "TestCommittedAnnouncements.moc"

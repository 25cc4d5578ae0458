// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordChecks.h"
#include "TestCity.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"
#include "storage/CityFile.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

#include <memory>

// Like QVERIFY for a write, printing the refusal's message when there is one.
#define QVERIFY_OK(expr)                                                                           \
    do {                                                                                           \
        const Result<void> written = (expr);                                                       \
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));    \
    } while (false)

// The action plan: actions with their partners, milestones, indicators, budget lines and
// progress stored and read back whole, removals that undo exactly, what is late, every refusal.
class TestActionRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    QString m_priorityId;
    QString m_lead;
    QString m_partnerA;
    QString m_partnerB;
    QString m_partnerC;

    ActionRepository& actions() { return m_city->repositories().actions(); }
    const QString missing = QStringLiteral("00000000-0000-0000-0000-000000000000");

    // A stakeholder row written directly, so that these tests do not depend on the
    // stakeholders' repository. Empty on failure.
    QString addStakeholder(const QString& name)
    {
        RecordMeta meta;
        const Result<void> r = m_city->repositories().store().insertOne(
            "stakeholder", meta,
            {{"name", name}, {"name_key", name.toLower()}, {"kind", QStringLiteral("ngo")}});
        return r ? meta.id : QString();
    }

    Action fullAction()
    {
        Action a;
        a.priorityId = m_priorityId;
        a.title = QStringLiteral("Interpreting pool for health centres");
        a.description = QStringLiteral("Phone and on-site interpreting in six languages.");
        a.leadId = m_lead;
        a.partnerIds = {m_partnerA, m_partnerB};
        a.startDate = QDate(2024, 5, 1);
        a.endDate = QDate(2025, 4, 30);
        a.status = Action::Status::InProgress;
        a.position = 3;
        return a;
    }

    // Adds an action with its children; the ids go back through the out-parameters.
    bool addActionWithChildren(Action& a, Milestone& m, Indicator& i, BudgetLine& b,
                               ProgressEntry& p)
    {
        a = fullAction();
        if (!actions().add(a))
            return false;
        m = {
            {}, a.meta.id, QStringLiteral("Pool recruited"), QDate(2024, 9, 1), QDate(2024, 8, 20)};
        i = {{},
             a.meta.id,
             QStringLiteral("Consultations interpreted"),
             QStringLiteral("per year"),
             0.0,
             500.0,
             180.5,
             QDate(2024, 12, 31)};
        b = {{},
             a.meta.id,
             QStringLiteral("Interpreters' fees"),
             QStringLiteral("AMIF"),
             QStringLiteral("EUR"),
             4'500'000,
             1'250'075};
        p = {{},
             a.meta.id,
             QDate(2024, 7, 1),
             QStringLiteral("Twelve interpreters trained"),
             QStringLiteral("Eleni")};
        return actions().add(m) && actions().add(i) && actions().add(b) && actions().add(p);
    }

    QList<QVariantMap> rows(const char* table)
    {
        QList<QVariantMap> out;
        QSqlQuery q(m_city->file().database());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))))
            return {};
        while (q.next()) {
            QVariantMap row;
            const QSqlRecord rec = q.record();
            for (int i = 0; i < rec.count(); ++i)
                row.insert(rec.fieldName(i), rec.value(i));
            out << row;
        }
        return out;
    }

    QList<QVariantMap> actionRows()
    {
        QList<QVariantMap> out;
        for (const char* table : {"action", "action_partner", "milestone", "indicator",
                                  "budget_line", "progress_entry"})
            out += rows(table);
        return out;
    }

private slots:
    void init()
    {
        m_city = TestCity::create(QStringLiteral("Fuenlabrada"));

        Priority p;
        p.title = QStringLiteral("Access to health care");
        QVERIFY_OK(m_city->repositories().plan().add(p));
        m_priorityId = p.meta.id;
        m_lead = addStakeholder(QStringLiteral("Municipal health office"));
        m_partnerA = addStakeholder(QStringLiteral("Red Cross"));
        m_partnerB = addStakeholder(QStringLiteral("FEMP"));
        m_partnerC = addStakeholder(QStringLiteral("Migrant women's association"));
        QVERIFY(!m_lead.isEmpty() && !m_partnerA.isEmpty() && !m_partnerB.isEmpty() &&
                !m_partnerC.isEmpty());
    }

    void cleanup() { m_city.reset(); }

    void statusesAreReadableText()
    {
        QCOMPARE(Action::statuses().size(), 5);
        for (Action::Status s : Action::statuses()) {
            QCOMPARE(Action::fromText(Action::toText(s)), std::optional<Action::Status>(s));
            QVERIFY(!Action::label(s).isEmpty());
        }
        QCOMPARE(Action::toText(Action::Status::InProgress), QStringLiteral("in_progress"));
        QVERIFY(!Action::fromText(QStringLiteral("abandoned")).has_value());
    }

    void actionRoundTrip()
    {
        QSignalSpy added(&actions(), &ActionRepository::actionAdded);
        Action a = fullAction();
        // Given unsorted, repeated and blank: stored sorted, once each.
        a.partnerIds = {m_partnerB, m_partnerA, m_partnerB, QString()};
        const Result<void> r = actions().add(a);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QStringList expected{m_partnerA, m_partnerB};
        expected.sort();
        QCOMPARE(a.partnerIds, expected);
        QCOMPARE(a.meta.id.size(), 36);
        QVERIFY(a.meta.createdAt.isValid());
        QCOMPARE(a.meta.originCity, m_city->file().cityId());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().value<Action>(), a);
        QCOMPARE(rows("action_partner").size(), 2);
        for (const QVariantMap& row : rows("action_partner")) {
            QCOMPARE(row.value(QStringLiteral("action_id")).toString(), a.meta.id);
            QCOMPARE(row.value(QStringLiteral("origin_city")).toString(), m_city->file().cityId());
        }

        QCOMPARE(actions().action(a.meta.id), std::optional<Action>(a));
        QCOMPARE(actions().actions(), QList<Action>{a});
        QCOMPARE(actions().actions(m_priorityId), QList<Action>{a});
        QVERIFY(actions().actions(missing).isEmpty());
        QVERIFY(!actions().action(missing));

        // Without lead, partners or dates, they come back empty.
        Action bare;
        bare.priorityId = m_priorityId;
        bare.title = QStringLiteral("Health mediators");
        QVERIFY_OK(actions().add(bare));
        const std::optional<Action> bareRead = actions().action(bare.meta.id);
        QVERIFY(bareRead.has_value());
        QCOMPARE(*bareRead, bare);
        QVERIFY(bareRead->leadId.isEmpty());
        QVERIFY(bareRead->partnerIds.isEmpty());
        QVERIFY(!bareRead->startDate.isValid());
        QCOMPARE(bareRead->status, Action::Status::Planned);
        // By position: the bare action (0) before the full one (3), each with its own partners.
        const QList<Action> all = actions().actions();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), bare);
        QCOMPARE(all.at(1), a);
    }

    void actionUpdateKeepsStayingPartners()
    {
        Action a = fullAction();
        QVERIFY_OK(actions().add(a));
        QString rowOfA;
        for (const QVariantMap& row : rows("action_partner")) {
            if (row.value(QStringLiteral("stakeholder_id")).toString() == m_partnerA)
                rowOfA = row.value(QStringLiteral("id")).toString();
        }
        QVERIFY(!rowOfA.isEmpty());

        QSignalSpy updated(&actions(), &ActionRepository::actionUpdated);
        a.title = QStringLiteral("Interpreting pool");
        a.partnerIds = {m_partnerC, m_partnerA};
        a.leadId.clear();
        a.status = Action::Status::Delayed;
        a.endDate = QDate(2025, 9, 30);
        QVERIFY_OK(actions().update(a));
        QCOMPARE(updated.size(), 1);
        QStringList expected{m_partnerA, m_partnerC};
        expected.sort();
        QCOMPARE(a.partnerIds, expected);
        QCOMPARE(actions().action(a.meta.id), std::optional<Action>(a));

        // Partner A kept its row (identity matters to merges); B went, C came.
        const QList<QVariantMap> partners = rows("action_partner");
        QCOMPARE(partners.size(), 2);
        bool keptA = false;
        for (const QVariantMap& row : partners)
            keptA = keptA || row.value(QStringLiteral("id")).toString() == rowOfA;
        QVERIFY(keptA);

        a.partnerIds.clear();
        QVERIFY_OK(actions().update(a));
        QVERIFY(rows("action_partner").isEmpty());
        QVERIFY(actions().action(a.meta.id)->partnerIds.isEmpty());

        // A refused update changes neither the file nor the caller's record.
        Action broken = a;
        broken.partnerIds = {m_partnerA, missing};
        QVERIFY(refused(actions().update(broken), QStringLiteral("partner")));
        QCOMPARE(broken.partnerIds, (QStringList{m_partnerA, missing}));
        QCOMPARE(actions().action(a.meta.id), std::optional<Action>(a));
        QCOMPARE(updated.size(), 2);
    }

    void childrenRoundTrip()
    {
        QSignalSpy milestoneAdded(&actions(), &ActionRepository::milestoneAdded);
        QSignalSpy indicatorAdded(&actions(), &ActionRepository::indicatorAdded);
        QSignalSpy budgetAdded(&actions(), &ActionRepository::budgetLineAdded);
        QSignalSpy progressAdded(&actions(), &ActionRepository::progressEntryAdded);
        Action a;
        Milestone m;
        Indicator i;
        BudgetLine b;
        ProgressEntry p;
        QVERIFY(addActionWithChildren(a, m, i, b, p));
        QCOMPARE(milestoneAdded.size(), 1);
        QCOMPARE(indicatorAdded.size(), 1);
        QCOMPARE(budgetAdded.size(), 1);
        QCOMPARE(progressAdded.size(), 1);
        QCOMPARE(budgetAdded.first().first().value<BudgetLine>(), b);
        for (const RecordMeta* meta : {&m.meta, &i.meta, &b.meta, &p.meta}) {
            QCOMPARE(meta->id.size(), 36);
            QVERIFY(meta->createdAt.isValid());
            QCOMPARE(meta->originCity, m_city->file().cityId());
        }

        QCOMPARE(actions().milestone(m.meta.id), std::optional<Milestone>(m));
        QCOMPARE(actions().indicator(i.meta.id), std::optional<Indicator>(i));
        QCOMPARE(actions().budgetLine(b.meta.id), std::optional<BudgetLine>(b));
        QCOMPARE(actions().progressEntry(p.meta.id), std::optional<ProgressEntry>(p));
        QCOMPARE(actions().milestones(a.meta.id), QList<Milestone>{m});
        QCOMPARE(actions().indicators(a.meta.id), QList<Indicator>{i});
        QCOMPARE(actions().budgetLines(a.meta.id), QList<BudgetLine>{b});
        QCOMPARE(actions().progress(a.meta.id), QList<ProgressEntry>{p});
        QCOMPARE(actions().milestones(), QList<Milestone>{m});
        QCOMPARE(actions().indicators(), QList<Indicator>{i});
        QCOMPARE(actions().budgetLines(), QList<BudgetLine>{b});
        QCOMPARE(actions().allProgress(), QList<ProgressEntry>{p});
        QVERIFY(actions().milestones(missing).isEmpty());

        // Unknown indicator values stay unknown (NULL), zero stays zero.
        Indicator unknown{{},
                          a.meta.id,
                          QStringLiteral("Waiting time"),
                          QStringLiteral("days"),
                          std::nullopt,
                          10.0,
                          std::nullopt,
                          QDate()};
        QVERIFY_OK(actions().add(unknown));
        const std::optional<Indicator> unknownRead = actions().indicator(unknown.meta.id);
        QVERIFY(unknownRead.has_value());
        QCOMPARE(*unknownRead, unknown);
        QVERIFY(!unknownRead->baseline.has_value());
        QCOMPARE(actions().indicator(i.meta.id)->baseline, std::optional<double>(0.0));

        // A milestone not done yet, progress by date.
        Milestone open{{}, a.meta.id, QStringLiteral("First report"), QDate(2024, 6, 1), QDate()};
        QVERIFY_OK(actions().add(open));
        QVERIFY(!actions().milestone(open.meta.id)->isDone());
        QCOMPARE(actions().milestones(a.meta.id).first(), open);
        ProgressEntry earlier{{}, a.meta.id, QDate(2024, 5, 2), QStringLiteral("Kick-off"), {}};
        QVERIFY_OK(actions().add(earlier));
        QCOMPARE(actions().progress(a.meta.id).first(), earlier);

        // A currency typed in small letters is stored in capitals.
        BudgetLine lower{
            {}, a.meta.id, {}, QStringLiteral("Municipal budget"), QStringLiteral(" mad "), 0, 0};
        QVERIFY_OK(actions().add(lower));
        QCOMPARE(lower.currency, QStringLiteral("MAD"));
        QCOMPARE(actions().budgetLine(lower.meta.id), std::optional<BudgetLine>(lower));
    }

    void childrenUpdate()
    {
        Action a;
        Milestone m;
        Indicator i;
        BudgetLine b;
        ProgressEntry p;
        QVERIFY(addActionWithChildren(a, m, i, b, p));
        QSignalSpy milestoneUpdated(&actions(), &ActionRepository::milestoneUpdated);
        QSignalSpy indicatorUpdated(&actions(), &ActionRepository::indicatorUpdated);
        QSignalSpy budgetUpdated(&actions(), &ActionRepository::budgetLineUpdated);
        QSignalSpy progressUpdated(&actions(), &ActionRepository::progressEntryUpdated);

        m.doneOn = QDate();
        m.title = QStringLiteral("Pool recruited and trained");
        QVERIFY_OK(actions().update(m));
        i.current = std::nullopt;
        i.target = 650;
        i.measuredOn = QDate();
        QVERIFY_OK(actions().update(i));
        b.spentCents = 4'600'000; // overspending is information, not an error
        b.currency = QStringLiteral("usd");
        QVERIFY_OK(actions().update(b));
        QCOMPARE(b.currency, QStringLiteral("USD"));
        p.text = QStringLiteral("Fourteen interpreters trained");
        p.author.clear();
        QVERIFY_OK(actions().update(p));

        QCOMPARE(milestoneUpdated.size(), 1);
        QCOMPARE(indicatorUpdated.size(), 1);
        QCOMPARE(budgetUpdated.size(), 1);
        QCOMPARE(progressUpdated.size(), 1);
        QCOMPARE(actions().milestone(m.meta.id), std::optional<Milestone>(m));
        QCOMPARE(actions().indicator(i.meta.id), std::optional<Indicator>(i));
        QCOMPARE(actions().budgetLine(b.meta.id), std::optional<BudgetLine>(b));
        QCOMPARE(actions().progressEntry(p.meta.id), std::optional<ProgressEntry>(p));
    }

    void removeAndRestoreActionWithEverythingUnderIt()
    {
        Action a;
        Milestone m;
        Indicator i;
        BudgetLine b;
        ProgressEntry p;
        QVERIFY(addActionWithChildren(a, m, i, b, p));
        Action other;
        other.priorityId = m_priorityId;
        other.title = QStringLiteral("Health mediators");
        other.partnerIds = {m_partnerA};
        QVERIFY_OK(actions().add(other));
        const QList<QVariantMap> before = actionRows();

        QSignalSpy actionRemoved(&actions(), &ActionRepository::actionRemoved);
        QSignalSpy milestoneRemoved(&actions(), &ActionRepository::milestoneRemoved);
        QSignalSpy indicatorRemoved(&actions(), &ActionRepository::indicatorRemoved);
        QSignalSpy budgetRemoved(&actions(), &ActionRepository::budgetLineRemoved);
        QSignalSpy progressRemoved(&actions(), &ActionRepository::progressEntryRemoved);
        Result<RowSnapshot> snap = actions().remove(a);
        QVERIFY(snap.ok());
        const RowSnapshot& s = snap.value();
        QCOMPARE(s.rows.first().table, QStringLiteral("action"));
        QCOMPARE(s.count(QStringLiteral("action")), 1);
        QCOMPARE(s.count(QStringLiteral("action_partner")), 2);
        QCOMPARE(s.count(QStringLiteral("milestone")), 1);
        QCOMPARE(s.count(QStringLiteral("indicator")), 1);
        QCOMPARE(s.count(QStringLiteral("budget_line")), 1);
        QCOMPARE(s.count(QStringLiteral("progress_entry")), 1);
        QCOMPARE(actionRemoved.size(), 1);
        QCOMPARE(actionRemoved.first().first().toString(), a.meta.id);
        QCOMPARE(milestoneRemoved.size(), 1);
        QCOMPARE(milestoneRemoved.first().first().toString(), m.meta.id);
        QCOMPARE(indicatorRemoved.size(), 1);
        QCOMPARE(budgetRemoved.size(), 1);
        QCOMPARE(progressRemoved.size(), 1);

        QVERIFY(!actions().action(a.meta.id));
        QCOMPARE(actions().actions(), QList<Action>{other});
        QCOMPARE(rows("action_partner").size(), 1);
        QVERIFY(actions().milestones().isEmpty());
        QVERIFY(actions().indicators().isEmpty());
        QVERIFY(actions().budgetLines().isEmpty());
        QVERIFY(actions().allProgress().isEmpty());

        QSignalSpy actionAdded(&actions(), &ActionRepository::actionAdded);
        QSignalSpy milestoneAdded(&actions(), &ActionRepository::milestoneAdded);
        QVERIFY_OK(actions().restore(s));
        QCOMPARE(actionRows(), before);
        QCOMPARE(actionAdded.size(), 1);
        // Announced with its partners, which were put back in the same step.
        QCOMPARE(actionAdded.first().first().value<Action>(), a);
        QCOMPARE(milestoneAdded.size(), 1);
        QCOMPARE(actions().action(a.meta.id), std::optional<Action>(a));
        QCOMPARE(actions().milestone(m.meta.id), std::optional<Milestone>(m));
        QCOMPARE(actions().indicator(i.meta.id), std::optional<Indicator>(i));
        QCOMPARE(actions().budgetLine(b.meta.id), std::optional<BudgetLine>(b));
        QCOMPARE(actions().progressEntry(p.meta.id), std::optional<ProgressEntry>(p));
    }

    void removeAndRestoreEachChild()
    {
        Action a;
        Milestone m;
        Indicator i;
        BudgetLine b;
        ProgressEntry p;
        QVERIFY(addActionWithChildren(a, m, i, b, p));
        const QList<QVariantMap> before = actionRows();

        QSignalSpy milestoneRemoved(&actions(), &ActionRepository::milestoneRemoved);
        QSignalSpy milestoneAdded(&actions(), &ActionRepository::milestoneAdded);
        Result<RowSnapshot> sm = actions().remove(m);
        QVERIFY(sm.ok());
        QCOMPARE(sm.value().rows.size(), 1);
        QCOMPARE(milestoneRemoved.size(), 1);
        QVERIFY(!actions().milestone(m.meta.id));
        QVERIFY_OK(actions().restore(sm.value()));
        QCOMPARE(milestoneAdded.size(), 1);
        QCOMPARE(milestoneAdded.first().first().value<Milestone>(), m);

        QSignalSpy indicatorRemoved(&actions(), &ActionRepository::indicatorRemoved);
        Result<RowSnapshot> si = actions().remove(i);
        QVERIFY(si.ok());
        QCOMPARE(indicatorRemoved.size(), 1);
        QVERIFY(!actions().indicator(i.meta.id));
        QVERIFY_OK(actions().restore(si.value()));

        QSignalSpy budgetRemoved(&actions(), &ActionRepository::budgetLineRemoved);
        Result<RowSnapshot> sb = actions().remove(b);
        QVERIFY(sb.ok());
        QCOMPARE(budgetRemoved.size(), 1);
        QVERIFY(!actions().budgetLine(b.meta.id));
        QVERIFY_OK(actions().restore(sb.value()));

        QSignalSpy progressRemoved(&actions(), &ActionRepository::progressEntryRemoved);
        Result<RowSnapshot> sp = actions().remove(p);
        QVERIFY(sp.ok());
        QCOMPARE(progressRemoved.size(), 1);
        QVERIFY(!actions().progressEntry(p.meta.id));
        QVERIFY_OK(actions().restore(sp.value()));

        QCOMPARE(actionRows(), before);
    }

    void removingAStakeholderClearsLeadAndPartnerAndUndoPutsThemBack()
    {
        Action a = fullAction();
        a.leadId = m_partnerA; // the same stakeholder both leads and takes part
        QVERIFY_OK(actions().add(a));
        Action untouched;
        untouched.priorityId = m_priorityId;
        untouched.title = QStringLiteral("Health mediators");
        untouched.partnerIds = {m_partnerC};
        QVERIFY_OK(actions().add(untouched));
        const QList<QVariantMap> before = actionRows();

        // Removed below the stakeholders' repository: the store announces what it changed
        // through the repository owning it, whoever asked.
        QSignalSpy updated(&actions(), &ActionRepository::actionUpdated);
        QSignalSpy removed(&actions(), &ActionRepository::actionRemoved);
        Result<RowSnapshot> snap =
            m_city->repositories().store().removeOne("stakeholder", m_partnerA);
        QVERIFY(snap.ok());
        const std::optional<Action> after = actions().action(a.meta.id);
        QVERIFY(after.has_value());
        QVERIFY(after->leadId.isEmpty());
        QCOMPARE(after->partnerIds, QStringList{m_partnerB});
        // Announced once, though it lost both its lead and a partner.
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.first().first().value<Action>(), *after);
        QCOMPARE(removed.size(), 0);

        QVERIFY_OK(m_city->repositories().store().restoreOne(snap.value()));
        QCOMPARE(actionRows(), before);
        QCOMPARE(actions().action(a.meta.id), std::optional<Action>(a));
        QCOMPARE(updated.size(), 2);
        QCOMPARE(updated.last().first().value<Action>(), a);
    }

    void lateActions()
    {
        const QDate today(2025, 3, 15);
        struct Case
        {
            const char* title;
            QDate end;
            Action::Status status;
            bool late;
        };
        const QList<Case> cases{
            {"Overdue planned", QDate(2025, 3, 14), Action::Status::Planned, true},
            {"Overdue in progress", QDate(2025, 1, 31), Action::Status::InProgress, true},
            {"Overdue delayed", QDate(2024, 12, 31), Action::Status::Delayed, true},
            {"Overdue but done", QDate(2025, 1, 1), Action::Status::Done, false},
            {"Overdue but cancelled", QDate(2025, 1, 1), Action::Status::Cancelled, false},
            {"Ends today", today, Action::Status::InProgress, false},
            {"Ends later", QDate(2025, 12, 31), Action::Status::Planned, false},
            {"No end date", QDate(), Action::Status::InProgress, false},
        };
        QHash<QString, QString> idByTitle;
        for (const Case& c : cases) {
            Action a;
            a.priorityId = m_priorityId;
            a.title = QString::fromLatin1(c.title);
            a.endDate = c.end;
            a.status = c.status;
            a.partnerIds = {m_partnerA};
            QVERIFY_OK(actions().add(a));
            QCOMPARE(a.isLate(today), c.late);
            idByTitle.insert(a.title, a.meta.id);
        }

        const QList<Action> late = actions().lateActions(today);
        QStringList titles;
        for (const Action& a : late) {
            titles << a.title;
            QCOMPARE(a.partnerIds, QStringList{m_partnerA});
            QVERIFY(a.isLate(today));
        }
        // The most overdue first.
        QCOMPARE(titles, (QStringList{QStringLiteral("Overdue delayed"),
                                      QStringLiteral("Overdue in progress"),
                                      QStringLiteral("Overdue planned")}));
        QVERIFY(actions().lateActions(QDate(2024, 1, 1)).isEmpty());

        // Marking one done takes it off the list.
        std::optional<Action> planned =
            actions().action(idByTitle.value(QStringLiteral("Overdue planned")));
        QVERIFY(planned.has_value());
        planned->status = Action::Status::Done;
        QVERIFY_OK(actions().update(*planned));
        QCOMPARE(actions().lateActions(today).size(), 2);
    }

    void refusesInvalidActions()
    {
        QSignalSpy added(&actions(), &ActionRepository::actionAdded);
        Action a = fullAction();
        a.title = QStringLiteral(" ");
        QVERIFY(refused(actions().add(a), QStringLiteral("title")));

        a = fullAction();
        a.startDate = QDate(2025, 1, 1);
        a.endDate = QDate(2024, 12, 31);
        QVERIFY(refused(actions().add(a), QStringLiteral("before")));

        a = fullAction();
        a.priorityId = missing;
        QVERIFY(refused(actions().add(a), QStringLiteral("priority")));
        a.priorityId.clear();
        QVERIFY(refused(actions().add(a), QStringLiteral("priority")));

        a = fullAction();
        a.leadId = missing;
        QVERIFY(refused(actions().add(a), QStringLiteral("lead")));

        a = fullAction();
        a.partnerIds << missing;
        QVERIFY(refused(actions().add(a), QStringLiteral("partner")));
        QVERIFY(a.meta.id.isEmpty());

        QCOMPARE(added.size(), 0);
        QVERIFY(actions().actions().isEmpty());
        QVERIFY(rows("action_partner").isEmpty());
    }

    void refusesInvalidChildren()
    {
        Action a = fullAction();
        QVERIFY_OK(actions().add(a));
        QSignalSpy milestoneAdded(&actions(), &ActionRepository::milestoneAdded);
        QSignalSpy indicatorAdded(&actions(), &ActionRepository::indicatorAdded);
        QSignalSpy budgetAdded(&actions(), &ActionRepository::budgetLineAdded);
        QSignalSpy progressAdded(&actions(), &ActionRepository::progressEntryAdded);

        Milestone m{{}, a.meta.id, QString(), QDate(2024, 9, 1), QDate()};
        QVERIFY(refused(actions().add(m), QStringLiteral("title")));
        m.title = QStringLiteral("Pool recruited");
        m.dueDate = QDate();
        QVERIFY(refused(actions().add(m), QStringLiteral("due date")));
        m.dueDate = QDate(2024, 9, 1);
        m.actionId = missing;
        QVERIFY(refused(actions().add(m), QStringLiteral("action")));

        Indicator i{{}, a.meta.id, QString(), {}, {}, {}, {}, {}};
        QVERIFY(refused(actions().add(i), QStringLiteral("name")));
        i.name = QStringLiteral("Consultations");
        i.actionId = missing;
        QVERIFY(refused(actions().add(i), QStringLiteral("action")));

        BudgetLine b{{}, a.meta.id, {}, QStringLiteral("  "), QStringLiteral("EUR"), 100, 0};
        QVERIFY(refused(actions().add(b), QStringLiteral("funding source")));
        b.fundingSource = QStringLiteral("AMIF");
        b.plannedCents = -1;
        QVERIFY(refused(actions().add(b), QStringLiteral("planned amount")));
        b.plannedCents = 100;
        b.spentCents = -5;
        QVERIFY(refused(actions().add(b), QStringLiteral("amount spent")));
        b.spentCents = 0;
        for (const QString& bad : {QStringLiteral("EU"), QStringLiteral("EURO"),
                                   QStringLiteral("E1R"), QStringLiteral("€€€"), QString()}) {
            b.currency = bad;
            QVERIFY2(refused(actions().add(b), QStringLiteral("three-letter")), qPrintable(bad));
        }
        b.currency = QStringLiteral("EUR");
        b.actionId = missing;
        QVERIFY(refused(actions().add(b), QStringLiteral("action")));

        ProgressEntry p{{}, a.meta.id, QDate(), QStringLiteral("Kick-off"), {}};
        QVERIFY(refused(actions().add(p), QStringLiteral("date")));
        p.date = QDate(2024, 5, 2);
        p.text = QStringLiteral("   ");
        QVERIFY(refused(actions().add(p), QStringLiteral("text")));
        p.text = QStringLiteral("Kick-off");
        p.actionId = missing;
        QVERIFY(refused(actions().add(p), QStringLiteral("action")));

        QCOMPARE(milestoneAdded.size(), 0);
        QCOMPARE(indicatorAdded.size(), 0);
        QCOMPARE(budgetAdded.size(), 0);
        QCOMPARE(progressAdded.size(), 0);
        QVERIFY(actions().milestones().isEmpty());
        QVERIFY(actions().indicators().isEmpty());
        QVERIFY(actions().budgetLines().isEmpty());
        QVERIFY(actions().allProgress().isEmpty());
    }

    void worksWithTheGenericUndoCommands()
    {
        QUndoStack stack;
        Action a = fullAction();
        auto* add = new AddRecordCommand<ActionRepository, Action>(&m_city->file(), actions(), a,
                                                                   QStringLiteral("Add action"));
        stack.push(add);
        QCOMPARE(add->lastError(), QString());
        const QString id = add->record().meta.id;
        QCOMPARE(id.size(), 36);
        QCOMPARE(actions().action(id)->partnerIds.size(), 2);
        stack.undo();
        QVERIFY(!actions().action(id));
        QVERIFY(rows("action_partner").isEmpty());
        stack.redo();
        QCOMPARE(actions().action(id), std::optional<Action>(add->record()));

        Action before = *actions().action(id);
        Action after = before;
        after.partnerIds = {m_partnerC};
        after.status = Action::Status::Done;
        stack.push(new EditRecordCommand<ActionRepository, Action>(
            &m_city->file(), actions(), before, after, QStringLiteral("Edit")));
        QCOMPARE(actions().action(id)->partnerIds, QStringList{m_partnerC});
        stack.undo();
        const std::optional<Action> undone = actions().action(id);
        QVERIFY(undone.has_value());
        QCOMPARE(undone->partnerIds, before.partnerIds);
        QCOMPARE(undone->status, before.status);

        Milestone m{{}, id, QStringLiteral("Pool recruited"), QDate(2024, 9, 1), QDate()};
        QVERIFY_OK(actions().add(m));
        stack.push(new RemoveRecordCommand<ActionRepository, Action>(
            &m_city->file(), actions(), *actions().action(id), QStringLiteral("Remove")));
        QVERIFY(!actions().action(id));
        QVERIFY(!actions().milestone(m.meta.id));
        stack.undo();
        QVERIFY(actions().action(id).has_value());
        QCOMPARE(actions().milestone(m.meta.id), std::optional<Milestone>(m));
    }
};

QTEST_GUILESS_MAIN(TestActionRepository)
#include "TestActionRepository.moc"

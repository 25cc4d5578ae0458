// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionPlanSetUp.h"
#include "RecordChecks.h"
#include "TestCity.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "plan/ActionRepository.h"
#include "storage/CityFile.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

// The action plan's actions: stored and read back whole with their partners, a removed
// stakeholder's lead and partnership cleared and given back on undo, what is late, every
// refusal, and the generic undo commands. Milestones, indicators, budget lines and progress:
// TestActionChildren.
class TestActionRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    std::unique_ptr<ActionPlanSetUp> m_plan;

    ActionRepository& actions() { return m_city->repositories().actions(); }
    const QString missing = QStringLiteral("00000000-0000-0000-0000-000000000000");

private slots:
    void init()
    {
        m_city = TestCity::create(QStringLiteral("Fuenlabrada"));
        m_plan = std::make_unique<ActionPlanSetUp>(m_city->repositories());
        QVERIFY(m_plan->ok());
    }

    void cleanup()
    {
        m_plan.reset();
        m_city.reset();
    }

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
        Action a = m_plan->fullAction();
        // Given unsorted, repeated and blank: stored sorted, once each.
        a.partnerIds = {m_plan->partnerB(), m_plan->partnerA(), m_plan->partnerB(), QString()};
        const Result<void> r = actions().add(a);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QStringList expected{m_plan->partnerA(), m_plan->partnerB()};
        expected.sort();
        QCOMPARE(a.partnerIds, expected);
        QCOMPARE(a.meta.id.size(), 36);
        QVERIFY(a.meta.createdAt.isValid());
        QCOMPARE(a.meta.originCity, m_city->file().cityId());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().value<Action>(), a);
        QCOMPARE(m_plan->rows("action_partner").size(), 2);
        for (const QVariantMap& row : m_plan->rows("action_partner")) {
            QCOMPARE(row.value(QStringLiteral("action_id")).toString(), a.meta.id);
            QCOMPARE(row.value(QStringLiteral("origin_city")).toString(), m_city->file().cityId());
        }

        QCOMPARE(actions().action(a.meta.id), std::optional<Action>(a));
        QCOMPARE(actions().actions(), QList<Action>{a});
        QCOMPARE(actions().actions(m_plan->priorityId()), QList<Action>{a});
        QVERIFY(actions().actions(missing).isEmpty());
        QVERIFY(!actions().action(missing));

        // Without lead, partners or dates, they come back empty.
        Action bare;
        bare.priorityId = m_plan->priorityId();
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
        Action a = m_plan->fullAction();
        QVERIFY_OK(actions().add(a));
        QString rowOfA;
        for (const QVariantMap& row : m_plan->rows("action_partner")) {
            if (row.value(QStringLiteral("stakeholder_id")).toString() == m_plan->partnerA())
                rowOfA = row.value(QStringLiteral("id")).toString();
        }
        QVERIFY(!rowOfA.isEmpty());

        QSignalSpy updated(&actions(), &ActionRepository::actionUpdated);
        a.title = QStringLiteral("Interpreting pool");
        a.partnerIds = {m_plan->partnerC(), m_plan->partnerA()};
        a.leadId.clear();
        a.status = Action::Status::Delayed;
        a.endDate = QDate(2025, 9, 30);
        QVERIFY_OK(actions().update(a));
        QCOMPARE(updated.size(), 1);
        QStringList expected{m_plan->partnerA(), m_plan->partnerC()};
        expected.sort();
        QCOMPARE(a.partnerIds, expected);
        QCOMPARE(actions().action(a.meta.id), std::optional<Action>(a));

        // Partner A kept its row (identity matters to merges); B went, C came.
        const QList<QVariantMap> partners = m_plan->rows("action_partner");
        QCOMPARE(partners.size(), 2);
        bool keptA = false;
        for (const QVariantMap& row : partners)
            keptA = keptA || row.value(QStringLiteral("id")).toString() == rowOfA;
        QVERIFY(keptA);

        a.partnerIds.clear();
        QVERIFY_OK(actions().update(a));
        QVERIFY(m_plan->rows("action_partner").isEmpty());
        QVERIFY(actions().action(a.meta.id)->partnerIds.isEmpty());

        // A refused update changes neither the file nor the caller's record.
        Action broken = a;
        broken.partnerIds = {m_plan->partnerA(), missing};
        QVERIFY(refused(actions().update(broken), QStringLiteral("partner")));
        QCOMPARE(broken.partnerIds, (QStringList{m_plan->partnerA(), missing}));
        QCOMPARE(actions().action(a.meta.id), std::optional<Action>(a));
        QCOMPARE(updated.size(), 2);
    }

    void removingAStakeholderClearsLeadAndPartnerAndUndoPutsThemBack()
    {
        Action a = m_plan->fullAction();
        a.leadId = m_plan->partnerA(); // the same stakeholder both leads and takes part
        QVERIFY_OK(actions().add(a));
        Action untouched;
        untouched.priorityId = m_plan->priorityId();
        untouched.title = QStringLiteral("Health mediators");
        untouched.partnerIds = {m_plan->partnerC()};
        QVERIFY_OK(actions().add(untouched));
        const QList<QVariantMap> before = m_plan->actionRows();

        // Removed below the stakeholders' repository: the store announces what it changed
        // through the repository owning it, whoever asked.
        QSignalSpy updated(&actions(), &ActionRepository::actionUpdated);
        QSignalSpy removed(&actions(), &ActionRepository::actionRemoved);
        Result<RowSnapshot> snap =
            m_city->repositories().store().removeOne("stakeholder", m_plan->partnerA());
        QVERIFY(snap.ok());
        const std::optional<Action> after = actions().action(a.meta.id);
        QVERIFY(after.has_value());
        QVERIFY(after->leadId.isEmpty());
        QCOMPARE(after->partnerIds, QStringList{m_plan->partnerB()});
        // Announced once, though it lost both its lead and a partner.
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.first().first().value<Action>(), *after);
        QCOMPARE(removed.size(), 0);

        QVERIFY_OK(m_city->repositories().store().restoreOne(snap.value()));
        QCOMPARE(m_plan->actionRows(), before);
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
            a.priorityId = m_plan->priorityId();
            a.title = QString::fromLatin1(c.title);
            a.endDate = c.end;
            a.status = c.status;
            a.partnerIds = {m_plan->partnerA()};
            QVERIFY_OK(actions().add(a));
            QCOMPARE(a.isLate(today), c.late);
            idByTitle.insert(a.title, a.meta.id);
        }

        const QList<Action> late = actions().lateActions(today);
        QStringList titles;
        for (const Action& a : late) {
            titles << a.title;
            QCOMPARE(a.partnerIds, QStringList{m_plan->partnerA()});
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
        Action a = m_plan->fullAction();
        a.title = QStringLiteral(" ");
        QVERIFY(refused(actions().add(a), QStringLiteral("title")));

        a = m_plan->fullAction();
        a.startDate = QDate(2025, 1, 1);
        a.endDate = QDate(2024, 12, 31);
        QVERIFY(refused(actions().add(a), QStringLiteral("before")));

        a = m_plan->fullAction();
        a.priorityId = missing;
        QVERIFY(refused(actions().add(a), QStringLiteral("priority")));
        a.priorityId.clear();
        QVERIFY(refused(actions().add(a), QStringLiteral("priority")));

        a = m_plan->fullAction();
        a.leadId = missing;
        QVERIFY(refused(actions().add(a), QStringLiteral("lead")));

        a = m_plan->fullAction();
        a.partnerIds << missing;
        QVERIFY(refused(actions().add(a), QStringLiteral("partner")));
        QVERIFY(a.meta.id.isEmpty());

        QCOMPARE(added.size(), 0);
        QVERIFY(actions().actions().isEmpty());
        QVERIFY(m_plan->rows("action_partner").isEmpty());
    }

    void worksWithTheGenericUndoCommands()
    {
        QUndoStack stack;
        Action a = m_plan->fullAction();
        auto* add = new AddRecordCommand<ActionRepository, Action>(&m_city->file(), actions(), a,
                                                                   QStringLiteral("Add action"));
        stack.push(add);
        QCOMPARE(add->lastError(), QString());
        const QString id = add->record().meta.id;
        QCOMPARE(id.size(), 36);
        QCOMPARE(actions().action(id)->partnerIds.size(), 2);
        stack.undo();
        QVERIFY(!actions().action(id));
        QVERIFY(m_plan->rows("action_partner").isEmpty());
        stack.redo();
        QCOMPARE(actions().action(id), std::optional<Action>(add->record()));

        Action before = *actions().action(id);
        Action after = before;
        after.partnerIds = {m_plan->partnerC()};
        after.status = Action::Status::Done;
        stack.push(new EditRecordCommand<ActionRepository, Action>(
            &m_city->file(), actions(), before, after, QStringLiteral("Edit")));
        QCOMPARE(actions().action(id)->partnerIds, QStringList{m_plan->partnerC()});
        stack.undo();
        const std::optional<Action> undone = actions().action(id);
        QVERIFY(undone.has_value());
        QCOMPARE(undone->partnerIds, before.partnerIds);
        QCOMPARE(undone->status, before.status);

        Milestone m{{}, id, QStringLiteral("Pool recruited"), QDate(2024, 9, 1), QDate(), 0, {}};
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "city/Repositories.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"
#include "plan/PlanRoles.h"
#include "plan/PlanTreeModel.h"
#include "stakeholders/StakeholderRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The action plan's tree over the demo city: its shape, its rollups, the roles the timeline
// reads, row-level updates after an edit, and the filters.
class TestPlanTreeModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    std::unique_ptr<PlanTreeModel> m_model;
    const QDate today{2026, 12, 4};

    Repositories& repos() { return m_city->repositories(); }

private slots:
    void init()
    {
        m_city = TestCity::demo();
        QVERIFY(m_city);
        m_model = std::make_unique<PlanTreeModel>(repos().plan(), repos().actions(),
                                                  repos().stakeholders());
        m_model->setToday(today);
        new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    }
    void cleanup()
    {
        m_model.reset();
        m_city.reset();
    }

    void showsPrioritiesActionsAndMilestones()
    {
        const QList<Priority> priorities = repos().plan().priorities();
        QCOMPARE(m_model->rowCount(), int(priorities.size()));
        const QModelIndex first = m_model->index(0, 0);
        QCOMPARE(m_model->idAt(first), priorities.first().meta.id);
        QCOMPARE(first.data(PlanRoles::RowKindRole).toInt(), int(PlanRoles::PriorityRow));
        const QList<Action> actions = repos().actions().actions(priorities.first().meta.id);
        QCOMPARE(m_model->rowCount(first), int(actions.size()));
        const QModelIndex action = m_model->index(0, 0, first);
        QCOMPARE(action.data(PlanRoles::RowKindRole).toInt(), int(PlanRoles::ActionRow));
        const Action a = *m_model->actionAt(action);
        QCOMPARE(action.data(PlanRoles::StartDateRole).toDate(), a.startDate);
        QCOMPARE(action.data(PlanRoles::EndDateRole).toDate(), a.endDate);
        QCOMPARE(action.data(PlanRoles::StatusRole).toString(), Action::toText(a.status));
        QCOMPARE(m_model->rowCount(action), int(repos().actions().milestones(a.meta.id).size()));
        const QModelIndex milestone = m_model->index(0, 0, action);
        QCOMPARE(milestone.data(PlanRoles::RowKindRole).toInt(), int(PlanRoles::MilestoneRow));
        QVERIFY(milestone.data(PlanRoles::DueDateRole).toDate().isValid());
        // The first priority was adopted: its actions have a baseline.
        QVERIFY(action.data(PlanRoles::BaselineEndRole).toDate().isValid());
    }

    void rollupsAreTheCoresOnEveryLevel()
    {
        const PlanRollups rollups =
            PlanRollups::compute(PlanData::load(repos().plan(), repos().actions()), today);
        QCOMPARE(m_model->rollups().whole(), rollups.whole());
        const QModelIndex first = m_model->index(0, 0);
        const QString id = m_model->idAt(first);
        const int late = rollups.priority(id).late;
        QCOMPARE(first.data(PlanRoles::LateRole).toBool(), late > 0);
        const QString progress = m_model->index(0, PlanTreeModel::ProgressColumn).data().toString();
        QVERIFY2(progress.contains(QString::number(qRound(rollups.priority(id).progress * 100))),
                 qPrintable(progress));
    }

    void anEditUpdatesItsRowsOnly()
    {
        // The first milestone not yet done, under an action of the first priority.
        QModelIndex milestone;
        for (int p = 0; p < m_model->rowCount() && !milestone.isValid(); ++p) {
            const QModelIndex priority = m_model->index(p, 0);
            for (int a = 0; a < m_model->rowCount(priority) && !milestone.isValid(); ++a) {
                const QModelIndex action = m_model->index(a, 0, priority);
                for (int m = 0; m < m_model->rowCount(action); ++m) {
                    const QModelIndex candidate = m_model->index(m, 0, action);
                    if (!m_model->milestoneAt(candidate)->isDone()) {
                        milestone = candidate;
                        break;
                    }
                }
            }
        }
        QVERIFY(milestone.isValid());
        const QPersistentModelIndex kept(milestone);
        const int doneBefore = m_model->rollups().whole().milestonesDone;
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy rollups(m_model.get(), &PlanTreeModel::rollupsChanged);
        Milestone m = *m_model->milestoneAt(milestone);
        m.doneOn = today;
        QVERIFY(repos().actions().update(m));
        QCOMPARE(reset.size(), 0);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(PlanRoles::DoneOnRole).toDate(), today);
        QCOMPARE(m_model->rollups().whole().milestonesDone, doneBefore + 1);
        QCOMPARE(changed.size(), 3); // the milestone, its action, its priority
        QVERIFY(rollups.size() >= 1);
    }

    void filtersNarrowTheActions()
    {
        PlanTreeModel::Filter late;
        late.lateOnly = true;
        m_model->setFilter(late);
        int shown = 0;
        for (int p = 0; p < m_model->rowCount(); ++p) {
            const QModelIndex priority = m_model->index(p, 0);
            QVERIFY(m_model->rowCount(priority) > 0); // priorities without a late action go
            for (int a = 0; a < m_model->rowCount(priority); ++a) {
                QVERIFY(m_model->index(a, 0, priority).data(PlanRoles::LateRole).toBool());
                ++shown;
            }
        }
        QCOMPARE(shown, m_model->rollups().whole().late);

        PlanTreeModel::Filter source;
        source.fundingSource = QStringLiteral("MMPTF");
        m_model->setFilter(source);
        QVERIFY(m_model->rowCount() > 0);
        for (int p = 0; p < m_model->rowCount(); ++p) {
            const QModelIndex priority = m_model->index(p, 0);
            for (int a = 0; a < m_model->rowCount(priority); ++a) {
                const QString id = m_model->idAt(m_model->index(a, 0, priority));
                const QList<BudgetLine> lines = repos().actions().budgetLines(id);
                QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const BudgetLine& b) {
                    return b.fundingSource == QLatin1String("MMPTF");
                }));
            }
        }
        QVERIFY(m_model->fundingSources().contains(QStringLiteral("AMIF")));
        m_model->setFilter({});
        QCOMPARE(m_model->rowCount(), int(repos().plan().priorities().size()));
    }

    void addedAndRemovedActionsShowAndGo()
    {
        const QModelIndex first = m_model->index(0, 0);
        const QString priorityId = m_model->idAt(first);
        const int before = m_model->rowCount(first);
        // Another row, selected in a view, stays where it is: no reset.
        const QPersistentModelIndex other(m_model->index(0, 0, first));
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Action a;
        a.priorityId = priorityId;
        a.title = QStringLiteral("Translation hotline");
        a.position = 99;
        QVERIFY(repos().actions().add(a));
        QCOMPARE(m_model->rowCount(first), before + 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(0).toModelIndex(), QModelIndex(first));
        QCOMPARE(inserted.first().at(1).toInt(), before); // last by position
        QCOMPARE(m_model->indexOf(a.meta.id).row(), before);
        // The priority's figures (its number of actions) are announced.
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant>& args) {
            return args.at(0).toModelIndex() == first;
        }));
        QVERIFY(repos().actions().remove(a));
        QCOMPARE(m_model->rowCount(first), before);
        QCOMPARE(removed.size(), 1);
        QVERIFY(!m_model->indexOf(a.meta.id).isValid());
        QCOMPARE(reset.size(), 0);
        QVERIFY(other.isValid());
        QCOMPARE(other.row(), 0);
    }

    void aMilestoneTakesItsPlaceByDueDate()
    {
        const QModelIndex action = m_model->index(0, 0, m_model->index(0, 0));
        const Action a = *m_model->actionAt(action);
        const int before = m_model->rowCount(action);
        QVERIFY(before > 0);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Milestone m;
        m.actionId = a.meta.id;
        m.title = QStringLiteral("Hotline leaflet printed");
        // Before every other milestone of the action: the first row.
        m.dueDate = m_model->index(0, 0, action).data(PlanRoles::DueDateRole).toDate().addDays(-1);
        QVERIFY(repos().actions().add(m));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(0).toModelIndex(), QModelIndex(action));
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(m_model->idAt(m_model->index(0, 0, action)), m.meta.id);
        QCOMPARE(m_model->rowCount(action), before + 1);
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant>& args) {
            return args.at(0).toModelIndex() == action;
        }));
    }

    void anActionGivenToAnotherPriorityMovesWithItsMilestones()
    {
        QVERIFY(m_model->rowCount() >= 2);
        const QModelIndex from = m_model->index(0, 0);
        const QModelIndex to = m_model->index(1, 0);
        const QPersistentModelIndex moving(m_model->index(0, 0, from));
        const int milestones = m_model->rowCount(moving);
        QVERIFY(milestones > 0);
        const int fromBefore = m_model->rowCount(from);
        const int toBefore = m_model->rowCount(to);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        Action a = *m_model->actionAt(moving);
        a.priorityId = m_model->idAt(to);
        QVERIFY(repos().actions().update(a));
        QCOMPARE(reset.size(), 0);
        QVERIFY(moved.size() >= 1);
        // The row a view had selected follows the action to its new priority.
        QVERIFY(moving.isValid());
        QCOMPARE(moving.parent(), QModelIndex(to));
        QCOMPARE(m_model->idAt(moving), a.meta.id);
        QCOMPARE(m_model->rowCount(moving), milestones);
        QCOMPARE(m_model->rowCount(from), fromBefore - 1);
        QCOMPARE(m_model->rowCount(to), toBefore + 1);
    }

    void aFilterRemovesAndRestoresRowsWithoutAReset()
    {
        // A row the filter keeps stays the same row for a view.
        QPersistentModelIndex late;
        for (int p = 0; p < m_model->rowCount() && !late.isValid(); ++p) {
            const QModelIndex priority = m_model->index(p, 0);
            for (int a = 0; a < m_model->rowCount(priority); ++a) {
                if (m_model->index(a, 0, priority).data(PlanRoles::LateRole).toBool()) {
                    late = m_model->index(a, 0, priority);
                    break;
                }
            }
        }
        QVERIFY(late.isValid());
        const QString id = m_model->idAt(late);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        PlanTreeModel::Filter filter;
        filter.lateOnly = true;
        m_model->setFilter(filter);
        QVERIFY(removed.size() > 0);
        QVERIFY(late.isValid());
        QCOMPARE(m_model->idAt(late), id);
        m_model->setFilter({});
        QVERIFY(inserted.size() > 0);
        QCOMPARE(reset.size(), 0);
        QVERIFY(late.isValid());
        QCOMPARE(m_model->rowCount(), int(repos().plan().priorities().size()));
        QCOMPARE(m_model->rowCount(), int(m_model->plan().priorities.size()));
    }

    void aReorderedPriorityMovesItsRow()
    {
        QVERIFY(m_model->rowCount() >= 2);
        const QPersistentModelIndex first(m_model->index(0, 0));
        const QString id = m_model->idAt(first);
        const int children = m_model->rowCount(first);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        Priority p = *repos().plan().priority(id);
        p.rank = 1000;
        QVERIFY(repos().plan().update(p));
        QCOMPARE(reset.size(), 0);
        QVERIFY(moved.size() >= 1);
        QCOMPARE(first.row(), m_model->rowCount() - 1);
        QCOMPARE(m_model->idAt(first), id);
        QCOMPARE(m_model->rowCount(first), children);
    }

    void aLeadRenamedOnTheMapIsRenamedInThePlan()
    {
        const auto led =
            std::find_if(m_model->plan().actions.cbegin(), m_model->plan().actions.cend(),
                         [](const Action& a) { return !a.leadId.isEmpty(); });
        QVERIFY(led != m_model->plan().actions.cend());
        const QModelIndex row =
            m_model->indexOf(led->meta.id).siblingAtColumn(PlanTreeModel::LeadColumn);
        Stakeholder lead = *repos().stakeholders().stakeholder(led->leadId);
        QCOMPARE(row.data().toString(), lead.name);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        lead.name = QStringLiteral("Health Mediators' Network");
        QVERIFY(repos().stakeholders().update(lead));
        QCOMPARE(row.data().toString(), QStringLiteral("Health Mediators' Network"));
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant>& args) {
            return args.at(0).toModelIndex().row() == row.row() &&
                   args.at(0).toModelIndex().parent() == row.parent();
        }));
    }

    void aRemovedBudgetLineUpdatesItsActionsTotals()
    {
        const BudgetLine line = repos().actions().budgetLines().first();
        const QModelIndex action = m_model->indexOf(line.actionId);
        QVERIFY(action.isValid());
        const qint64 before =
            m_model->rollups().action(line.actionId).byCurrency.value(line.currency).plannedCents;
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(repos().actions().remove(line));
        QCOMPARE(
            m_model->rollups().action(line.actionId).byCurrency.value(line.currency).plannedCents,
            before - line.plannedCents);
        // The action's row is announced, not only the priorities.
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant>& args) {
            return args.at(0).toModelIndex() == action;
        }));
    }
};

QTEST_MAIN(TestPlanTreeModel)
#include "TestPlanTreeModel.moc"

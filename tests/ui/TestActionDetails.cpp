// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "city/Repositories.h"
#include "plan/ActionPlanPane.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"
#include "plan/PlanTreeModel.h"
#include "plan/detail/ActionDetails.h"
#include "plan/detail/BudgetLinesModel.h"
#include "plan/detail/IndicatorChart.h"
#include "plan/detail/IndicatorValuesModel.h"
#include "plan/detail/IndicatorsModel.h"
#include "plan/detail/ProgressLogModel.h"
#include "shell/DialogHooks.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

// An action's budget lines and progress log under the plan's tree: edited in place, each edit
// one undo step, refusals said, and the plan's figures following.
class TestActionDetails : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    std::unique_ptr<ActionPlanPane> m_pane;
    Action m_action;

    Repositories& repos() { return m_city->repositories(); }

private slots:
    void init()
    {
        DialogHooks::reset();
        DialogHooks::setInteractive(false);
        m_city = TestCity::create();
        QVERIFY(m_city);
        Priority p;
        p.title = QStringLiteral("Access to health care");
        QVERIFY(repos().plan().add(p));
        m_action = Action();
        m_action.priorityId = p.meta.id;
        m_action.title = QStringLiteral("Interpreting pool");
        QVERIFY(repos().actions().add(m_action));
        m_pane = std::make_unique<ActionPlanPane>(
            PaneContext{m_city->file(), repos(), m_city->undoStack()});
        m_pane->setToday(QDate(2026, 6, 15));
        new QAbstractItemModelTester(m_pane->details()->budget(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_pane.get());
        new QAbstractItemModelTester(m_pane->details()->progress(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_pane.get());
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }
    void cleanup()
    {
        m_pane.reset();
        m_city.reset();
        DialogHooks::reset();
    }

    void followsTheSelectedAction()
    {
        ActionDetails* details = m_pane->details();
        QVERIFY(!details->isEnabled());
        auto* tree = m_pane->findChild<QTreeView*>(QStringLiteral("planTree"));
        tree->setCurrentIndex(m_pane->model()->indexOf(m_action.meta.id));
        QVERIFY(details->isEnabled());
        QCOMPARE(details->budget()->actionId(), m_action.meta.id);
        tree->setCurrentIndex(m_pane->model()->index(0, 0)); // the priority
        QVERIFY(!details->isEnabled());
    }

    void budgetLinesEditedInPlace()
    {
        auto* tree = m_pane->findChild<QTreeView*>(QStringLiteral("planTree"));
        tree->setCurrentIndex(m_pane->model()->indexOf(m_action.meta.id));
        BudgetLinesModel* budget = m_pane->details()->budget();
        QUndoStack& undo = m_city->undoStack();
        QCOMPARE(budget->addRecord(), 0);
        QCOMPARE(repos().actions().budgetLines(m_action.meta.id).size(), 1);
        QVERIFY(budget->setData(budget->index(0, BudgetLinesModel::Source), "AMIF"));
        QVERIFY(budget->setData(budget->index(0, BudgetLinesModel::Planned), "1500.50"));
        QVERIFY(budget->setData(budget->index(0, BudgetLinesModel::Committed), "900"));
        QSignalSpy message(budget, &BudgetLinesModel::messageChanged);
        QVERIFY(!budget->setData(budget->index(0, BudgetLinesModel::Spent), "a lot"));
        QVERIFY(message.last().first().toString().contains(QStringLiteral("a lot")));
        QVERIFY(!budget->setData(budget->index(0, BudgetLinesModel::Currency), "euros"));
        const BudgetLine stored = repos().actions().budgetLines(m_action.meta.id).first();
        QCOMPARE(stored.fundingSource, QStringLiteral("AMIF"));
        QCOMPARE(stored.plannedCents, qint64(150050));
        QCOMPARE(stored.committedCents, qint64(90000));
        // The plan's figures follow.
        QCOMPARE(m_pane->model()->rollups().whole().byCurrency.value("EUR").plannedCents,
                 qint64(150050));
        // Spending over the plan is allowed and said.
        QVERIFY(budget->setData(budget->index(0, BudgetLinesModel::Spent), "1600"));
        QVERIFY(budget->summary().contains(
            ActionRepository::warnings(*repos().actions().budgetLine(stored.meta.id)).first()));
        const int steps = undo.count();
        undo.undo();
        QCOMPARE(repos().actions().budgetLine(stored.meta.id)->spentCents, qint64(0));
        QCOMPARE(undo.count(), steps);
        while (undo.canUndo())
            undo.undo();
        QVERIFY(repos().actions().budgetLines().isEmpty());
        QCOMPARE(budget->rowCount(), 0);
    }

    void fundingSourcesOfferedAsChoices()
    {
        // Another action's lines name the file's sources; this action has one line.
        Action other;
        other.priorityId = m_action.priorityId;
        other.title = QStringLiteral("Language cafés");
        QVERIFY(repos().actions().add(other));
        for (const char* source : {"municipal budget", "MMPTF", "AMIF"}) {
            BudgetLine line;
            line.actionId = other.meta.id;
            line.fundingSource = QLatin1String(source);
            QVERIFY(repos().actions().add(line));
        }
        BudgetLine mine;
        mine.actionId = m_action.meta.id;
        mine.fundingSource = QStringLiteral("AMIF");
        QVERIFY(repos().actions().add(mine));
        auto* tree = m_pane->findChild<QTreeView*>(QStringLiteral("planTree"));
        tree->setCurrentIndex(m_pane->model()->indexOf(m_action.meta.id));
        auto* table = m_pane->findChild<QTableView*>(QStringLiteral("budgetTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        const QModelIndex cell = table->model()->index(0, BudgetLinesModel::Source);
        QUndoStack& undo = m_city->undoStack();
        const auto openEditor = [&]() -> QComboBox* {
            // The editor closed last is deleted later.
            if (!QTest::qWaitFor([&] { return !table->findChild<QComboBox*>(); }, 1000))
                return nullptr;
            table->setCurrentIndex(cell);
            table->edit(cell);
            auto* combo = table->findChild<QComboBox*>(QStringLiteral("fundingSourceEditor"));
            if (combo)
                combo->setFocus();
            return combo;
        };
        const auto itemsOf = [](QComboBox* combo) {
            QStringList items;
            for (int i = 0; i < combo->count(); ++i)
                items << combo->itemText(i);
            return items;
        };

        QComboBox* combo = openEditor();
        QVERIFY(combo);
        QVERIFY(combo->isEditable());
        QCOMPARE(itemsOf(combo), QStringList({QStringLiteral("AMIF"), QStringLiteral("MMPTF"),
                                              QStringLiteral("municipal budget")}));
        QCOMPARE(combo->currentText(), QStringLiteral("AMIF"));
        // Chosen from the list: stored at once, one undo step.
        QTest::keyClick(combo, Qt::Key_Down);
        QTRY_COMPARE(repos().actions().budgetLine(mine.meta.id)->fundingSource,
                     QStringLiteral("MMPTF"));
        QCOMPARE(undo.count(), 1);

        // Typed: a source no line names yet is taken, and offered next time.
        combo = openEditor();
        QVERIFY(combo);
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("Fondation Abbe Pierre"));
        QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(repos().actions().budgetLine(mine.meta.id)->fundingSource,
                     QStringLiteral("Fondation Abbe Pierre"));
        QCOMPARE(undo.count(), 2);
        combo = openEditor();
        QVERIFY(combo);
        QCOMPARE(itemsOf(combo),
                 QStringList({QStringLiteral("AMIF"), QStringLiteral("Fondation Abbe Pierre"),
                              QStringLiteral("MMPTF"), QStringLiteral("municipal budget")}));
        // Left unchanged, or given up with Escape: nothing is stored.
        QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
        combo = openEditor();
        QVERIFY(combo);
        QTest::keyClicks(combo->lineEdit(), QStringLiteral(" and more"));
        QTest::keyClick(combo->lineEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!table->findChild<QComboBox*>());
        QCOMPARE(undo.count(), 2);
        QCOMPARE(repos().actions().budgetLine(mine.meta.id)->fundingSource,
                 QStringLiteral("Fondation Abbe Pierre"));
        undo.undo();
        QCOMPARE(repos().actions().budgetLine(mine.meta.id)->fundingSource,
                 QStringLiteral("MMPTF"));
    }

    void progressNotesEditedInPlace()
    {
        auto* tree = m_pane->findChild<QTreeView*>(QStringLiteral("planTree"));
        tree->setCurrentIndex(m_pane->model()->indexOf(m_action.meta.id));
        ProgressLogModel* log = m_pane->details()->progress();
        QCOMPARE(log->addRecord(), 0);
        const ProgressEntry made = repos().actions().progress(m_action.meta.id).first();
        QCOMPARE(made.date, QDate(2026, 6, 15));
        QVERIFY(log->setData(log->index(0, ProgressLogModel::Text),
                             "The tender was published again; award in December."));
        QVERIFY(!log->setData(log->index(0, ProgressLogModel::Text), "   ")); // never blank
        QVERIFY(log->setData(log->index(0, ProgressLogModel::Date), QDate(2026, 6, 1)));
        QCOMPARE(repos().actions().progressEntry(made.meta.id)->date, QDate(2026, 6, 1));
        QVERIFY(repos().actions().progressEntry(made.meta.id)->text.startsWith("The tender"));
        m_city->undoStack().undo();
        QCOMPARE(repos().actions().progressEntry(made.meta.id)->date, QDate(2026, 6, 15));
    }

    void indicatorsWithTheirValuesAndChart()
    {
        auto* tree = m_pane->findChild<QTreeView*>(QStringLiteral("planTree"));
        tree->setCurrentIndex(m_pane->model()->indexOf(m_action.meta.id));
        ActionDetails* details = m_pane->details();
        new QAbstractItemModelTester(details->indicators(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_pane.get());
        new QAbstractItemModelTester(details->values(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_pane.get());
        IndicatorsModel* indicators = details->indicators();
        QCOMPARE(indicators->addRecord(), 0);
        QVERIFY(indicators->setData(indicators->index(0, IndicatorsModel::Name), "People trained"));
        QVERIFY(indicators->setData(indicators->index(0, IndicatorsModel::Baseline), "10"));
        QVERIFY(!indicators->setData(indicators->index(0, IndicatorsModel::Target), "many"));
        QVERIFY(indicators->setData(indicators->index(0, IndicatorsModel::Target), "10"));
        QVERIFY(!indicators->summary().isEmpty()); // a target equal to the baseline is said
        QVERIFY(indicators->setData(indicators->index(0, IndicatorsModel::Target), "40"));
        QVERIFY(indicators->summary().isEmpty());
        QVERIFY(indicators->setData(indicators->index(0, IndicatorsModel::Baseline), ""));
        const Indicator stored = repos().actions().indicators(m_action.meta.id).first();
        QVERIFY(!stored.baseline); // emptied: unknown, not zero
        QCOMPARE(*stored.target, 40.0);

        details->showIndicator(0);
        IndicatorValuesModel* values = details->values();
        QCOMPARE(values->indicatorId(), stored.meta.id);
        QCOMPARE(values->addRecord(), 0);
        QVERIFY(values->setData(values->index(0, IndicatorValuesModel::Value), "12"));
        QVERIFY(values->setData(values->index(0, IndicatorValuesModel::Date), QDate(2026, 3, 31)));
        QCOMPARE(values->addRecord(), 1);
        QVERIFY(values->setData(values->index(1, IndicatorValuesModel::Value), "15"));
        QVERIFY(!values->setData(values->index(1, IndicatorValuesModel::Value), "fifteen"));
        QCOMPARE(indicators->index(0, IndicatorsModel::Now).data().toString(),
                 QStringLiteral("15"));
        QCOMPARE(details->chart()->points().size(), 2);
        QCOMPARE(details->chart()->points().last().second, 15.0);
        // Values that add up: the chart draws the running total, "now" is the sum.
        QVERIFY(indicators->setData(indicators->index(0, IndicatorsModel::AddUp), Qt::Checked,
                                    Qt::CheckStateRole));
        QCOMPARE(indicators->index(0, IndicatorsModel::Now).data().toString(),
                 QStringLiteral("27"));
        QCOMPARE(details->chart()->points().last().second, 27.0);
        m_city->undoStack().undo();
        QCOMPARE(details->chart()->points().last().second, 15.0);
    }

    void readOnlyOffersNoEdit()
    {
        auto* tree = m_pane->findChild<QTreeView*>(QStringLiteral("planTree"));
        tree->setCurrentIndex(m_pane->model()->indexOf(m_action.meta.id));
        m_pane->setReadOnly(true);
        QCOMPARE(m_pane->details()->budget()->addRecord(), -1);
        QCOMPARE(m_pane->details()->progress()->addRecord(), -1);
    }
};

QTEST_MAIN(TestActionDetails)
#include "TestActionDetails.moc"

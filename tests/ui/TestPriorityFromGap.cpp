// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrioritiesPaneDriver.h"
#include "checklists/ChecklistRepository.h"
#include "checklists/ChecklistsPane.h"
#include "checklists/GapsModel.h"

#include <QAction>
#include <QTabWidget>
#include <QTableView>

// "Make a priority from this gap" in the Service access pane's Gaps tab: one undo step that
// makes a draft priority resting on the gap's item, then shows it in the Priorities pane.
class TestPriorityFromGap : public QObject
{
    Q_OBJECT

private:
    struct Session
    {
        std::unique_ptr<TestCity> city;
        PrioritiesPaneDriver::FakeNavigator navigator;
        std::unique_ptr<ChecklistsPane> pane;

        ~Session() { pane.reset(); }
        template <typename T> T* find(const QString& name)
        {
            T* w = pane->findChild<T*>(name);
            if (!w)
                qFatal("no widget %s", qPrintable(name));
            return w;
        }
    };

    static std::unique_ptr<Session> open(bool withNavigator = true)
    {
        auto s = std::make_unique<Session>();
        s->city = TestCity::demo();
        const PaneContext context{s->city->file(), s->city->repositories(), s->city->undoStack(),
                                  withNavigator ? &s->navigator : nullptr};
        s->pane = std::make_unique<ChecklistsPane>(context);
        s->pane->resize(1280, 720);
        s->pane->show();
        if (!QTest::qWaitForWindowExposed(s->pane.get()))
            qFatal("the pane did not show");
        // The Gaps tab.
        s->find<QTabWidget>(QStringLiteral("checklistsTabs"))->setCurrentIndex(2);
        return s;
    }

private slots:
    void makesADraftPriorityWithItsEvidence()
    {
        auto s = open();
        auto* gaps = s->find<QTableView>(QStringLiteral("gapsTable"));
        auto* button = s->find<QPushButton>(QStringLiteral("makePriority"));
        QAction* action = gaps->findChild<QAction*>(QStringLiteral("makePriorityAction"));
        QVERIFY(action);
        QVERIFY(gaps->model()->rowCount() > 0);
        QVERIFY(!button->isEnabled());
        QVERIFY(!action->isEnabled());

        gaps->selectRow(0);
        QVERIFY(button->isEnabled());
        QVERIFY(action->isEnabled());
        const QString itemId = gaps->model()->index(0, 0).data(GapsModel::ItemIdRole).toString();
        PlanRepository& plan = s->city->repositories().plan();
        const int before = int(plan.priorities().size());
        const int steps = s->city->undoStack().count();

        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(s->city->undoStack().count(), steps + 1);
        QCOMPARE(int(plan.priorities().size()), before + 1);
        QCOMPARE(s->navigator.calls.size(), 1);
        const QString id = s->navigator.calls.first().section(QLatin1Char(':'), 1);
        QCOMPARE(s->navigator.calls.first(), QStringLiteral("priority:") + id);
        const std::optional<Priority> made = plan.priority(id);
        QVERIFY(made);
        QCOMPARE(made->status, Priority::Status::Draft);
        const QList<PriorityEvidence> evidence = plan.evidence(id);
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(evidence.first().itemId, itemId);

        // One undo takes the priority and its evidence away.
        s->city->undoStack().undo();
        QVERIFY(!plan.priority(id));
        QVERIFY(plan.evidence(id).isEmpty());
        QCOMPARE(int(plan.priorities().size()), before);

        // The context menu's entry does the same.
        action->trigger();
        QCOMPARE(int(plan.priorities().size()), before + 1);
    }

    void worksWithoutANavigatorAndNotReadOnly()
    {
        auto s = open(false);
        auto* gaps = s->find<QTableView>(QStringLiteral("gapsTable"));
        auto* button = s->find<QPushButton>(QStringLiteral("makePriority"));
        gaps->selectRow(0);
        const int before = int(s->city->repositories().plan().priorities().size());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(int(s->city->repositories().plan().priorities().size()), before + 1);
        s->pane->setReadOnly(true);
        QVERIFY(!button->isEnabled());
        s->pane->setReadOnly(false);
        QVERIFY(button->isEnabled());
    }
};

QTEST_MAIN(TestPriorityFromGap)
#include "TestPriorityFromGap.moc"

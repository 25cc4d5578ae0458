// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "city/Repositories.h"
#include "common/OptionalDateEdit.h"
#include "plan/ActionDialog.h"
#include "plan/ActionPlanPane.h"
#include "plan/ActionRepository.h"
#include "plan/MilestoneDialog.h"
#include "plan/PlanRepository.h"
#include "plan/PlanRoles.h"
#include "plan/PlanTreeModel.h"
#include "plan/timeline/TimelineView.h"
#include "shell/DialogHooks.h"
#include "shell/RecordNavigator.h"
#include "stakeholders/StakeholderPicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

// Remembers what a pane asked to open.
class FakeNavigator : public RecordNavigator
{
public:
    bool showRecord(const QString& table, const QString& id) override
    {
        asked << table + QLatin1Char(' ') + id;
        return true;
    }
    QStringList asked;
};

// The action plan pane as an officer uses it: a priority gets an action and a milestone, the
// milestone is marked done and the figures follow; dates dragged in the timeline or stepped
// with its keys; every step undone.
class TestActionPlanPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCity> m_city;
    std::unique_ptr<ActionPlanPane> m_pane;
    const QDate today{2026, 6, 15};

    template <typename T> T* child(const char* name)
    {
        T* found = m_pane->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }
    QString headline() { return child<QLabel>("planHeadline")->text(); }
    void select(const QString& id)
    {
        auto* tree = child<QTreeView>("planTree");
        tree->setCurrentIndex(m_pane->model()->indexOf(id));
    }
    // Typed as the officer types a date (ISO is read in every language).
    static void typeDate(QDialog& dialog, const char* name, const QDate& date)
    {
        auto* edit = dialog.findChild<OptionalDateEdit*>(QLatin1String(name));
        edit->lineEdit()->selectAll();
        QTest::keyClicks(edit->lineEdit(), date.toString(Qt::ISODate));
    }
    // An action of the priority from May to July 2026, stored (not stored: its id is empty).
    Action addPool()
    {
        Action a;
        a.priorityId = m_city->repositories().plan().priorities().first().meta.id;
        a.title = QStringLiteral("Interpreting pool");
        a.startDate = QDate(2026, 5, 1);
        a.endDate = QDate(2026, 7, 31);
        if (!m_city->repositories().actions().add(a))
            a.meta.id.clear();
        return a;
    }
    static void answerDialog(const std::function<void(QDialog&)>& fill)
    {
        DialogHooks::setNextDialogHandler([fill](QDialog& dialog) {
            fill(dialog);
            auto* buttons = dialog.findChild<QDialogButtonBox*>();
            if (!buttons->button(QDialogButtonBox::Ok)->isEnabled())
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        });
    }

private slots:
    void init()
    {
        DialogHooks::reset();
        DialogHooks::setInteractive(false);
        m_city = TestCity::create();
        QVERIFY(m_city);
        // The priority comes from the priorities document.
        Priority p;
        p.title = QStringLiteral("Access to health care");
        p.rank = 1;
        QVERIFY(m_city->repositories().plan().add(p));
        m_pane = std::make_unique<ActionPlanPane>(
            PaneContext{m_city->file(), m_city->repositories(), m_city->undoStack()});
        m_pane->setToday(today);
        m_pane->resize(1280, 700);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }
    void cleanup()
    {
        m_pane.reset();
        m_city.reset();
        DialogHooks::reset();
    }

    void anActionWithAMilestoneMarkedDone()
    {
        PlanTreeModel* model = m_pane->model();
        const QString priorityId = m_city->repositories().plan().priorities().first().meta.id;
        select(priorityId);
        QVERIFY(headline().contains(QStringLiteral("<b>0</b> of 0 action")));

        // Add an action: an end before its start cannot be accepted; put right, it is stored.
        answerDialog([](QDialog& dialog) {
            QTest::keyClicks(dialog.findChild<QLineEdit*>("actionTitle"), "Interpreting pool");
            typeDate(dialog, "actionStart", QDate(2026, 3, 1));
            typeDate(dialog, "actionEnd", QDate(2026, 2, 1));
            QVERIFY(
                !dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
            QVERIFY(dialog.findChild<QLabel*>("actionProblem")->text().contains("before"));
            typeDate(dialog, "actionEnd", QDate(2026, 12, 31));
        });
        QTest::mouseClick(child<QPushButton>("planAddAction"), Qt::LeftButton);
        const QList<Action> actions = m_city->repositories().actions().actions();
        QCOMPARE(actions.size(), 1);
        const Action action = actions.first();
        QCOMPARE(action.endDate, QDate(2026, 12, 31));
        QVERIFY(model->indexOf(action.meta.id).isValid());
        QTRY_VERIFY(headline().contains(QStringLiteral("<b>0</b> of 1 action")));

        // A milestone under it, due in the past: the action is late.
        select(action.meta.id);
        answerDialog([](QDialog& dialog) {
            QTest::keyClicks(dialog.findChild<QLineEdit*>("milestoneTitle"), "Pool recruited");
            typeDate(dialog, "milestoneDue", QDate(2026, 5, 1));
        });
        QTest::mouseClick(child<QPushButton>("planAddMilestone"), Qt::LeftButton);
        const QList<Milestone> milestones = m_city->repositories().actions().milestones();
        QCOMPARE(milestones.size(), 1);
        QCOMPARE(model->rollups().whole().late, 1);
        QVERIFY(headline().contains(QStringLiteral("1 late")));
        QCOMPARE(
            model->indexOf(priorityId).siblingAtColumn(PlanTreeModel::LateColumn).data().toString(),
            QStringLiteral("1 late"));

        // Marked done: no longer late, the action's progress is whole.
        select(milestones.first().meta.id);
        QTest::mouseClick(child<QPushButton>("planMarkDone"), Qt::LeftButton);
        QCOMPARE(m_city->repositories().actions().milestone(milestones.first().meta.id)->doneOn,
                 today);
        QCOMPARE(model->rollups().whole().late, 0);
        QCOMPARE(model->rollups().action(action.meta.id).progress, 1.0);
        QVERIFY(headline().contains(QStringLiteral("none late")));
        QVERIFY(model->indexOf(action.meta.id)
                    .siblingAtColumn(PlanTreeModel::ProgressColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("100")));

        // Every step undone, one at a time.
        QUndoStack& undo = m_city->undoStack();
        QCOMPARE(undo.count(), 3);
        undo.undo();
        QCOMPARE(model->rollups().whole().late, 1);
        undo.undo();
        QVERIFY(m_city->repositories().actions().milestones().isEmpty());
        undo.undo();
        QVERIFY(m_city->repositories().actions().actions().isEmpty());
        QVERIFY(!model->indexOf(action.meta.id).isValid());
        undo.redo();
        QVERIFY(model->indexOf(action.meta.id).isValid()); // the same action back
    }

    void datesDraggedInTheTimelineAreOneUndoStep()
    {
        const Action a = addPool();
        QVERIFY(!a.meta.isNew());
        TimelineView* timeline = m_pane->timeline();
        timeline->setZoom(TimelineView::Zoom::Month);
        const QModelIndex index = m_pane->model()->indexOf(a.meta.id);
        timeline->scrollToDate(QDate(2026, 6, 15));
        const QRectF bar = timeline->barRect(index);
        QVERIFY(!bar.isEmpty());
        const qreal ppd = timeline->scale().pixelsPerDay();
        const QPoint from = bar.center().toPoint();
        const QPoint to = from + QPoint(qRound(10 * ppd), 0);
        QTest::mousePress(timeline->viewport(), Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(timeline->viewport(), (from + to) / 2);
        QTest::mouseMove(timeline->viewport(), to);
        QTest::mouseRelease(timeline->viewport(), Qt::LeftButton, Qt::NoModifier, to);
        const Action moved = *m_city->repositories().actions().action(a.meta.id);
        QCOMPARE(moved.startDate, QDate(2026, 5, 11));
        QCOMPARE(moved.endDate, QDate(2026, 8, 10));
        QCOMPARE(m_city->undoStack().count(), 1);
        m_city->undoStack().undo();
        QCOMPARE(m_city->repositories().actions().action(a.meta.id)->endDate, QDate(2026, 7, 31));
    }

    void keyStepsInARowAreOneUndoStep()
    {
        const Action a = addPool();
        QVERIFY(!a.meta.isNew());
        ActionRepository& actions = m_city->repositories().actions();
        Milestone m;
        m.actionId = a.meta.id;
        m.title = QStringLiteral("Pool trained");
        m.dueDate = QDate(2026, 6, 30);
        QVERIFY(actions.add(m));
        QUndoStack& undo = m_city->undoStack();
        TimelineView* timeline = m_pane->timeline();
        auto* tree = child<QTreeView>("planTree");
        const auto focusTimeline = [&](const QString& id) {
            select(id);
            timeline->setFocus();
            QTRY_VERIFY(timeline->hasFocus());
        };
        focusTimeline(a.meta.id);
        QTest::keyClick(timeline, Qt::Key_Right);
        QTest::keyClick(timeline, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(timeline, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(actions.action(a.meta.id)->startDate, QDate(2026, 5, 9));
        QCOMPARE(actions.action(a.meta.id)->endDate, QDate(2026, 8, 7));
        QCOMPARE(undo.count(), 1);
        QCOMPARE(undo.undoText(), QStringLiteral("Move action dates"));
        // The action stays selected for the next key.
        QCOMPARE(m_pane->model()->idAt(tree->currentIndex()), a.meta.id);

        // Another run, after the timeline lost the focus, is another step; so is the milestone.
        tree->setFocus();
        QTRY_VERIFY(!timeline->hasFocus());
        focusTimeline(a.meta.id);
        QTest::keyClick(timeline, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(actions.action(a.meta.id)->startDate, QDate(2026, 5, 8));
        QCOMPARE(undo.count(), 2);
        focusTimeline(m.meta.id);
        QTest::keyClick(timeline, Qt::Key_Right);
        QTest::keyClick(timeline, Qt::Key_Right);
        QCOMPARE(actions.milestone(m.meta.id)->dueDate, QDate(2026, 7, 2));
        QCOMPARE(undo.count(), 3);

        undo.undo();
        QCOMPARE(actions.milestone(m.meta.id)->dueDate, QDate(2026, 6, 30));
        undo.undo();
        QCOMPARE(actions.action(a.meta.id)->startDate, QDate(2026, 5, 9));
        undo.undo();
        QCOMPARE(actions.action(a.meta.id)->startDate, QDate(2026, 5, 1));
        QCOMPARE(actions.action(a.meta.id)->endDate, QDate(2026, 7, 31));
        // A step after an undo is a step of its own: nothing to merge with.
        focusTimeline(a.meta.id);
        QTest::keyClick(timeline, Qt::Key_Right);
        QCOMPARE(undo.count(), 1);
        QCOMPARE(undo.index(), 1);
        QCOMPARE(actions.action(a.meta.id)->startDate, QDate(2026, 5, 2));
    }

    void partnersChosenAndTheLeadOpenedOnTheMap()
    {
        const QString lead = m_city->addBareStakeholder(QStringLiteral("Red Cross"));
        const QString partner = m_city->addBareStakeholder(QStringLiteral("Caritas"));
        Action a;
        a.priorityId = m_city->repositories().plan().priorities().first().meta.id;
        a.title = QStringLiteral("Interpreting pool");
        a.leadId = lead;
        QVERIFY(m_city->repositories().actions().add(a));
        FakeNavigator navigator;
        m_pane = std::make_unique<ActionPlanPane>(
            PaneContext{m_city->file(), m_city->repositories(), m_city->undoStack(), &navigator});
        m_pane->show();
        select(a.meta.id);
        answerDialog([&](QDialog& dialog) {
            auto* picker = dialog.findChild<StakeholderPicker*>("actionPartnerPicker");
            picker->setCurrentId(partner);
            QTest::mouseClick(dialog.findChild<QPushButton*>("actionAddPartner"), Qt::LeftButton);
            QTest::mouseClick(dialog.findChild<QPushButton*>("actionAddPartner"), Qt::LeftButton);
            QCOMPARE(dialog.findChild<QListWidget*>("actionPartners")->count(), 1);
        });
        QTest::mouseClick(child<QPushButton>("planEdit"), Qt::LeftButton);
        QCOMPARE(m_city->repositories().actions().action(a.meta.id)->partnerIds,
                 QStringList{partner});
        m_city->undoStack().undo();
        QVERIFY(m_city->repositories().actions().action(a.meta.id)->partnerIds.isEmpty());

        QVERIFY(child<QPushButton>("planShowLead")->isEnabled());
        QTest::mouseClick(child<QPushButton>("planShowLead"), Qt::LeftButton);
        QCOMPARE(navigator.asked, QStringList{QStringLiteral("stakeholder ") + lead});
        m_pane.reset(); // before the navigator goes
    }

    void readOnlyOffersNoEdits()
    {
        const QString priorityId = m_city->repositories().plan().priorities().first().meta.id;
        select(priorityId);
        QVERIFY(child<QPushButton>("planAddAction")->isEnabled());
        m_pane->setReadOnly(true);
        QVERIFY(!child<QPushButton>("planAddAction")->isEnabled());
        QVERIFY(!child<QPushButton>("planMarkDone")->isEnabled());
        QVERIFY(m_pane->timeline()->isReadOnly());
    }
};

QTEST_MAIN(TestActionPlanPane)
#include "TestActionPlanPane.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowDriver.h"
#include "common/OptionalDateEdit.h"
#include "plan/ActionPlanPane.h"
#include "plan/PlanTreeModel.h"
#include "priorities/PrioritiesPane.h"
#include "shell/DialogHooks.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

// The method as an officer follows it in the main window: a priority written in the Priorities
// pane, an action and a milestone planned under it in the Action plan pane, the milestone done,
// and the rollups and the headline strip following every step, and every step undone from the
// Edit menu.
class TestPlanAcrossPanes : public QObject, private MainWindowDriver
{
    Q_OBJECT

private:
    MainWindow* m_window = nullptr;

    template <typename T> T* child(const char* name)
    {
        T* found = m_window->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }
    void showPane(const QString& title)
    {
        auto* navigation = child<QListWidget>("navigation");
        const QList<QListWidgetItem*> items = navigation->findItems(title, Qt::MatchExactly);
        QVERIFY2(items.size() == 1, qPrintable(title));
        navigation->setCurrentItem(items.first());
    }
    QString headline() { return child<QLabel>("planHeadline")->text(); }
    void select(PlanTreeModel* model, const QString& id)
    {
        child<QTreeView>("planTree")->setCurrentIndex(model->indexOf(id));
    }
    static void typeDate(QDialog& dialog, const char* name, const QDate& date)
    {
        auto* edit = dialog.findChild<OptionalDateEdit*>(QLatin1String(name));
        edit->lineEdit()->selectAll();
        QTest::keyClicks(edit->lineEdit(), date.toString(Qt::ISODate));
    }
    static void answerDialog(const std::function<void(QDialog&)>& fill)
    {
        DialogHooks::setNextDialogHandler([fill](QDialog& dialog) {
            fill(dialog);
            auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            return ok->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
    }
    void undo() { action(m_window, "actionUndo")->trigger(); }

private slots:
    void initTestCase() { QVERIFY(setUp()); }
    void init()
    {
        QVERIFY(startTest());
        const QString path =
            makeCity(QStringLiteral("kalamata.passerelle"), QStringLiteral("Kalamata"));
        m_window = newWindow();
        QVERIFY(m_window->openFile(path));
    }
    void cleanup() { QVERIFY(endTest()); }

    void aPriorityBecomesAnActionDoneOnTime()
    {
        // The Priorities pane: a new priority, its title typed.
        showPane(QStringLiteral("Priorities"));
        QTest::mouseClick(child<QPushButton>("priorityAdd"), Qt::LeftButton);
        auto* title = child<QLineEdit>("priorityTitle");
        QTRY_VERIFY(title->hasFocus());
        QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(title, QStringLiteral("Interpreting in health care"));
        QTest::keyClick(title, Qt::Key_Return);
        const QString priorityId = child<PrioritiesPane>("prioritiesPane")->currentPriorityId();
        QVERIFY(!priorityId.isEmpty());

        // The Action plan pane shows it at once, with nothing planned yet.
        showPane(QStringLiteral("Action plan"));
        auto* pane = child<ActionPlanPane>("actionPlanPane");
        QVERIFY(pane);
        PlanTreeModel* model = pane->model();
        QTRY_VERIFY(model->indexOf(priorityId).isValid());
        QVERIFY(model->indexOf(priorityId)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("Interpreting in health care")));
        QVERIFY(headline().contains(QStringLiteral("<b>0</b> of 0 action")));

        // An action under it, then a milestone already past its due date: late.
        const QDate today = QDate::currentDate();
        select(model, priorityId);
        answerDialog([today](QDialog& dialog) {
            QTest::keyClicks(dialog.findChild<QLineEdit*>("actionTitle"), "Interpreter pool");
            typeDate(dialog, "actionStart", today.addMonths(-2));
            typeDate(dialog, "actionEnd", today.addMonths(4));
        });
        QTest::mouseClick(child<QPushButton>("planAddAction"), Qt::LeftButton);
        QCOMPARE(model->rowCount(model->indexOf(priorityId)), 1);
        const QString actionId = model->idAt(model->index(0, 0, model->indexOf(priorityId)));
        QTRY_VERIFY(headline().contains(QStringLiteral("<b>0</b> of 1 action")));
        // The new row shows opened, where the officer looks for it.
        QVERIFY(child<QTreeView>("planTree")->isExpanded(model->indexOf(priorityId)));

        select(model, actionId);
        answerDialog([today](QDialog& dialog) {
            QTest::keyClicks(dialog.findChild<QLineEdit*>("milestoneTitle"), "Pool recruited");
            typeDate(dialog, "milestoneDue", today.addDays(-10));
        });
        QTest::mouseClick(child<QPushButton>("planAddMilestone"), Qt::LeftButton);
        QCOMPARE(model->rowCount(model->indexOf(actionId)), 1);
        const QString milestoneId = model->idAt(model->index(0, 0, model->indexOf(actionId)));
        QCOMPARE(model->rollups().whole().late, 1);
        QVERIFY(headline().contains(QStringLiteral("1 late")));
        QCOMPARE(
            model->indexOf(priorityId).siblingAtColumn(PlanTreeModel::LateColumn).data().toString(),
            QStringLiteral("1 late"));

        // Done: no longer late, the action and its priority whole.
        select(model, milestoneId);
        QTest::mouseClick(child<QPushButton>("planMarkDone"), Qt::LeftButton);
        QCOMPARE(model->rollups().whole().late, 0);
        QCOMPARE(model->rollups().priority(priorityId).progress, 1.0);
        QVERIFY(headline().contains(QStringLiteral("none late")));
        QVERIFY(model->indexOf(priorityId)
                    .siblingAtColumn(PlanTreeModel::ProgressColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("100")));

        // The priority renamed in its own pane: the plan's row follows.
        showPane(QStringLiteral("Priorities"));
        title = child<QLineEdit>("priorityTitle");
        title->setFocus();
        QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(title, QStringLiteral("Health care in one's own language"));
        QTest::keyClick(title, Qt::Key_Return);
        QVERIFY(model->indexOf(priorityId)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("Health care in one's own language")));

        // Undone from the Edit menu, step by step, whichever pane shows.
        undo(); // the new title
        QVERIFY(model->indexOf(priorityId)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("Interpreting in health care")));
        showPane(QStringLiteral("Action plan"));
        undo(); // done
        QCOMPARE(model->rollups().whole().late, 1);
        QVERIFY(headline().contains(QStringLiteral("1 late")));
        undo(); // the milestone
        QVERIFY(!model->indexOf(milestoneId).isValid());
        QCOMPARE(model->rollups().whole().late, 0);
        undo(); // the action
        QVERIFY(!model->indexOf(actionId).isValid());
        QTRY_VERIFY(headline().contains(QStringLiteral("<b>0</b> of 0 action")));
        undo(); // the title typed
        undo(); // the priority
        QVERIFY(!model->indexOf(priorityId).isValid());
    }
};

QTEST_MAIN(TestPlanAcrossPanes)
#include "TestPlanAcrossPanes.moc"

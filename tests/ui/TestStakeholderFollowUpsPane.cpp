// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholdersPaneDriver.h"
#include "stakeholders/followups/OverdueFollowUpsDialog.h"
#include "stakeholders/followups/OverdueFollowUpsModel.h"
#include "stakeholders/table/StakeholderFilterBar.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QLocale>
#include <QSignalSpy>

// Overdue follow-ups in the Stakeholders pane, on the demo city with one follow-up of the
// test's own a week late: the name says why it is red, the filter bar narrows the table to
// them, and the to-do lists them all and opens the one chosen.
class TestStakeholderFollowUpsPane : public QObject, protected StakeholdersPaneDriver
{
    Q_OBJECT

private:
    Stakeholder m_late;
    Engagement m_owed;

    // A stakeholder of its own with a follow-up promised a week ago, logged through the pane's
    // file so that the model follows it as it would an officer's edit.
    void logLateFollowUp()
    {
        Stakeholder s;
        s.name = QStringLiteral("Lot 12 tenants");
        QVERIFY(repo().add(s).ok());
        Engagement e;
        e.stakeholderId = s.meta.id;
        e.date = QDate::currentDate().addDays(-20);
        e.summary = QStringLiteral("Send the housing map\nand the list of rooms");
        e.followUpDate = QDate::currentDate().addDays(-7);
        QVERIFY(repo().add(e).ok());
        m_late = s;
        m_owed = e;
        m_pane->model()->ensurePrepared();
        QTRY_VERIFY(m_pane->model()
                        ->index(m_pane->model()->rowOf(s.meta.id), StakeholderTableModel::Name)
                        .data(StakeholderTableModel::OverdueRole)
                        .toBool());
    }

    int overdueStakeholders()
    {
        int n = 0;
        const auto last = repo().lastContacts(QDate::currentDate());
        for (const StakeholderRepository::LastContact& lc : last)
            n += lc.overdueFollowUp ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase() { installEnglish(); }
    void init()
    {
        openOnDemoCity();
        logLateFollowUp();
    }
    void cleanup() { closeAll(); }

    void theNameSaysWhyItIsRed()
    {
        const QPersistentModelIndex name = table()->model()->index(
            m_pane->model()->rowOf(m_late.meta.id), StakeholderTableModel::Name);
        const QString since =
            QLocale().toString(QDate::currentDate().addDays(-7), QLocale::LongFormat);
        QCOMPARE(name.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Follow-up overdue since %1: Send the housing map").arg(since));
        QVERIFY(name.data(Qt::ForegroundRole).isValid());
        // Bold, with the warning sign, as the table's delegate draws it.
        StakeholderTableDelegate probe;
        QStyleOptionViewItem styled;
        styled.initFrom(table());
        probe.initStyleOption(&styled, name);
        QVERIFY(styled.font.bold());
        QVERIFY(styled.features & QStyleOptionViewItem::HasDecoration);

        // A second debt is counted; done, the first gives way to it.
        Engagement second = m_owed;
        second.meta = RecordMeta();
        second.summary = QStringLiteral("Call the landlord");
        second.followUpDate = QDate::currentDate().addDays(-2);
        QVERIFY(repo().add(second).ok());
        QTRY_VERIFY(name.data(Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("and 1 more follow-up overdue")));
        Engagement done = m_owed;
        done.followUpDone = true;
        m_city->undoStack().push(new EditRecordCommand<StakeholderRepository, Engagement>(
            &m_city->file(), repo(), m_owed, done, QStringLiteral("done")));
        const QString secondSince =
            QLocale().toString(QDate::currentDate().addDays(-2), QLocale::LongFormat);
        QTRY_COMPARE(
            name.data(Qt::ToolTipRole).toString(),
            QStringLiteral("Follow-up overdue since %1: Call the landlord").arg(secondSince));
    }

    void theFilterBarNarrowsToOverdueFollowUps()
    {
        QAbstractItemModelTester tester(m_pane->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* overdue = find<QCheckBox>(QStringLiteral("stakeholderFilterOverdue"));
        const int total = m_pane->model()->rowCount();
        QTest::mouseClick(overdue, Qt::LeftButton);
        QVERIFY(overdue->isChecked());
        const int shown = m_pane->model()->rowCount();
        QCOMPARE(shown, overdueStakeholders());
        QVERIFY(shown < total);
        QVERIFY(m_pane->model()->rowOf(m_late.meta.id) >= 0);
        for (int row = 0; row < shown; ++row)
            QVERIFY(
                m_pane->model()->index(row, 0).data(StakeholderTableModel::OverdueRole).toBool());

        // Logged as done, the follow-up leaves the filtered table row by row, and undo brings
        // it back the same way.
        QSignalSpy resets(m_pane->model(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_pane->model(), &QAbstractItemModel::rowsRemoved);
        Engagement done = m_owed;
        done.followUpDone = true;
        m_city->undoStack().push(new EditRecordCommand<StakeholderRepository, Engagement>(
            &m_city->file(), repo(), m_owed, done, QStringLiteral("done")));
        QTRY_COMPARE(m_pane->model()->rowOf(m_late.meta.id), -1);
        QCOMPARE(m_pane->model()->rowCount(), shown - 1);
        QCOMPARE(removed.size(), 1);
        m_city->undoStack().undo();
        QTRY_VERIFY(m_pane->model()->rowOf(m_late.meta.id) >= 0);
        QCOMPARE(resets.size(), 0);

        // Clear filters unchecks it.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("stakeholderFilterClear")),
                          Qt::LeftButton);
        QVERIFY(!overdue->isChecked());
        QCOMPARE(m_pane->model()->rowCount(), total);
    }

    void theToDoListsEveryOverdueFollowUpAndOpensOne()
    {
        const QList<OverdueFollowUp> expected =
            OverdueFollowUps::read(m_city->repositories().store().database(), QDate::currentDate());
        QVERIFY(!expected.isEmpty());
        int listed = -1;
        QString problem; // what went wrong inside the dialog, checked once it is closed
        DialogHooks::setNextDialogHandler([&](QDialog& dialog) {
            auto& todo = static_cast<OverdueFollowUpsDialog&>(dialog);
            QAbstractItemModelTester tester(todo.model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            dialog.show();
            if (!QTest::qWaitForWindowExposed(&dialog))
                problem = QStringLiteral("not shown");
            auto* view = dialog.findChild<QTableView*>(QStringLiteral("overdueFollowUpsTable"));
            listed = view->model()->rowCount();
            int row = -1;
            for (int r = 0; r < listed; ++r) {
                if (view->model()->index(r, 0).data(OverdueFollowUpsModel::EngagementIdRole) ==
                    m_owed.meta.id)
                    row = r;
            }
            if (row < 0) {
                problem = QStringLiteral("the follow-up is not listed");
                return int(QDialog::Rejected);
            }
            const QModelIndex what = view->model()->index(row, OverdueFollowUpsModel::What);
            if (what.data().toString() !=
                QStringLiteral("Send the housing map and the list of rooms"))
                problem = QStringLiteral("what: ") + what.data().toString();
            view->scrollTo(what);
            // A double-click is a click, then a second press taken as a double-click.
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                              view->visualRect(what).center());
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {},
                               view->visualRect(what).center());
            if (dialog.result() != QDialog::Accepted)
                problem = QStringLiteral("a double-click did not choose it");
            return dialog.result();
        });
        // Opened from the filter's page or any other: the to-do is the pane's.
        find<QTabWidget>(QStringLiteral("stakeholderViews"))->setCurrentIndex(2);
        action(QStringLiteral("stakeholderOverdueAction"))->trigger();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(listed, int(expected.size()));
        // Its stakeholder selected, its engagements open on the follow-up owed.
        QCOMPARE(m_pane->selectedIds(), QStringList{m_late.meta.id});
        QCOMPARE(find<QTabWidget>(QStringLiteral("stakeholderDetails"))->currentWidget(),
                 find<QWidget>(QStringLiteral("engagementLog")));
        auto* log = find<QTableView>(QStringLiteral("engagementTable"));
        QVERIFY(log->currentIndex().isValid());
        QCOMPARE(find<QPlainTextEdit>(QStringLiteral("engagementText"))->toPlainText(),
                 m_owed.summary);
    }
};

QTEST_MAIN(TestStakeholderFollowUpsPane)
#include "TestStakeholderFollowUpsPane.moc"

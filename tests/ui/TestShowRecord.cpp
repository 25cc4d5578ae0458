// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "checklists/AnswerView.h"
#include "checklists/AnswersModel.h"
#include "checklists/ChecklistRepository.h"
#include "checklists/ChecklistsPane.h"
#include "common/RecordRoles.h"
#include "profile/ProfilePane.h"
#include "profile/ProfileRepository.h"
#include "shell/PaneContext.h"
#include "shell/PaneRegistry.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/StakeholdersPane.h"

#include <QComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

// A record opened from another pane (RecordNavigator): each pane selects the record of the
// tables its registry entry lists, and says no to others.
class TestShowRecord : public QObject
{
    Q_OBJECT

private:
    template <typename P> static std::unique_ptr<P> show(TestCity& city)
    {
        auto pane =
            std::make_unique<P>(PaneContext{city.file(), city.repositories(), city.undoStack()});
        pane->resize(1280, 720);
        pane->show();
        if (!QTest::qWaitForWindowExposed(pane.get()))
            qFatal("the pane did not show");
        return pane;
    }

    static QStringList tablesOf(const QString& title)
    {
        for (const PaneRegistry::Entry& e : PaneRegistry::entries()) {
            if (e.title() == title)
                return e.tables;
        }
        return {};
    }

private slots:
    void registryNamesEachPanesTables()
    {
        QCOMPARE(tablesOf(QStringLiteral("City profile")),
                 QStringList{QStringLiteral("profile_figure")});
        QCOMPARE(tablesOf(QStringLiteral("Stakeholders")),
                 QStringList{QStringLiteral("stakeholder")});
        QCOMPARE(tablesOf(QStringLiteral("Service access")),
                 QStringList{QStringLiteral("checklist_item")});
    }

    void profileSelectsTheFigure()
    {
        auto city = TestCity::demo();
        const QList<ProfileFigure> figures = city->repositories().profile().figures();
        QVERIFY(figures.size() > 2);
        auto pane = show<ProfilePane>(*city);
        auto* tabs = pane->findChild<QTabWidget*>(QStringLiteral("profileTabs"));
        tabs->setCurrentIndex(2);
        const QString id = figures.at(2).meta.id;
        QVERIFY(pane->showRecord(QStringLiteral("profile_figure"), id));
        QCOMPARE(tabs->currentIndex(), 0);
        auto* view = pane->findChild<QTableView*>(QStringLiteral("figuresTable"));
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(RecordRoles::IdRole).toString(), id);
        QVERIFY(!pane->showRecord(QStringLiteral("profile_figure"), QStringLiteral("nope")));
        QVERIFY(!pane->showRecord(QStringLiteral("stakeholder"), id));
    }

    void stakeholdersSelectsTheStakeholder()
    {
        auto city = TestCity::demo();
        const QList<Stakeholder> all = city->repositories().stakeholders().stakeholders();
        QVERIFY(all.size() > 5);
        auto pane = show<StakeholdersPane>(*city);
        const QString id = all.at(5).meta.id;
        QTRY_VERIFY(pane->showRecord(QStringLiteral("stakeholder"), id));
        QCOMPARE(pane->selectedIds(), QStringList{id});
        QVERIFY(!pane->showRecord(QStringLiteral("priority"), id));
    }

    void checklistsShowTheItemInTheLatestRound()
    {
        auto city = TestCity::demo();
        ChecklistRepository& repo = city->repositories().checklists();
        const std::optional<AssessmentRound> latest = repo.latestRound();
        QVERIFY(latest);
        QVERIFY(repo.rounds().size() > 1);
        auto pane = show<ChecklistsPane>(*city);
        // Another round and another tab shown first.
        pane->showRound(repo.rounds().first().meta.id);
        auto* tabs = pane->findChild<QTabWidget*>(QStringLiteral("checklistsTabs"));
        tabs->setCurrentIndex(2);
        const QString itemId = repo.allItems(latest->templateId).at(3).meta.id;
        QVERIFY(pane->showRecord(QStringLiteral("checklist_item"), itemId));
        QCOMPARE(pane->currentRoundId(), latest->meta.id);
        QCOMPARE(tabs->currentIndex(), 0);
        auto* view = pane->findChild<AnswerView*>(QStringLiteral("answerView"));
        const ChecklistItem* shown = view->answersModel()->itemAt(view->currentIndex().row());
        QVERIFY(shown);
        QCOMPARE(shown->meta.id, itemId);
        QVERIFY(!pane->showRecord(QStringLiteral("checklist_item"), QStringLiteral("nope")));
    }
};

QTEST_MAIN(TestShowRecord)
#include "TestShowRecord.moc"

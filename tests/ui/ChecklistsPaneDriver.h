// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestCity.h"
#include "checklists/AnswerView.h"
#include "checklists/AnswersModel.h"
#include "checklists/AreaScoresModel.h"
#include "checklists/ChecklistRepository.h"
#include "checklists/ChecklistsPane.h"
#include "checklists/GapsModel.h"
#include "checklists/ScoreChartWidget.h"
#include "checklists/ScoresTab.h"
#include "i18n/Translator.h"
#include "shell/DialogHooks.h"
#include "shell/PaneContext.h"
#include "shell/PaneRegistry.h"
#include "stakeholders/StakeholderRepository.h"
#include "themes/ThemeRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

// What the Service access pane's tests share: a pane shown over a city file of the test's own,
// its widgets found by name, the new-round dialog answered in advance, screenshots to look at.
class ChecklistsPaneDriver
{
public:
    struct Session
    {
        std::unique_ptr<TestCity> city;
        std::unique_ptr<ChecklistsPane> pane;

        ~Session() { pane.reset(); }
        ChecklistRepository& repo() { return city->repositories().checklists(); }
        QUndoStack& stack() { return city->undoStack(); }
        template <typename T> T* find(const QString& name)
        {
            T* w = pane->findChild<T*>(name);
            if (!w)
                qFatal("no widget %s", qPrintable(name));
            return w;
        }
        AnswerView* view() { return find<AnswerView>(QStringLiteral("answerView")); }
        AnswersModel* answers() { return view()->answersModel(); }
        GapsModel* gaps()
        {
            return static_cast<GapsModel*>(find<QTableView>(QStringLiteral("gapsTable"))->model());
        }
        ScoresTab* scores() { return find<ScoresTab>(QStringLiteral("scoresTab")); }
        QTabWidget* tabs() { return find<QTabWidget>(QStringLiteral("checklistsTabs")); }
        void click(const QString& button)
        {
            QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton);
        }
    };

    static std::unique_ptr<Session> open(std::unique_ptr<TestCity> city)
    {
        auto s = std::make_unique<Session>();
        s->city = std::move(city);
        const PaneContext context{s->city->file(), s->city->repositories(), s->city->undoStack()};
        s->pane = std::make_unique<ChecklistsPane>(context);
        s->pane->resize(1100, 720);
        s->pane->show();
        s->pane->activateWindow();
        if (!QTest::qWaitForWindowActive(s->pane.get()))
            qFatal("the pane did not show");
        return s;
    }

    // Answers the next round dialog: fills it in, clicks OK, and reports what it returned.
    static void fillNextRoundDialog(const QString& label, std::function<void(QDialog&)> more = {},
                                    bool* refused = nullptr, QString* error = nullptr)
    {
        DialogHooks::setNextDialogHandler([=](QDialog& dialog) {
            auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("roundLabel"));
            edit->setText(label);
            if (more)
                more(dialog);
            auto* box = dialog.findChild<QDialogButtonBox*>(QStringLiteral("roundButtons"));
            QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
            if (refused)
                *refused = dialog.result() != QDialog::Accepted;
            if (error)
                *error = dialog.findChild<QLabel*>(QStringLiteral("roundError"))->text();
            return dialog.result();
        });
    }

    // The three tabs and the new round dialog as PNG files, to look at.
    static void saveShots(Session& s, const QString& dir, const QString& language)
    {
        for (int t = 0; t < 3; ++t) {
            s.tabs()->setCurrentIndex(t);
            QTest::qWait(50);
            s.pane->grab().save(dir + QStringLiteral("/checklists-%1-%2.png").arg(language).arg(t));
        }
        DialogHooks::setNextDialogHandler([&](QDialog& dialog) {
            dialog.show();
            QTest::qWait(50);
            dialog.grab().save(dir + QStringLiteral("/checklists-%1-dialog.png").arg(language));
            return int(QDialog::Rejected);
        });
        s.click(QStringLiteral("newRound"));
    }

    static void addRound(TestCity& city, const QString& label)
    {
        AssessmentRound round;
        round.templateId = city.repositories()
                               .checklists()
                               .templateByKey(QStringLiteral("mc2cm_basic_services"))
                               ->meta.id;
        round.label = label;
        round.heldOn = QDate(2025, 5, 1);
        if (!city.repositories().checklists().add(round))
            qFatal("cannot add the round");
    }
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestCity.h"
#include "plan/PlanRepository.h"
#include "priorities/PrioritiesPane.h"
#include "shell/DialogHooks.h"
#include "shell/PaneContext.h"
#include "shell/RecordNavigator.h"

#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <memory>

// What the Priorities pane's tests share: a pane shown over a city file of the test's own, a
// navigator that records what it was asked to open, widgets found by name.
class PrioritiesPaneDriver
{
public:
    // Records the records a pane asked to open instead of opening them.
    class FakeNavigator : public RecordNavigator
    {
    public:
        bool showRecord(const QString& table, const QString& id) override
        {
            calls << table + QLatin1Char(':') + id;
            return true;
        }
        QStringList calls;
    };

    struct Session
    {
        std::unique_ptr<TestCity> city;
        FakeNavigator navigator;
        std::unique_ptr<PrioritiesPane> pane;

        ~Session() { pane.reset(); }
        PlanRepository& plan() { return city->repositories().plan(); }
        QUndoStack& stack() { return city->undoStack(); }
        template <typename T> T* find(const QString& name)
        {
            T* w = pane->findChild<T*>(name);
            if (!w)
                qFatal("no widget %s", qPrintable(name));
            return w;
        }
        void click(const QString& button)
        {
            QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton);
        }
    };

    static std::unique_ptr<Session> open(std::unique_ptr<TestCity> city, bool withNavigator = true)
    {
        auto s = std::make_unique<Session>();
        s->city = std::move(city);
        const PaneContext context{s->city->file(), s->city->repositories(), s->city->undoStack(),
                                  withNavigator ? &s->navigator : nullptr};
        s->pane = std::make_unique<PrioritiesPane>(context);
        s->pane->resize(1280, 680);
        s->pane->show();
        s->pane->activateWindow();
        if (!QTest::qWaitForWindowActive(s->pane.get()))
            qFatal("the pane did not show");
        DialogHooks::reset();
        DialogHooks::setInteractive(false);
        return s;
    }
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/PlanRoles.h"
#include "plan/timeline/TimelineView.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QMouseEvent>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

// What the timeline's tests share: a plan's tree beside its timeline, and the mouse's moves.
namespace TimelineTesting {

using Zoom = TimelineView::Zoom;

inline const QDate today(2026, 3, 5);

// A plan with two priorities, built item by item with the roles the plan's model provides:
//   Housing        A1 2026-03-02..03-20 (baseline 03-01..03-15), milestones M1 (done) and M2
//                  (due 03-18, baseline 03-16); A2 04-01..05-31, done
//   Language       A3 02-01..02-28, in progress and so late on 03-05; A4 cancelled
struct Fixture
{
    QStandardItemModel model;
    QWidget window;
    QTreeView* tree = nullptr;
    TimelineView* view = nullptr;
    QModelIndex p1, a1, m1, m2, a2, p2, a3, a4;

    Fixture()
    {
        model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Owner")});
        QStandardItem* housing = add(nullptr, QStringLiteral("Housing"), PlanRoles::PriorityRow);
        QStandardItem* first = addAction(housing, QStringLiteral("A1"), QDate(2026, 3, 2),
                                         QDate(2026, 3, 20), QStringLiteral("in_progress"));
        first->setData(QDate(2026, 3, 1), PlanRoles::BaselineStartRole);
        first->setData(QDate(2026, 3, 15), PlanRoles::BaselineEndRole);
        QStandardItem* done = add(first, QStringLiteral("M1"), PlanRoles::MilestoneRow);
        done->setData(QDate(2026, 3, 10), PlanRoles::DueDateRole);
        done->setData(QDate(2026, 3, 9), PlanRoles::DoneOnRole);
        done->setData(QStringLiteral("done"), PlanRoles::StatusRole);
        QStandardItem* moved = add(first, QStringLiteral("M2"), PlanRoles::MilestoneRow);
        moved->setData(QDate(2026, 3, 18), PlanRoles::DueDateRole);
        moved->setData(QDate(2026, 3, 16), PlanRoles::BaselineDueRole);
        addAction(housing, QStringLiteral("A2"), QDate(2026, 4, 1), QDate(2026, 5, 31),
                  QStringLiteral("done"));
        QStandardItem* language = add(nullptr, QStringLiteral("Language"), PlanRoles::PriorityRow);
        addAction(language, QStringLiteral("A3"), QDate(2026, 2, 1), QDate(2026, 2, 28),
                  QStringLiteral("in_progress"));
        addAction(language, QStringLiteral("A4"), QDate(2026, 3, 9), QDate(2026, 3, 12),
                  QStringLiteral("cancelled"));
        p1 = model.index(0, 0);
        a1 = model.index(0, 0, p1);
        m1 = model.index(0, 0, a1);
        m2 = model.index(1, 0, a1);
        a2 = model.index(1, 0, p1);
        p2 = model.index(1, 0);
        a3 = model.index(0, 0, p2);
        a4 = model.index(1, 0, p2);

        auto* layout = new QHBoxLayout(&window);
        tree = new QTreeView;
        tree->setModel(&model);
        tree->setSelectionBehavior(QAbstractItemView::SelectRows);
        tree->setFixedWidth(300);
        tree->expandAll();
        view = new TimelineView(tree);
        view->setToday(today);
        layout->addWidget(tree);
        layout->addWidget(view);
        window.resize(1300, 500);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("the timeline was not shown");
        view->setZoom(Zoom::Month);
        view->scrollToDate(QDate(2026, 3, 15));
        QCoreApplication::processEvents();
    }

    QStandardItem* add(QStandardItem* parent, const QString& name, int kind)
    {
        auto* item = new QStandardItem(name);
        item->setData(kind, PlanRoles::RowKindRole);
        QList<QStandardItem*> row{item, new QStandardItem(QStringLiteral("someone"))};
        if (parent)
            parent->appendRow(row);
        else
            model.appendRow(row);
        return item;
    }

    QStandardItem* addAction(QStandardItem* parent, const QString& name, const QDate& start,
                             const QDate& end, const QString& status)
    {
        QStandardItem* item = add(parent, name, PlanRoles::ActionRow);
        item->setData(start, PlanRoles::StartDateRole);
        item->setData(end, PlanRoles::EndDateRole);
        item->setData(status, PlanRoles::StatusRole);
        return item;
    }

    QWidget* viewport() const { return view->viewport(); }
    qreal ppd() const { return view->scale().pixelsPerDay(); }
    // Where a date's day starts on the viewport.
    qreal xOf(const QDate& date) const { return view->scale().x(date) - view->horizontalOffset(); }
    QImage rendered() const
    {
        QImage image(viewport()->size(), QImage::Format_ARGB32);
        viewport()->render(&image);
        return image;
    }
    // A point of the viewport in the row under its marks, at the left edge.
    QPoint emptyPointOf(const QModelIndex& index) const
    {
        const QRect row = tree->visualRect(index);
        return {3, row.top() + row.height() - 2};
    }
};

inline void drag(QWidget* widget, const QPoint& from, const QPoint& to)
{
    QTest::mousePress(widget, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(widget, (from + to) / 2);
    QTest::mouseMove(widget, to);
    QTest::mouseRelease(widget, Qt::LeftButton, Qt::NoModifier, to);
}

// The mouse moved without a button (QTest::mouseMove would move the cursor instead).
inline void hover(QWidget* widget, const QPoint& at)
{
    QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &move);
}

} // namespace TimelineTesting

// SPDX-License-Identifier: GPL-3.0-or-later
// The action plan's timeline on a large plan: 60 priorities of 33 actions with 5 milestones
// each (1,980 actions, 9,900 milestones, every row expanded), the timeline 1366×768 beside its
// tree. Measures the repaint after one scroll step of the tree (what the officer waits for at
// each turn of the wheel) at each zoom, and the walk over the model made after an edit.
// Medians of RUNS steps.
//   QT_QPA_PLATFORM=offscreen bench_timeline [RUNS] [--grab OUT.png]
// --grab also saves the window at each zoom (OUT-month.png, OUT-quarter.png, OUT-year.png).
#include "BenchTimes.h"
#include "plan/PlanRoles.h"
#include "plan/timeline/TimelineView.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTreeView>

#include <cstdio>

namespace {

QStandardItem* item(const QString& name, int kind)
{
    auto* row = new QStandardItem(name);
    row->setData(kind, PlanRoles::RowKindRole);
    return row;
}

// Dates spread over three years around 2026, with every status, baseline and lateness.
void fill(QStandardItemModel& model)
{
    const QDate origin(2025, 1, 6);
    const QStringList statuses{QStringLiteral("planned"), QStringLiteral("in_progress"),
                               QStringLiteral("done"), QStringLiteral("delayed"),
                               QStringLiteral("cancelled")};
    for (int p = 0; p < 60; ++p) {
        QStandardItem* priority = item(QStringLiteral("Priority %1").arg(p + 1), 0);
        for (int a = 0; a < 33; ++a) {
            const int n = p * 33 + a;
            QStandardItem* action = item(QStringLiteral("Action %1").arg(n + 1), 1);
            const QDate start = origin.addDays((n * 37) % 900);
            const QDate end = start.addDays(20 + (n * 13) % 200);
            action->setData(start, PlanRoles::StartDateRole);
            action->setData(end, PlanRoles::EndDateRole);
            action->setData(statuses[n % 5], PlanRoles::StatusRole);
            if (n % 3) {
                action->setData(start.addDays(-7), PlanRoles::BaselineStartRole);
                action->setData(end.addDays(-14), PlanRoles::BaselineEndRole);
            }
            for (int m = 0; m < 5; ++m) {
                QStandardItem* milestone = item(QStringLiteral("Milestone %1").arg(m + 1), 2);
                const QDate due = start.addDays((m + 1) * start.daysTo(end) / 6);
                milestone->setData(due, PlanRoles::DueDateRole);
                if ((n + m) % 2)
                    milestone->setData(due, PlanRoles::DoneOnRole);
                if (m == 2)
                    milestone->setData(due.addDays(-10), PlanRoles::BaselineDueRole);
                action->appendRow(milestone);
            }
            priority->appendRow(action);
        }
        model.appendRow(priority);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString grab;
    if (const qsizetype at = args.indexOf(QStringLiteral("--grab"));
        at >= 0 && at + 1 < args.size()) {
        grab = args.at(at + 1);
        args.remove(at, 2);
    }
    const int runs = args.isEmpty() ? 60 : std::max(1, args.front().toInt());

    QStandardItemModel model;
    fill(model);
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    auto* tree = new QTreeView;
    tree->setModel(&model);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->setFixedWidth(400);
    tree->expandAll();
    auto* view = new TimelineView(tree);
    view->setToday(QDate(2026, 3, 5));
    view->setFixedSize(1366, 768);
    layout->addWidget(tree);
    layout->addWidget(view);
    window.show();
    QApplication::processEvents();
    std::printf("%d priorities, %d rows in all\n", model.rowCount(), 60 + 60 * 33 * 6);

    BenchTimes walk;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        // An edit: the range is worked out again (the walk over every row).
        model.item(0)->child(0)->setData(QDate(2025, 1, 7 + run), PlanRoles::StartDateRole);
        view->firstDate();
        walk.add(timer);
    }
    std::printf("range after an edit (walk over the model): %s\n", qPrintable(walk.summary()));

    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QScrollBar* rows = tree->verticalScrollBar();
    for (const auto zoom :
         {TimelineView::Zoom::Month, TimelineView::Zoom::Quarter, TimelineView::Zoom::Year}) {
        view->setZoom(zoom);
        view->scrollToDate(QDate(2026, 3, 5));
        rows->setValue(0);
        QApplication::processEvents();
        BenchTimes render;
        BenchTimes grabbed;
        for (int run = 0; run < runs; ++run) {
            // One wheel step of the tree (three rows), then the timeline's whole viewport
            // painted again, offscreen.
            rows->setValue(rows->value() + 3 * rows->singleStep());
            QElapsedTimer timer;
            timer.start();
            view->viewport()->render(&image);
            render.add(timer);
            timer.restart();
            const QPixmap whole = view->grab();
            grabbed.add(timer);
        }
        const char* name = zoom == TimelineView::Zoom::Month     ? "month"
                           : zoom == TimelineView::Zoom::Quarter ? "quarter"
                                                                 : "year";
        std::printf("%s zoom, repaint after a scroll step: %s; grab() with the header: %s\n", name,
                    qPrintable(render.summary()), qPrintable(grabbed.summary()));
        if (!grab.isEmpty()) {
            // OUT-month.png...: the tree and the timeline as the officer sees them, to look at.
            rows->setValue(0);
            tree->selectionModel()->select(model.index(0, 0, model.index(0, 0)),
                                           QItemSelectionModel::ClearAndSelect |
                                               QItemSelectionModel::Rows);
            QString file = grab;
            window.grab().save(file.insert(file.lastIndexOf('.'), QLatin1Char('-') + name));
        }
    }
    return 0;
}

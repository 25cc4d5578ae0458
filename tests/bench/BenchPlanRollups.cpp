// SPDX-License-Identifier: GPL-3.0-or-later
// The action plan's rollups on a file from `passerelle-cli demo --scale 50000` (2,000 actions,
// about 10,000 milestones; target: 5 ms or less after one edit). The plan is loaded once, as the
// pane loads it; what is timed is what the pane does after an edit: the edited record replaced
// in the loaded data, and every rollup computed again. Also times the loading itself and the
// calendar's events. Prints medians of 21 runs.
//   bench_planrollups FILE
#include "BenchTimes.h"
#include "city/Repositories.h"
#include "plan/ActionRepository.h"
#include "plan/PlanCalendar.h"
#include "plan/PlanRepository.h"
#include "plan/PlanRollups.h"
#include "storage/CityFile.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        out << "usage: bench_planrollups FILE (from passerelle-cli demo --scale 50000)\n";
        return 2;
    }
    CityFile::OpenResult opened = CityFile::open(args.at(1), CityFile::Access::ReadOnly);
    if (!opened) {
        out << opened.error().message() << '\n';
        return 1;
    }
    Repositories repos(*opened.value());
    constexpr int runs = 21;
    const QDate today(2026, 12, 4);

    BenchTimes loading;
    PlanData plan;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        plan = PlanData::load(repos.plan(), repos.actions());
        loading.add(t);
    }
    BenchTimes afterEdit;
    int late = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        Milestone& m = plan.milestones[(i * 7919) % plan.milestones.size()];
        m.doneOn = m.isDone() ? QDate() : today;
        const PlanRollups rollups = PlanRollups::compute(plan, today);
        late += rollups.whole().late;
        afterEdit.add(t);
    }
    BenchTimes calendar;
    qsizetype events = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        events = PlanCalendar::events(plan).size();
        calendar.add(t);
    }
    out << "actions " << plan.actions.size() << ", milestones " << plan.milestones.size()
        << ", budget lines " << plan.budgetLines.size() << " (late " << late / runs << ")\n";
    out << "load the plan:              " << loading.summary() << '\n';
    out << "rollups after one edit:     " << afterEdit.summary() << "  (target <= 5 ms)\n";
    out << "calendar events (" << events << "): " << calendar.summary() << '\n';
    return 0;
}

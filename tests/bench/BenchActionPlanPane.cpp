// SPDX-License-Identifier: GPL-3.0-or-later
// The Action plan pane on a file from `passerelle-cli demo --scale 50000` (2,000 actions, about
// 10,000 milestones; target: tree and timeline shown in 200 ms or less after the pane is first
// opened). Each run makes the pane anew, shows it at 1366×768 and paints it once (grab), as the
// shell does when the officer first clicks "Action plan"; then one milestone is marked done
// through the repository and the time until the tree, its rollups and the strip have followed
// and the pane has painted again is taken. Prints medians.
//   bench_actionplanpane FILE
#include "BenchTimes.h"
#include "city/Repositories.h"
#include "plan/ActionPlanPane.h"
#include "plan/ActionRepository.h"
#include "shell/PaneContext.h"
#include "storage/CityFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 2) {
        out << "usage: bench_actionplanpane FILE (from passerelle-cli demo --scale 50000)\n";
        return 2;
    }
    // A copy: the edits below are written to it, never to the file given.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.passerelle"));
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), path)) {
        out << "cannot copy the file\n";
        return 1;
    }
    CityFile::OpenResult opened = CityFile::open(path);
    if (!opened) {
        out << opened.error().message() << '\n';
        return 1;
    }
    std::unique_ptr<CityFile> file = opened.take();
    Repositories repos(*file);
    const PaneContext context{*file, repos, *file->undoStack()};
    constexpr int runs = 11;

    BenchTimes shown;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        ActionPlanPane pane(context);
        pane.resize(1366, 768);
        pane.show();
        pane.grab();
        shown.add(timer);
    }

    ActionPlanPane pane(context);
    pane.resize(1366, 768);
    pane.show();
    pane.grab();
    QList<Milestone> milestones = repos.actions().milestones();
    BenchTimes edited;
    for (int run = 0; run < 21; ++run) {
        Milestone m = milestones.at((run * 7919) % milestones.size());
        m.doneOn = m.isDone() ? QDate() : QDate(2026, 12, 4);
        QElapsedTimer timer;
        timer.start();
        if (!repos.actions().update(m))
            return 1;
        pane.grab();
        edited.add(timer);
    }
    out << "milestones " << milestones.size() << '\n';
    out << "pane made, shown and painted: " << shown.summary() << "  (target <= 200 ms)\n";
    out << "milestone marked done, stored, rollups and repaint: " << edited.summary() << '\n';
    return 0;
}

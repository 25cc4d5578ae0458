// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start of the desktop program: from process start (and from main()) to the first paint
// of the main window showing a city file. The same steps as app/main.cpp.
//   bench_startup FILE      prints: "process_ms main_ms"; on standard error, where the time
//   after main() went: "app window shown opened" (ms since main, each phase's end).
#include "BenchStartupClock.h"
#include "shell/MainWindow.h"
#include "shell/RecentFiles.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QElapsedTimer timer;
    timer.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PasserelleBench"));
    QCoreApplication::setApplicationName(QStringLiteral("PasserelleBench"));
    if (argc < 2) {
        std::fputs("usage: bench_startup FILE\n", stderr);
        return 2;
    }
    const qint64 appReady = timer.elapsed();
    auto recent = std::make_shared<RecentFiles>();
    auto* window = new MainWindow(recent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 windowMade = timer.elapsed();
    StartupClock::FirstPaint probe(timer);
    window->show();
    const qint64 shown = timer.elapsed();
    window->openFile(QString::fromLocal8Bit(argv[1]));
    std::fprintf(stderr, "%lld %lld %lld %lld\n", appReady, windowMade, shown, timer.elapsed());
    // Count only paints after the file is open.
    window->installEventFilter(&probe);
    window->update();
    return QApplication::exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start of the desktop program: from process start (and from main()) to the first paint
// of the main window showing a city file. The same steps as app/main.cpp.
//   bench_startup FILE      prints: "process_ms main_ms"
#include "shell/MainWindow.h"
#include "shell/RecentFiles.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

// Milliseconds since this process started, from /proc (10 ms resolution), so the dynamic
// loading of Qt before main() is counted too.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QElapsedTimer& timer) : m_timer(timer) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("%.0f %lld\n", msSinceProcessStart(), m_timer.elapsed());
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer& m_timer;
    bool m_done = false;
};

} // namespace

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
    auto recent = std::make_shared<RecentFiles>();
    auto* window = new MainWindow(recent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    FirstPaint probe(timer);
    window->show();
    window->openFile(QString::fromLocal8Bit(argv[1]));
    // Count only paints after the file is open.
    window->installEventFilter(&probe);
    window->update();
    return QApplication::exec();
}

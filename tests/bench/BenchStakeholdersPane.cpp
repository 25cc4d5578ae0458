// SPDX-License-Identifier: GPL-3.0-or-later
// The Stakeholders pane on a network-sized file (issue 3's targets): from opening the file to
// the table painting its first rows, and a keystroke in the filter box to the table updated and
// painted again. Medians of several runs.
//   QT_QPA_PLATFORM=offscreen bench_stakeholderspane FILE [RUNS]
#include "BenchTimes.h"
#include "city/Repositories.h"
#include "shell/PaneContext.h"
#include "stakeholders/StakeholdersPane.h"
#include "stakeholders/table/StakeholderTableModel.h"
#include "storage/CityFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

namespace {

// Counts the paints of a widget, to know when the table has shown what changed, and notes when
// the last one ended (processEvents() may go on with other work after it).
class PaintCounter : public QObject
{
public:
    int paints = 0;
    const QElapsedTimer* clock = nullptr;
    qint64 paintedAt = 0;
    int rowsPainted = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint)
            return QObject::eventFilter(watched, event);
        auto* viewport = static_cast<QWidget*>(watched);
        viewport->removeEventFilter(this);
        QCoreApplication::sendEvent(viewport, event); // the paint itself, then the time
        viewport->installEventFilter(this);
        ++paints;
        if (clock)
            paintedAt = clock->nsecsElapsed();
        if (auto* table = qobject_cast<QTableView*>(viewport->parent()))
            rowsPainted = table->model()->rowCount();
        return true;
    }
};

void waitForPaint(const PaintCounter& counter, int before)
{
    while (counter.paints == before)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

void typeKey(QWidget* target, QChar c)
{
    const int key = c.toUpper().unicode();
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
    QApplication::sendEvent(target, &press);
    QApplication::sendEvent(target, &release);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: bench_stakeholderspane FILE [RUNS]\n", stderr);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 7;

    BenchTimes opening, firstRows, afterOpen, prepared, keystroke;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        // Read-only: the benchmark must not change the file it measures.
        CityFile::OpenResult opened = CityFile::open(path, CityFile::Access::ReadOnly);
        if (!opened.ok()) {
            std::fprintf(stderr, "cannot open %s: %s\n", argv[1],
                         qPrintable(opened.error().message()));
            return 1;
        }
        std::unique_ptr<CityFile> file = opened.take();
        auto repos = std::make_unique<Repositories>(*file);
        opening.add(timer);
        const qint64 openedAt = timer.nsecsElapsed();
        auto pane =
            std::make_unique<StakeholdersPane>(PaneContext{*file, *repos, *file->undoStack()});
        auto* table = pane->findChild<QTableView*>(QStringLiteral("stakeholderTable"));
        auto* search = pane->findChild<QLineEdit*>(QStringLiteral("stakeholderFilterText"));
        PaintCounter painted;
        painted.clock = &timer;
        table->viewport()->installEventFilter(&painted);
        pane->resize(1280, 800);
        pane->show();
        waitForPaint(painted, 0);
        firstRows.addMs(double(painted.paintedAt) / 1e6);
        afterOpen.addMs(double(painted.paintedAt - openedAt) / 1e6);
        if (run == 0)
            std::printf("%d stakeholders, %d rows in the table at its first paint\n",
                        pane->model()->totalCount(), painted.rowsPainted);

        StakeholderTableModel* model = pane->model();
        if (!model->isPrepared()) {
            QEventLoop loop;
            QObject::connect(model, &StakeholderTableModel::prepared, &loop, &QEventLoop::quit);
            loop.exec();
        }
        prepared.add(timer);
        QCoreApplication::processEvents();

        // Typing "asso" a letter at a time, then erasing it, each key to the table repainted.
        search->setFocus();
        const QString word = QStringLiteral("asso");
        for (QChar c : word) {
            const int before = painted.paints;
            timer.restart();
            typeKey(search, c);
            waitForPaint(painted, before);
            keystroke.add(timer);
        }
        if (run == 0)
            std::printf("\"asso\" shows %d rows\n", table->model()->rowCount());
        for (qsizetype n = 0; n < word.size(); ++n) {
            const int before = painted.paints;
            timer.restart();
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier);
            QApplication::sendEvent(search, &press);
            waitForPaint(painted, before);
            keystroke.add(timer);
        }
        pane.reset();
        repos.reset();
        file.reset();
    }
    std::printf("opening the file (checks, repositories): %s\n", qPrintable(opening.summary()));
    std::printf("file opened to first rows painted: %s\n", qPrintable(afterOpen.summary()));
    std::printf("start of opening to first rows painted: %s\n", qPrintable(firstRows.summary()));
    std::printf("file open to search and sorting ready: %s\n", qPrintable(prepared.summary()));
    std::printf("filter keystroke to table repainted: %s\n", qPrintable(keystroke.summary()));
    return 0;
}

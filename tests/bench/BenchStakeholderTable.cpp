// SPDX-License-Identifier: GPL-3.0-or-later
// The stakeholder table on a network-sized file (issue 3's targets): opening the file and
// loading the model, a filter keystroke, and sorting by each column. Medians of several runs.
//   QT_QPA_PLATFORM=offscreen bench_stakeholdertable FILE [RUNS]
#include "BenchTimes.h"
#include "city/Repositories.h"
#include "shell/PaneContext.h"
#include "stakeholders/table/StakeholderTableModel.h"
#include "storage/CityFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

namespace {

void print(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: bench_stakeholdertable FILE [RUNS]\n", stderr);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 7;
    using Model = StakeholderTableModel;

    BenchTimes open, load, total, prepared;
    QStringList headers;
    BenchTimes typing, clearing;
    std::vector<BenchTimes> sorting(Model::ColumnCount);
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
        open.add(timer);
        QElapsedTimer modelTimer;
        modelTimer.start();
        auto model = std::make_unique<Model>(PaneContext{*file, *repos, *file->undoStack()});
        load.add(modelTimer);
        total.add(timer);
        // As in the program: the event loop runs while the model prepares search and sorting.
        if (!model->isPrepared()) {
            QEventLoop loop;
            QObject::connect(model.get(), &Model::prepared, &loop, &QEventLoop::quit);
            loop.exec();
        }
        prepared.add(timer);
        if (run == 0) {
            print(QStringLiteral("%1 stakeholders").arg(model->rowCount()));
            for (int column = 0; column < Model::ColumnCount; ++column)
                headers << model->headerData(column, Qt::Horizontal).toString();
        }

        // Typing "asso" a letter at a time, then clearing the box.
        const QString word = QStringLiteral("asso");
        for (qsizetype n = 1; n <= word.size(); ++n) {
            timer.restart();
            model->setFilterText(word.left(n));
            typing.add(timer);
        }
        if (run == 0)
            print(QStringLiteral("\"asso\" shows %1 rows").arg(model->rowCount()));
        timer.restart();
        model->setFilterText(QString());
        clearing.add(timer);

        for (int column = 0; column < Model::ColumnCount; ++column) {
            timer.restart();
            model->sort(column, run % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            sorting[size_t(column)].add(timer);
        }
        model.reset();
        repos.reset();
        file.reset();
    }

    print(QStringLiteral("open file + repositories: %1").arg(open.summary()));
    print(QStringLiteral("model loaded: %1").arg(load.summary()));
    print(QStringLiteral("open -> model loaded (first rows): %1").arg(total.summary()));
    print(QStringLiteral("open -> search and sorting prepared: %1").arg(prepared.summary()));
    print(QStringLiteral("filter keystroke (typing \"asso\"): %1").arg(typing.summary()));
    print(QStringLiteral("filter cleared: %1").arg(clearing.summary()));
    for (int column = 0; column < Model::ColumnCount; ++column)
        print(QStringLiteral("sort by %1: %2")
                  .arg(headers.value(column), sorting[size_t(column)].summary()));
    return 0;
}

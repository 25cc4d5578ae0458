// SPDX-License-Identifier: GPL-3.0-or-later
// A large CSV import through its undo command, as the import dialog runs it, with the
// stakeholder table model and a table view attached (they follow the repository's signals row
// by row): the import, its undo and its redo. Medians of several runs, each on a new file.
// Times are the process's CPU time (the machine is shared: wall time mostly measures the
// others); "bare" leaves the model and view out, to see what they add.
//   QT_QPA_PLATFORM=offscreen bench_stakeholderimport [ROWS] [RUNS] [bare]
#include "city/CitySeeder.h"
#include "city/Repositories.h"
#include "commands/StakeholderImportCommand.h"
#include "shell/PaneContext.h"
#include "stakeholders/CsvReader.h"
#include "stakeholders/table/StakeholderTableModel.h"
#include "storage/CityFile.h"

#include <QApplication>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <limits>
#include <memory>
#include <vector>

namespace {

// Milliseconds of CPU used by this process since start.
double cpuNow()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

QByteArray csv(int rows)
{
    QByteArray out = "name,kind,level,influence,interest,contact,email,notes\n";
    for (int i = 0; i < rows; ++i) {
        out += QStringLiteral("Association n° %1,ngo,local,%2,%3,Personne %1,p%1@example.org,"
                              "Ligne %1\n")
                   .arg(i)
                   .arg(1 + i % 5)
                   .arg(1 + (i / 5) % 5)
                   .toUtf8();
    }
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20000;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    const bool bare = argc > 3 && qstrcmp(argv[3], "bare") == 0;
    // Beyond the import's row limit on purpose: the bench measures the writing.
    CsvReader::Options options;
    options.maxRows = std::max<qsizetype>(rows, options.maxRows);
    options.maxBytes = std::numeric_limits<qint64>::max() - 1;
    Result<CsvTable> table = CsvReader::parse(csv(rows), options);
    if (!table) {
        std::fprintf(stderr, "%s\n", qPrintable(table.error().message));
        return 1;
    }
    std::vector<double> imports, undos, redos;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        CityFile::NewCity city;
        city.name = QStringLiteral("Bench");
        city.country = QStringLiteral("FR");
        CityFile::OpenResult opened =
            CitySeeder::createFile(dir.filePath(QStringLiteral("bench.passerelle")), city);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message()));
            return 1;
        }
        std::unique_ptr<CityFile> file = opened.take();
        Repositories repos(*file);
        const PaneContext context{*file, repos, *file->undoStack()};
        std::unique_ptr<StakeholderTableModel> model;
        QTableView view;
        if (!bare) {
            model = std::make_unique<StakeholderTableModel>(context);
            view.setModel(model.get());
            view.resize(900, 600);
            view.show();
        }
        QApplication::processEvents();
        const auto count = [&] {
            return model ? model->totalCount() : repos.stakeholders().count();
        };

        double start = cpuNow();
        const Result<ImportReport> r = StakeholderImportCommand::execute(
            context.undoStack, repos, table.value(),
            StakeholderCsvImport::autoMapping(table.value().header),
            StakeholderImportCommand::Policy::Skip);
        QApplication::processEvents();
        imports.push_back(cpuNow() - start);
        if (!r || count() != rows) {
            std::fprintf(stderr, "import failed: %s\n",
                         r ? "rows missing" : qPrintable(r.error().message));
            return 1;
        }
        start = cpuNow();
        context.undoStack.undo();
        QApplication::processEvents();
        undos.push_back(cpuNow() - start);
        start = cpuNow();
        context.undoStack.redo();
        QApplication::processEvents();
        redos.push_back(cpuNow() - start);
        if (count() != rows)
            return 1;
    }
    std::printf("%d rows with contacts, %s, CPU time, median of %d runs:\n", rows,
                bare ? "no model" : "table model and view attached", runs);
    std::printf("  import %.0f ms, undo %.0f ms, redo %.0f ms\n", median(imports), median(undos),
                median(redos));
    return 0;
}

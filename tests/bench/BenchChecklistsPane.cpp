// SPDX-License-Identifier: GPL-3.0-or-later
// The Service access pane on a demo file (targets: switching rounds 50 ms or less; answering an
// item, key press to stored, 10 ms or less). The whole pane is built and shown; a round is
// picked in its round picker (the answering grid, side panel, scores, chart and gaps all
// follow), and a digit is sent to its answering grid.
// Usage: bench_checklistspane [file.passerelle] (without a file, the demo city is generated in a
// temporary folder; a given file is copied first, so it is never changed). Prints medians.
#include "ChecklistBench.h"
#include "checklists/AnswerView.h"
#include "checklists/AnswersModel.h"
#include "checklists/ChecklistRepository.h"
#include "checklists/ChecklistsPane.h"
#include "city/Repositories.h"
#include "shell/PaneContext.h"
#include "storage/CityFile.h"

#include <QApplication>
#include <QComboBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

constexpr int runs = 41;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    CityFile::OpenResult opened = ChecklistBench::openFile(argc, argv, dir);
    if (!opened) {
        out << opened.error().message() << '\n';
        return 1;
    }
    std::unique_ptr<CityFile> file = opened.take();
    Repositories repos(*file);
    ChecklistRepository& repo = repos.checklists();
    if (repo.rounds().size() < 2) {
        out << "the file needs two assessment rounds\n";
        return 1;
    }
    const PaneContext context{*file, repos, *file->undoStack()};
    ChecklistsPane pane(context);
    pane.resize(1200, 800);
    pane.show();
    QCoreApplication::processEvents();
    auto* picker = pane.findChild<QComboBox*>(QStringLiteral("roundPicker"));
    auto* view = pane.findChild<AnswerView*>(QStringLiteral("answerView"));
    AnswersModel* model = view->answersModel();

    // Switching rounds: the picker's index changes and every tab follows before it returns.
    QList<double> switching;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        picker->setCurrentIndex(run % 2 == 0 ? 0 : picker->count() - 1);
        switching << timer.nsecsElapsed() / 1e6;
        QCoreApplication::processEvents(); // the repaint, outside the timing
    }

    // Answering: keys 1, 2, 3 in turn on the same item, so every press changes the answer.
    picker->setCurrentIndex(picker->count() - 1);
    int wrong = 0;
    const QList<double> answering = ChecklistBench::timeAnswering(*view, repo, runs, wrong);
    if (wrong > 0) {
        out << wrong << " key presses were not stored\n";
        return 1;
    }
    out << "switching rounds in the pane (" << model->rowCount()
        << " rows): " << ChecklistBench::median(switching) << '\n';
    out << "answering an item in the pane (key press to stored): "
        << ChecklistBench::median(answering) << '\n';
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The answering grid on a demo file (targets: switching rounds 50 ms or less; answering an item,
// key press to answer stored, 10 ms or less). The real AnswerView, AnswersModel and
// AreaScoresModel are wired as the pane wires them; a key event is sent to the view and the
// time runs until the answer is committed to the file and every model has followed.
// Usage: bench_checklist_answering [demo.passerelle] (without a file, a demo is generated in a
// temporary folder; a given file is copied first, so it is never changed). Prints medians.
#include "ChecklistBench.h"
#include "checklists/AnswerView.h"
#include "checklists/AnswersModel.h"
#include "checklists/AreaScoresModel.h"
#include "checklists/ChecklistRepository.h"
#include "city/Repositories.h"
#include "shell/PaneContext.h"
#include "storage/CityFile.h"

#include <QApplication>
#include <QElapsedTimer>
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
    const QList<AssessmentRound> rounds = repo.rounds();
    if (rounds.size() < 2) {
        out << "the file needs two assessment rounds\n";
        return 1;
    }
    const PaneContext context{*file, repos, *file->undoStack()};
    AnswersModel model(context);
    AreaScoresModel scores(repo, model);
    AnswerView view;
    view.setAnswersModel(&model);
    view.resize(1000, 700);
    view.show();
    QCoreApplication::processEvents();

    // Switching rounds: one setRound, which the view and the scores follow at once.
    QList<double> switching;
    for (int run = 0; run < runs; ++run) {
        const QString id = rounds.at(run % 2).meta.id;
        QElapsedTimer timer;
        timer.start();
        model.setRound(id);
        switching << timer.nsecsElapsed() / 1e6;
        QCoreApplication::processEvents(); // the repaint, outside the timing as in the pane
    }

    // Answering: keys 1, 2, 3 in turn on the same item, so every press changes the answer.
    model.setRound(rounds.last().meta.id);
    int wrong = 0;
    const QList<double> answering = ChecklistBench::timeAnswering(view, repo, runs, wrong);
    if (wrong > 0) {
        out << wrong << " key presses were not stored\n";
        return 1;
    }
    out << "switching rounds (" << model.rowCount()
        << " rows): " << ChecklistBench::median(switching) << '\n';
    out << "answering an item (key press to stored): " << ChecklistBench::median(answering) << '\n';
    return 0;
}

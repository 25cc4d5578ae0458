// SPDX-License-Identifier: GPL-3.0-or-later
// The answering grid on a demo file (targets: switching rounds 50 ms or less; answering an item,
// key press to answer stored, 10 ms or less). The real AnswerView, AnswersModel and
// AreaScoresModel are wired as the pane wires them; a key event is sent to the view and the
// time runs until the answer is committed to the file and every model has followed.
// Usage: bench_checklist_answering [demo.passerelle] (without a file, a demo is generated in a
// temporary folder; a given file is copied first, so it is never changed). Prints medians.
#include "checklists/AnswerView.h"
#include "checklists/AnswersModel.h"
#include "checklists/AreaScoresModel.h"
#include "checklists/ChecklistRepository.h"
#include "city/Repositories.h"
#include "demo/DemoGenerator.h"
#include "shell/PaneContext.h"
#include "storage/CityFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>

namespace {

constexpr int runs = 41;

QString median(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("median %1 ms (min %2, max %3, %4 runs)")
        .arg(ms.at(ms.size() / 2), 0, 'f', 3)
        .arg(ms.first(), 0, 'f', 3)
        .arg(ms.last(), 0, 'f', 3)
        .arg(ms.size());
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.passerelle"));
    CityFile::OpenResult opened = [&] {
        if (argc > 1 && QFile::copy(QString::fromLocal8Bit(argv[1]), path))
            return CityFile::open(path);
        return DemoGenerator::create(path, DemoGenerator::Options());
    }();
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
    const int row = view.itemRowFrom(0, 1);
    const QString itemId = model.data(model.index(row, 0), AnswersModel::ItemIdRole).toString();
    QList<double> answering;
    int wrong = 0;
    for (int run = 0; run < runs; ++run) {
        view.setCurrentIndex(model.index(row, AnswersModel::AnswerColumn));
        const int key = Qt::Key_1 + run % 3;
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(QChar(u'1' + run % 3)));
        QElapsedTimer timer;
        timer.start();
        QApplication::sendEvent(&view, &press);
        // The first press is a warm-up, and may give the answer the demo already has.
        if (run > 0)
            answering << timer.nsecsElapsed() / 1e6;
        const std::optional<Answer> stored = repo.answerFor(model.roundId(), itemId);
        if (!stored || int(stored->value) != run % 3)
            ++wrong;
        QCoreApplication::processEvents();
    }
    if (wrong > 0) {
        out << wrong << " key presses were not stored\n";
        return 1;
    }
    out << "switching rounds (" << model.rowCount() << " rows): " << median(switching) << '\n';
    out << "answering an item (key press to stored): " << median(answering) << '\n';
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the checklist benchmarks share: the file they measure and the key presses they time.

#include "checklists/AnswerView.h"
#include "checklists/AnswersModel.h"
#include "checklists/ChecklistRepository.h"
#include "demo/DemoGenerator.h"
#include "storage/CityFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QTemporaryDir>

#include <algorithm>

namespace ChecklistBench {

inline QString median(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("median %1 ms (min %2, max %3, %4 runs)")
        .arg(ms.at(ms.size() / 2), 0, 'f', 3)
        .arg(ms.first(), 0, 'f', 3)
        .arg(ms.last(), 0, 'f', 3)
        .arg(ms.size());
}

// A copy of the file named on the command line (never changed), or the demo city.
inline CityFile::OpenResult openFile(int argc, char** argv, const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.passerelle"));
    if (argc > 1 && QFile::copy(QString::fromLocal8Bit(argv[1]), path))
        return CityFile::open(path);
    return DemoGenerator::create(path, DemoGenerator::Options());
}

// Keys 1, 2, 3 in turn on the first item of the shown round, so every press changes the
// answer; the time runs from the key event to the answer stored and every model following.
// wrong counts presses whose answer was not stored.
inline QList<double> timeAnswering(AnswerView& view, ChecklistRepository& repo, int runs,
                                   int& wrong)
{
    AnswersModel& model = *view.answersModel();
    const int row = view.itemRowFrom(0, 1);
    const QString itemId = model.data(model.index(row, 0), AnswersModel::ItemIdRole).toString();
    QList<double> answering;
    wrong = 0;
    for (int run = 0; run < runs; ++run) {
        view.setCurrentIndex(model.index(row, AnswersModel::AnswerColumn));
        const int key = Qt::Key_1 + run % 3;
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(QChar(u'1' + run % 3)));
        QElapsedTimer timer;
        timer.start();
        QApplication::sendEvent(&view, &press);
        // The first press is a warm-up, and may give the answer the file already has.
        if (run > 0)
            answering << timer.nsecsElapsed() / 1e6;
        const std::optional<Answer> stored = repo.answerFor(model.roundId(), itemId);
        if (!stored || int(stored->value) != run % 3)
            ++wrong;
        QCoreApplication::processEvents();
    }
    return answering;
}

} // namespace ChecklistBench

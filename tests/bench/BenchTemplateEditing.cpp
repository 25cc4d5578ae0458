// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a checklist's areas and items on a demo file, with the "Areas and items" editor open:
// moving an item with Alt+Down (key press to stored, the tree followed), and importing another
// city's checklist (redo of the import, about 80 items), with and without the answering grid
// (AnswersModel) showing a round, since that model reloads on every area or item signal.
// Usage: bench_template_editing. Prints medians.
#include "checklists/AnswersModel.h"
#include "checklists/ChecklistRepository.h"
#include "checklists/TemplateInstaller.h"
#include "checklists/template/TemplateEditor.h"
#include "city/Repositories.h"
#include "commands/ImportTemplateCommand.h"
#include "demo/DemoGenerator.h"
#include "shell/PaneContext.h"
#include "storage/CityFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace {

constexpr int runs = 21;

QString median(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("median %1 ms (min %2, max %3, %4 runs)")
        .arg(ms.at(ms.size() / 2), 0, 'f', 3)
        .arg(ms.first(), 0, 'f', 3)
        .arg(ms.last(), 0, 'f', 3)
        .arg(ms.size());
}

double timed(const std::function<void()>& work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    CityFile::OpenResult opened =
        DemoGenerator::create(dir.filePath(QStringLiteral("demo.passerelle")), {});
    if (!opened) {
        out << opened.error().message() << '\n';
        return 1;
    }
    std::unique_ptr<CityFile> file = opened.take();
    Repositories repos(*file);
    QUndoStack& stack = *file->undoStack();
    PaneContext context{*file, repos, stack};
    TemplateEditor editor(context);
    editor.resize(1100, 700);
    editor.show();
    auto* tree = editor.findChild<QTreeView*>(QStringLiteral("templateTree"));
    ChecklistRepository& repo = repos.checklists();

    QList<double> moves;
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    for (int i = 0; i < runs; ++i)
        moves << timed(
            [&] { QTest::keyClick(tree, i % 2 ? Qt::Key_Up : Qt::Key_Down, Qt::AltModifier); });
    out << "Move an item with Alt+Down/Up (stored, tree followed): " << median(moves) << '\n';

    TemplateDocument doc = TemplateInstaller(repos).exportTemplate(editor.templateId()).value();
    doc.key = QStringLiteral("partner-checklist");
    auto* import = new ImportTemplateCommand(file.get(), repos, doc, QStringLiteral("Import"));
    stack.push(import);
    for (bool grid : {false, true}) {
        std::unique_ptr<AnswersModel> answers;
        if (grid) {
            answers = std::make_unique<AnswersModel>(context);
            answers->setRound(repo.latestRound()->meta.id);
        }
        QList<double> redo;
        for (int i = 0; i < runs; ++i) {
            stack.undo();
            redo << timed([&] { stack.redo(); });
        }
        out << "Redo the import of an 80-item checklist, "
            << (grid ? "answering grid showing a round: " : "editor only: ") << median(redo)
            << '\n';
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The relations network with every stakeholder of a file shown (2,000 from
// `passerelle-cli demo FILE --scale 2000`): Graphviz layout, scene build, a full repaint at
// zoom 1 and with the whole network fitted, and one step of a node drag. Medians of runs.
//   QT_QPA_PLATFORM=offscreen bench_relationsnetwork FILE [RUNS] [--grab OUT.png] [--language fr]
#include "BenchTimes.h"
#include "city/Repositories.h"
#include "i18n/Translator.h"
#include "shell/PaneContext.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/network/RelationsNetwork.h"
#include "stakeholders/network/RelationsNetworkEdge.h"
#include "stakeholders/network/RelationsNetworkNode.h"
#include "stakeholders/network/RelationsNetworkScene.h"
#include "stakeholders/network/RelationsNetworkView.h"
#include "stakeholders/table/StakeholderTableModel.h"
#include "storage/CityFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QItemSelectionModel>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

void print(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Runs the posted rebuild of the network.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString grab;
    QString language = QStringLiteral("en");
    for (const char* option : {"--grab", "--language"}) {
        const int at = int(args.indexOf(QLatin1String(option)));
        if (at >= 0 && at + 1 < args.size()) {
            (QLatin1String(option) == QLatin1String("--grab") ? grab : language) = args.at(at + 1);
            args.remove(at, 2);
        }
    }
    if (args.isEmpty()) {
        std::fputs("usage: bench_relationsnetwork FILE [RUNS] [--grab OUT.png] [--language fr]\n",
                   stderr);
        return 2;
    }
    Translator::install(app, language);
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 5;
    // Read-only: the benchmark must not change the file it measures.
    CityFile::OpenResult opened = CityFile::open(args.first(), CityFile::Access::ReadOnly);
    if (!opened.ok()) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.error().message()));
        return 1;
    }
    std::unique_ptr<CityFile> file = opened.take();
    Repositories repos(*file);
    PaneContext context{*file, repos, *file->undoStack()};
    StakeholderTableModel model(context);
    QItemSelectionModel selection(&model);
    print(QStringLiteral("%1 stakeholders, %2 relations")
              .arg(model.rowCount())
              .arg(repos.stakeholders().relations().size()));

    BenchTimes firstShow, rebuild, repaintFit, repaintOne, dragStep;
    // The nodes as the view sized them (their names' widths), for the anchor below.
    QHash<QString, QSizeF> viewSizes;
    for (int run = 0; run < runs; ++run) {
        RelationsNetwork network(context, &model, &selection);
        network.resize(1400, 900);
        QElapsedTimer timer;
        timer.start();
        network.show();
        settle();
        // The layout of a big network runs on a worker thread: wait until every node shows.
        auto placed = [&] {
            for (RelationsNetworkNode* node : network.scene()->nodes()) {
                if (!node->isVisible())
                    return false;
            }
            return true;
        };
        while (!placed())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        firstShow.add(timer);
        if (run == 0) {
            for (RelationsNetworkNode* node : network.scene()->nodes())
                viewSizes.insert(node->id(), node->size());
        }
        if (run == 0)
            print(QStringLiteral("%1 nodes, %2 edges shown, layout by %3")
                      .arg(network.scene()->nodes().size())
                      .arg(network.scene()->edgeCount())
                      .arg(NetworkLayout::engineFor(int(network.scene()->nodes().size()), false)));

        // Again with every node placed: the scene build alone.
        network.setKindFilter(Stakeholder::Kind::Ngo);
        settle();
        timer.restart();
        network.setKindFilter(std::nullopt);
        settle();
        rebuild.add(timer);

        RelationsNetworkView* view = network.view();
        view->fitAll();
        timer.restart();
        view->viewport()->repaint();
        repaintFit.add(timer);

        view->resetTransform();
        timer.restart();
        view->viewport()->repaint();
        repaintOne.add(timer);

        // The most connected node, dragged one step, as the mouse moves.
        RelationsNetworkNode* busiest = nullptr;
        for (RelationsNetworkNode* node : network.scene()->nodes()) {
            if (!busiest || node->edges().size() > busiest->edges().size())
                busiest = node;
        }
        if (busiest) {
            view->centerOn(busiest);
            for (int step = 0; step < 10; ++step) {
                timer.restart();
                busiest->setPos(busiest->pos() + QPointF(3, 2));
                // The view repaints what changed, as during a real drag.
                QCoreApplication::processEvents();
                dragStep.add(timer);
            }
        }
        if (run == 0 && !grab.isEmpty()) {
            view->fitAll();
            network.grab().save(grab);
        }
    }
    print(QStringLiteral("first show (records read, Graphviz layout, scene build): %1")
              .arg(firstShow.summary()));
    print(QStringLiteral("scene rebuild, nodes placed: %1").arg(rebuild.summary()));
    print(QStringLiteral("full repaint, whole network fitted: %1").arg(repaintFit.summary()));
    print(QStringLiteral("full repaint, zoom 1: %1").arg(repaintOne.summary()));
    print(
        QStringLiteral("drag step (move + the view's update, zoom 1): %1").arg(dragStep.summary()));

    // The layout alone, as NetworkLayout gets it from the view.
    QList<NetworkLayout::Node> nodes;
    QList<NetworkLayout::Edge> edges;
    for (const Stakeholder& s : repos.stakeholders().stakeholderSummaries())
        nodes.append({s.meta.id, std::nullopt, {90, 20}});
    for (const StakeholderRelation& r : repos.stakeholders().relations())
        edges.append({r.fromId, r.toId, double(r.strength)});
    if (nodes.size() <= RelationsNetwork::maxShownNodes) {
        BenchTimes layoutTimes;
        NetworkLayout layout;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const qsizetype placed = layout.layout(nodes, edges).size();
            layoutTimes.add(timer);
            if (placed != nodes.size())
                print(QStringLiteral("the layout failed"));
        }
        print(QStringLiteral("Graphviz layout alone (%1): %2")
                  .arg(NetworkLayout::engineFor(int(nodes.size()), false), layoutTimes.summary()));

        // The anchor of the first show: the same Graphviz call on the same nodes, sized as the
        // view sized them, on this thread with nothing else to do.
        for (NetworkLayout::Node& node : nodes)
            node.size = viewSizes.value(node.id, node.size);
        BenchTimes sized;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            layout.layout(nodes, edges);
            sized.add(timer);
        }
        print(QStringLiteral("Graphviz layout alone, the view's node sizes: %1 (first show / "
                             "this: %2)")
                  .arg(sized.summary())
                  .arg(firstShow.median() / sized.median(), 0, 'f', 2));
    }
    return 0;
}

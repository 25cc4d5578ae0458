// SPDX-License-Identifier: GPL-3.0-or-later
// The influence/interest grid with every stakeholder of a file shown (issue 3: the grid stays
// interactive with 2,000 stakeholders): making the drawing from the model, a full repaint of
// the view at the fitted zoom and zoomed in, and one step of a mark drag. Medians of several runs.
//   QT_QPA_PLATFORM=offscreen bench_influencegrid FILE [RUNS] [--grab OUT.png]
// --grab also saves the grid as the officer sees it (toolbar included), and mid-drag, to look at.
#include "city/Repositories.h"
#include "i18n/Translator.h"
#include "shell/PaneContext.h"
#include "stakeholders/grid/InfluenceGrid.h"
#include "stakeholders/grid/InfluenceGridView.h"
#include "stakeholders/table/StakeholderTableModel.h"
#include "storage/CityFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QItemSelectionModel>
#include <QMouseEvent>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <vector>

namespace {

// Milliseconds per measure, by measure's name, in the order first measured.
class Samples
{
public:
    void add(const QString& name, const QElapsedTimer& timer)
    {
        if (!m_values.count(name))
            m_names.append(name);
        m_values[name].push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    void print()
    {
        for (const QString& name : m_names) {
            std::vector<double>& v = m_values[name];
            std::sort(v.begin(), v.end());
            std::printf("%s: %.1f ms (%.1f–%.1f, n=%zu)\n", qPrintable(name), v[v.size() / 2],
                        v.front(), v.back(), v.size());
        }
    }

private:
    QStringList m_names;
    std::map<QString, std::vector<double>> m_values;
};

void repaint(InfluenceGridView& view, QImage& image)
{
    view.viewport()->render(&image);
}

void sendMouse(QWidget* widget, QEvent::Type type, const QPoint& at, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, at, widget->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // In the user's language (LANGUAGE=fr for French), as the program shows it.
    Translator::install(app);
    QStringList args = app.arguments().mid(1);
    QString grab;
    if (const qsizetype at = args.indexOf(QStringLiteral("--grab"));
        at >= 0 && at + 1 < args.size()) {
        grab = args.at(at + 1);
        args.remove(at, 2);
    }
    if (args.isEmpty()) {
        std::fputs("usage: bench_influencegrid FILE [RUNS] [--grab OUT.png]\n", stderr);
        return 2;
    }
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 7;
    // Read-only: the benchmark must not change the file it measures (a drag is never dropped).
    CityFile::OpenResult opened = CityFile::open(args.front(), CityFile::Access::ReadOnly);
    if (!opened.ok()) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(args.front()),
                     qPrintable(opened.error().message()));
        return 1;
    }
    std::unique_ptr<CityFile> file = opened.take();
    Repositories repos(*file);
    const PaneContext context{*file, repos, *file->undoStack()};
    StakeholderTableModel model(context);
    model.ensurePrepared();
    QItemSelectionModel selection(&model);
    std::printf("%d stakeholders shown\n", model.rowCount());

    if (!grab.isEmpty()) {
        InfluenceGrid grid(context, &model, &selection);
        grid.resize(1100, 820);
        grid.show();
        QApplication::processEvents();
        if (model.rowCount() > 0)
            selection.select(model.index(0, 0),
                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
        grid.grab().save(grab);
        if (model.rowCount() > 0) {
            // And mid-drag (OUT-drag.png): the mark over the cell it would land in. The file is
            // open read-only, which forbids dragging; the mark is let go where it was taken.
            grid.setReadOnly(false);
            QWidget* viewport = grid.view()->viewport();
            const QPoint from = grid.view()->viewportPosition(model.stakeholder(0).meta.id);
            sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton);
            sendMouse(viewport, QEvent::MouseMove, from + QPoint(150, -120), Qt::LeftButton);
            QString dragged = grab;
            grid.grab().save(dragged.insert(dragged.lastIndexOf('.'), QStringLiteral("-drag")));
            sendMouse(viewport, QEvent::MouseButtonRelease, from, Qt::NoButton);
        }
    }

    Samples samples;
    const QSize size(1200, 900);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        InfluenceGridView view(&model, &selection);
        view.gridLayout();
        samples.add(QStringLiteral("drawing made from the model"), timer);
        view.resize(size);
        view.show();
        QApplication::processEvents();

        timer.restart();
        repaint(view, image);
        samples.add(QStringLiteral("full repaint, whole grid in view (zoom %1)")
                        .arg(view.zoom(), 0, 'f', 2),
                    timer);
        view.zoomIn();
        view.zoomIn();
        view.zoomIn();
        timer.restart();
        repaint(view, image);
        samples.add(QStringLiteral("full repaint, zoomed in (zoom %1)").arg(view.zoom(), 0, 'f', 2),
                    timer);
        view.fit();

        // Dragging the first mark of the crowdiest cell across the grid, a step at a time.
        const InfluenceGridLayout& layout = view.gridLayout();
        if (layout.marks().empty())
            continue;
        const QPoint from = view.viewportPosition(layout.marks().front().id);
        sendMouse(view.viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton);
        for (int step = 1; step <= 20; ++step) {
            timer.restart();
            sendMouse(view.viewport(), QEvent::MouseMove, from + QPoint(step * 9, -step * 7),
                      Qt::LeftButton);
            repaint(view, image);
            samples.add(QStringLiteral("drag step (move event + full repaint)"), timer);
        }
        // Back where it started: the release moves nothing.
        sendMouse(view.viewport(), QEvent::MouseButtonRelease, from, Qt::NoButton);
    }
    samples.print();
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCity.h"
#include "city/Repositories.h"
#include "i18n/Translator.h"
#include "shell/DialogHooks.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/grid/InfluenceGrid.h"
#include "stakeholders/grid/InfluenceGridExport.h"
#include "stakeholders/grid/InfluenceGridView.h"
#include "stakeholders/table/StakeholderTableModel.h"
#include "storage/RecordStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QImage>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

using Cell = InfluenceGridLayout::Cell;

// A small city, the pane's model and selection, and the grid shown on screen.
struct Fixture
{
    std::unique_ptr<TestCity> city = TestCity::create();
    std::unique_ptr<StakeholderTableModel> model;
    std::unique_ptr<QItemSelectionModel> selection;
    std::unique_ptr<InfluenceGrid> grid;
    QHash<QString, QString> ids; // name -> id

    Fixture()
    {
        add(QStringLiteral("Alpha Association"), Stakeholder::Kind::Ngo, 2, 2);
        add(QStringLiteral("Bureau municipal"), Stakeholder::Kind::Municipal, 2, 2);
        add(QStringLiteral("Centre d’accueil"), Stakeholder::Kind::ServiceProvider, 4, 5);
        add(QStringLiteral("Diocèse de Valmer"), Stakeholder::Kind::Religious, 1, 1);
        add(QStringLiteral("Entreprise solidaire"), Stakeholder::Kind::PrivateSector, 5, 1);
        PaneContext context{city->file(), city->repositories(), city->undoStack()};
        model = std::make_unique<StakeholderTableModel>(context);
        model->ensurePrepared();
        selection = std::make_unique<QItemSelectionModel>(model.get());
        grid = std::make_unique<InfluenceGrid>(context, model.get(), selection.get());
        grid->resize(1000, 800);
        grid->show();
        if (!QTest::qWaitForWindowExposed(grid.get()))
            qFatal("the grid was not shown");
    }

    void add(const QString& name, Stakeholder::Kind kind, int influence, int interest)
    {
        Stakeholder s;
        s.name = name;
        s.kind = kind;
        s.influence = influence;
        s.interest = interest;
        if (!city->repositories().stakeholders().add(s).ok())
            qFatal("cannot add a stakeholder");
        ids.insert(name, s.meta.id);
    }

    InfluenceGridView* view() const { return grid->view(); }
    QWidget* viewport() const { return grid->view()->viewport(); }
    Stakeholder stored(const QString& name)
    {
        return *city->repositories().stakeholders().stakeholder(ids.value(name));
    }
    QPoint cellCenter(const Cell& cell) const
    {
        return view()->mapFromGrid(view()->gridLayout().cellRect(cell).center());
    }
    int markCount() const { return int(view()->gridLayout().marks().size()); }

    void drag(const QPoint& from, const QPoint& to, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, from);
        QTest::mouseMove(viewport(), (from + to) / 2);
        QTest::mouseMove(viewport(), to);
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, to);
    }
};

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestInfluenceGrid : public QObject
{
    Q_OBJECT

private slots:
    // English plural forms ("%n stakeholder(s)") come from the English translation.
    void initTestCase()
    {
        Translator::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void init()
    {
        DialogHooks::reset();
        DialogHooks::setInteractive(false);
    }

    void marksFollowTheModel()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.model.get());
        QCOMPARE(f.markCount(), 5);
        // Two stakeholders share (2, 2): both marks in the cell, apart, both findable.
        const QRectF cell = f.view()->gridLayout().cellRect({2, 2});
        const QPoint alpha = f.view()->viewportPosition(f.ids.value("Alpha Association"));
        const QPoint bureau = f.view()->viewportPosition(f.ids.value("Bureau municipal"));
        QVERIFY(alpha != bureau);
        QCOMPARE(f.view()->gridLayout().marksIn({2, 2}).size(), size_t(2));
        for (int mark : f.view()->gridLayout().marksIn({2, 2}))
            QVERIFY(cell.contains(f.view()->gridLayout().place(mark).hitRect));

        f.model->setFilterText(QStringLiteral("alpha"));
        QCOMPARE(f.markCount(), 1);
        StakeholderTableModel::Filter byKind;
        byKind.kind = Stakeholder::Kind::Municipal;
        f.model->setFilter(byKind);
        QCOMPARE(f.markCount(), 1);
        QCOMPARE(f.view()->gridLayout().marks().front().name, QStringLiteral("Bureau municipal"));
        f.model->setFilter({});
        QCOMPARE(f.markCount(), 5);

        f.add(QStringLiteral("Forum des habitants"), Stakeholder::Kind::MigrantAssociation, 3, 3);
        QTRY_COMPARE(f.markCount(), 6);
        auto removed = f.city->repositories().stakeholders().remove(f.stored("Diocèse de Valmer"));
        QVERIFY(removed.ok());
        QTRY_COMPARE(f.markCount(), 5);
        QCOMPARE(f.view()->viewportPosition(f.ids.value("Diocèse de Valmer")), QPoint(-1, -1));
    }

    void crowdedCellsStayClickable()
    {
        // 300 stakeholders in one cell, as on a network-sized file: every mark inside the
        // cell, apart from the others, found by a click on it; the same places every time.
        std::vector<InfluenceGridMark> marks;
        for (int i = 0; i < 300; ++i)
            marks.push_back({QString::number(i),
                             QStringLiteral("Stakeholder %1").arg(i, 3, 10, QChar('0')),
                             Stakeholder::Kind::Ngo, 4, 2});
        marks.push_back(
            {QStringLiteral("alone"), QStringLiteral("Alone"), Stakeholder::Kind::Academia, 1, 5});
        InfluenceGridLayout layout;
        layout.setMarks(marks);
        // At their own size, too many to tell apart: the cell shows their number.
        QCOMPARE(layout.cellMode({4, 2}), InfluenceGridLayout::CellMode::Count);
        // Zoomed in, they are dots again.
        layout.setViewScale(2);
        QCOMPARE(layout.cellMode({4, 2}), InfluenceGridLayout::CellMode::Dots);
        const QRectF cell = layout.cellRect({4, 2});
        QSet<QPoint> centers;
        for (int i = 0; i < 300; ++i) {
            const auto& place = layout.place(i);
            QVERIFY(cell.contains(place.hitRect));
            QVERIFY(place.radius >= 1.5);
            QCOMPARE(layout.markAt(place.center), i);
            centers.insert((place.center * 10).toPoint());
        }
        QCOMPARE(centers.size(), 300);
        // Few in a cell: their names are written.
        QCOMPARE(layout.place(300).name, QStringLiteral("Alone"));
        QVERIFY(layout.place(0).name.isEmpty());
        // Shuffled input, same drawing.
        std::reverse(marks.begin(), marks.end());
        InfluenceGridLayout again;
        again.setViewScale(2);
        again.setMarks(marks);
        QCOMPARE(again.place(300).center, layout.place(0).center);
        QCOMPARE(layout.markAt(layout.plotRect().topLeft() - QPointF(5, 5)), -1);
    }

    void selectionIsSharedWithTheTable()
    {
        Fixture f;
        const QString alpha = f.ids.value("Alpha Association");
        const QString centre = f.ids.value("Centre d’accueil");
        QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.view()->viewportPosition(alpha));
        QCOMPARE(f.selection->selectedRows().size(), 1);
        QCOMPARE(f.selection->selectedRows().front().row(), f.model->rowOf(alpha));
        QCOMPARE(f.view()->selectedIds(), QSet<QString>{alpha});

        // Ctrl adds to the selection; the table's selection shows on the grid.
        QTest::mouseClick(f.viewport(), Qt::LeftButton, Qt::ControlModifier,
                          f.view()->viewportPosition(centre));
        QCOMPARE(f.selection->selectedRows().size(), 2);
        f.selection->select(f.model->index(f.model->rowOf(f.ids.value("Entreprise solidaire")), 0),
                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(f.view()->selectedIds(), QSet<QString>{f.ids.value("Entreprise solidaire")});

        // A click beside the marks clears the selection.
        QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.cellCenter({3, 3}));
        QVERIFY(f.selection->selectedRows().isEmpty());
        QVERIFY(f.view()->selectedIds().isEmpty());

        // Hovering a mark names the stakeholder, its kind and scores.
        const QPoint at = f.view()->viewportPosition(centre);
        QHelpEvent help(QEvent::ToolTip, at, f.viewport()->mapToGlobal(at));
        QApplication::sendEvent(f.viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QStringLiteral("Centre d’accueil")));
        QVERIFY(QToolTip::text().contains(Stakeholder::label(Stakeholder::Kind::ServiceProvider)));
        QVERIFY(QToolTip::text().contains(QStringLiteral("Influence: 4")));
        // Beside the marks, how to use the grid.
        const QPoint empty = f.cellCenter({1, 3});
        QHelpEvent beside(QEvent::ToolTip, empty, f.viewport()->mapToGlobal(empty));
        QApplication::sendEvent(f.viewport(), &beside);
        QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("Drag")));

        QSignalSpy activated(f.grid.get(), &InfluenceGrid::stakeholderActivated);
        QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, f.view()->viewportPosition(centre));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.front().front().toString(), centre);
    }

    void draggingAMarkMovesTheStakeholder()
    {
        Fixture f;
        const QString alpha = f.ids.value("Alpha Association");
        f.drag(f.view()->viewportPosition(alpha), f.cellCenter({5, 4}));
        QCOMPARE(f.stored("Alpha Association").influence, 5);
        QCOMPARE(f.stored("Alpha Association").interest, 4);
        QCOMPARE(f.stored("Bureau municipal").influence, 2);
        QCOMPARE(f.city->undoStack().count(), 1);
        QCOMPARE(f.city->undoStack().undoText(),
                 QStringLiteral("Move “Alpha Association” on the grid"));
        QTRY_VERIFY(f.view()->gridLayout().cellRect({5, 4}).contains(
            f.view()->gridLayout().place(f.view()->gridLayout().marksIn({5, 4}).front()).center));
        QCOMPARE(f.view()
                     ->gridLayout()
                     .marks()[size_t(f.view()->gridLayout().marksIn({5, 4}).front())]
                     .id,
                 alpha);

        f.city->undoStack().undo();
        QCOMPARE(f.stored("Alpha Association").influence, 2);
        QCOMPARE(f.stored("Alpha Association").interest, 2);
        QCOMPARE(f.view()->gridLayout().marksIn({2, 2}).size(), size_t(2));
        f.city->undoStack().redo();
        QCOMPARE(f.stored("Alpha Association").influence, 5);

        // A drop in the cell it came from, or outside the cells, changes nothing.
        const QPoint at = f.view()->viewportPosition(alpha);
        f.drag(at, at + QPoint(6, 6));
        f.drag(f.view()->viewportPosition(alpha), QPoint(2, 2));
        QCOMPARE(f.city->undoStack().count(), 1);

        // Stored in the file: another session reads the new scores.
        f.grid.reset();
        f.selection.reset();
        f.model.reset();
        f.city->reopen();
        QCOMPARE(f.stored("Alpha Association").influence, 5);
        QCOMPARE(f.stored("Alpha Association").interest, 4);
    }

    void draggingSeveralMarksIsOneStep()
    {
        Fixture f;
        const QString alpha = f.ids.value("Alpha Association");
        const QString diocese = f.ids.value("Diocèse de Valmer");
        QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.view()->viewportPosition(alpha));
        QTest::mouseClick(f.viewport(), Qt::LeftButton, Qt::ControlModifier,
                          f.view()->viewportPosition(diocese));
        QCOMPARE(f.view()->selectedIds().size(), 2);
        // One cell up and one right: Alpha (2, 2) to (3, 3), the Diocese (1, 1) to (2, 2).
        f.drag(f.view()->viewportPosition(alpha), f.cellCenter({3, 3}));
        QCOMPARE(f.city->undoStack().count(), 1);
        QVERIFY(f.city->undoStack().undoText().contains(QStringLiteral("Move 2 stakeholder")));
        QCOMPARE(f.stored("Alpha Association").influence, 3);
        QCOMPARE(f.stored("Alpha Association").interest, 3);
        QCOMPARE(f.stored("Diocèse de Valmer").influence, 2);
        QCOMPARE(f.stored("Diocèse de Valmer").interest, 2);
        f.city->undoStack().undo();
        QCOMPARE(f.stored("Alpha Association").influence, 2);
        QCOMPARE(f.stored("Diocèse de Valmer").influence, 1);
        QCOMPARE(f.stored("Diocèse de Valmer").interest, 1);
        f.city->undoStack().redo();
        QCOMPARE(f.stored("Diocèse de Valmer").interest, 2);
    }

    // The arrow keys move the selected marks a cell at a time (up: more influence, right: more
    // interest), one undo step each, stopping at the grid's edge; with nothing selected, or
    // read-only, they move nothing.
    void arrowKeysMoveTheSelectedMarks()
    {
        Fixture f;
        const QString alpha = f.ids.value("Alpha Association");
        const QString centre = f.ids.value("Centre d’accueil");
        f.view()->setFocus();
        QTest::keyClick(f.view(), Qt::Key_Up);
        QCOMPARE(f.city->undoStack().count(), 0);

        QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.view()->viewportPosition(alpha));
        QTest::keyClick(f.view(), Qt::Key_Up);
        QTest::keyClick(f.view(), Qt::Key_Right);
        QTest::keyClick(f.view(), Qt::Key_Right);
        QCOMPARE(f.stored("Alpha Association").influence, 3);
        QCOMPARE(f.stored("Alpha Association").interest, 4);
        QCOMPARE(f.city->undoStack().count(), 3);
        QCOMPARE(f.view()->selectedIds(), QSet<QString>{alpha});
        f.city->undoStack().undo();
        QCOMPARE(f.stored("Alpha Association").interest, 3);

        // Two together; the Centre (4, 5) is at the right edge and stays there.
        QTest::mouseClick(f.viewport(), Qt::LeftButton, Qt::ControlModifier,
                          f.view()->viewportPosition(centre));
        QCOMPARE(f.view()->selectedIds().size(), 2);
        QTest::keyClick(f.view(), Qt::Key_Right);
        QCOMPARE(f.stored("Alpha Association").interest, 4);
        QCOMPARE(f.stored("Centre d’accueil").interest, 5);
        QTest::keyClick(f.view(), Qt::Key_Down);
        QCOMPARE(f.stored("Alpha Association").influence, 2);
        QCOMPARE(f.stored("Centre d’accueil").influence, 3);
        QVERIFY(f.city->undoStack().undoText().contains(QStringLiteral("Move 2 stakeholder")));

        f.grid->setReadOnly(true);
        QTest::keyClick(f.view(), Qt::Key_Down);
        QCOMPARE(f.stored("Alpha Association").influence, 2);
    }

    void readOnlyRefusesTheDrag()
    {
        Fixture f;
        f.grid->setReadOnly(true);
        QVERIFY(f.grid->isReadOnly());
        const QString alpha = f.ids.value("Alpha Association");
        f.drag(f.view()->viewportPosition(alpha), f.cellCenter({5, 4}));
        QCOMPARE(f.stored("Alpha Association").influence, 2);
        QCOMPARE(f.city->undoStack().count(), 0);
        // Selecting still works.
        QCOMPARE(f.view()->selectedIds(), QSet<QString>{alpha});
        f.grid->setReadOnly(false);
        f.drag(f.view()->viewportPosition(alpha), f.cellCenter({5, 4}));
        QCOMPARE(f.stored("Alpha Association").influence, 5);
    }

    void zoomsAndPans()
    {
        Fixture f;
        const qreal fitted = f.view()->zoom();
        f.grid->findChild<QAction*>("influenceGridZoomIn")->trigger();
        f.grid->findChild<QAction*>("influenceGridZoomIn")->trigger();
        QVERIFY(f.view()->zoom() > fitted * 1.5);
        QVERIFY(f.view()->horizontalScrollBar()->maximum() > 0);
        // Ctrl+wheel zooms about the pointer; the marks stay under it.
        const QString alpha = f.ids.value("Alpha Association");
        const QPoint before = f.view()->viewportPosition(alpha);
        QWheelEvent wheel(before, f.viewport()->mapToGlobal(before), {}, {0, 120}, Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(f.viewport(), &wheel);
        QVERIFY(f.view()->zoom() > fitted * 1.9);
        QVERIFY((f.view()->viewportPosition(alpha) - before).manhattanLength() <= 4);
        // Dragging the background pans.
        const int scroll = f.view()->horizontalScrollBar()->value();
        const QPoint empty = f.cellCenter({3, 3});
        f.drag(empty, empty + QPoint(60, 0));
        QCOMPARE(f.view()->horizontalScrollBar()->value(), scroll - 60);
        f.grid->findChild<QAction*>("influenceGridFit")->trigger();
        QCOMPARE(f.view()->zoom(), fitted);

        // The keys, where the grid has the focus.
        f.grid->activateWindow();
        f.view()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(f.grid.get()));
        QTest::keyClick(f.view(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(f.view()->zoom() > fitted);
        QTest::keyClick(f.view(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(f.view(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(f.view()->zoom() < fitted);
        QTest::keyClick(f.view(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(f.view()->zoom(), fitted);
    }

    void exportsPngAndSvg()
    {
        Fixture f;
        QTemporaryDir dir;
        f.grid->findChild<QAction*>("influenceGridZoomIn")->trigger();
        const QSizeF page = f.view()->gridLayout().pageSize();

        const QString png = dir.filePath("grid.png");
        DialogHooks::setNextFileName(png);
        f.grid->findChild<QAction*>("influenceGridExport")->trigger();
        QImage image(png);
        QVERIFY(!image.isNull());
        // The whole grid, whatever the zoom on screen.
        QCOMPARE(image.size(),
                 QSize(int(std::ceil(page.width() * InfluenceGridExport::pngScale)),
                       int(std::ceil(page.height() * InfluenceGridExport::pngScale))));
        QVERIFY(distinctColours(image) > 10);

        const QString svg = dir.filePath("grid.svg");
        DialogHooks::setNextFileName(svg);
        f.grid->findChild<QAction*>("influenceGridExport")->trigger();
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Alpha Association"));
        QVERIFY(text.contains("Manage closely"));
        QVERIFY(DialogHooks::messages().isEmpty());

        // Neither PNG nor SVG, or a folder that does not exist: a message, no file.
        DialogHooks::setNextFileName(dir.filePath("grid.jpg"));
        f.grid->findChild<QAction*>("influenceGridExport")->trigger();
        QCOMPARE(DialogHooks::messages().size(), 1);
        QVERIFY(DialogHooks::messages().front().text.contains(".svg"));
        QVERIFY(!QFile::exists(dir.filePath("grid.jpg")));
        DialogHooks::setNextFileName(dir.filePath("missing/grid.svg"));
        f.grid->findChild<QAction*>("influenceGridExport")->trigger();
        QCOMPARE(DialogHooks::messages().size(), 2);
        QVERIFY(DialogHooks::messages().back().text.contains("missing"));
        // Cancelled: nothing.
        f.grid->findChild<QAction*>("influenceGridExport")->trigger();
        QCOMPARE(DialogHooks::messages().size(), 2);
    }

    // On a laptop the grid is shown smaller than its own size: the names stay at 9 pt or more
    // on screen, a long one is shortened to its cell and whole in the tooltip.
    void namesStayLegibleOnALaptop()
    {
        Fixture f;
        const QString longName = QStringLiteral(
            "Association départementale pour l’accueil et l’insertion des personnes exilées");
        f.add(longName, Stakeholder::Kind::Ngo, 3, 4);
        f.grid->resize(640, 460);
        f.grid->findChild<QAction*>("influenceGridFit")->trigger();
        QTRY_COMPARE(f.markCount(), 6);
        const InfluenceGridLayout& layout = f.view()->gridLayout();
        QVERIFY(f.view()->zoom() < 1);
        QVERIFY(layout.nameFont().pixelSize() * f.view()->zoom() >=
                InfluenceGridLayout::minTextPixels - 0.01);
        // The whole grid still fits the view.
        QVERIFY(layout.pageSize().width() * f.view()->zoom() <= f.viewport()->width() + 1);
        QVERIFY(layout.pageSize().height() * f.view()->zoom() <= f.viewport()->height() + 1);

        const int mark = layout.marksIn({3, 4}).front();
        const InfluenceGridLayout::Place& place = layout.place(mark);
        QVERIFY(place.name.endsWith(QChar(0x2026)));
        QVERIFY(place.name.size() < longName.size());
        QVERIFY(longName.startsWith(place.name.chopped(1)));
        QVERIFY(layout.cellRect({3, 4}).contains(place.nameRect));
        QVERIFY(QFontMetricsF(layout.nameFont()).horizontalAdvance(place.name) <=
                place.nameRect.width());
        // Hovering the shortened name shows it whole.
        const QPoint at = f.view()->mapFromGrid(place.nameRect.center());
        QHelpEvent help(QEvent::ToolTip, at, f.viewport()->mapToGlobal(at));
        QApplication::sendEvent(f.viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(longName));
        // Zoomed in past the grid's own size, the names keep their own size.
        for (int i = 0; i < 4; ++i)
            f.view()->zoomIn();
        QVERIFY(f.view()->zoom() > 1);
        QCOMPARE(f.view()->gridLayout().nameFont().pixelSize(),
                 int(InfluenceGridLayout::minTextPixels));
    }

    // Hundreds in a cell: their number, not a mass of dots; double-clicked, or zoomed in, the
    // cell opens into dots that can be pointed at one by one.
    void crowdedCellsOpenOnZoom()
    {
        Fixture f;
        StakeholderRepository& repo = f.city->repositories().stakeholders();
        QVERIFY(f.city->repositories()
                    .store()
                    .inTransaction([&repo]() -> Result<void> {
                        for (int i = 0; i < 400; ++i) {
                            Stakeholder s;
                            s.name = QStringLiteral("Collectif %1").arg(i, 3, 10, QChar('0'));
                            s.kind = Stakeholder::Kind::MigrantAssociation;
                            s.influence = 2;
                            s.interest = 4;
                            if (Result<void> added = repo.add(s); !added)
                                return added;
                        }
                        return {};
                    })
                    .ok());
        f.grid->findChild<QAction*>("influenceGridFit")->trigger();
        QTRY_COMPARE(f.markCount(), 405);
        const Cell crowded{2, 4};
        QCOMPARE(f.view()->gridLayout().cellMode(crowded), InfluenceGridLayout::CellMode::Count);
        QCOMPARE(f.view()->gridLayout().cellMode({2, 2}), InfluenceGridLayout::CellMode::Names);
        QVERIFY(f.view()
                    ->gridLayout()
                    .quadrantCaption(InfluenceGridLayout::KeepInformed)
                    .endsWith(QStringLiteral("· 400")));
        // The count is drawn: the cell's middle is not the quadrant's tint alone.
        const QImage shown = f.viewport()->grab().toImage();
        const QRect count =
            QRectF(f.view()->mapFromGrid(f.view()->gridLayout().countRect(crowded).topLeft()),
                   f.view()->mapFromGrid(f.view()->gridLayout().countRect(crowded).bottomRight()))
                .toRect();
        QVERIFY(distinctColours(shown.copy(count)) > 3);
        const QPoint centre = f.cellCenter(crowded);
        QHelpEvent help(QEvent::ToolTip, centre, f.viewport()->mapToGlobal(centre));
        QApplication::sendEvent(f.viewport(), &help);
        QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("400 stakeholders")));

        QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(f.view()->gridLayout().cellMode(crowded), InfluenceGridLayout::CellMode::Dots);
        QVERIFY(f.view()->zoom() > 1);
        const InfluenceGridLayout& layout = f.view()->gridLayout();
        const int mark = layout.marksIn(crowded).front();
        QVERIFY(layout.place(mark).hitRect.width() * f.view()->zoom() >=
                InfluenceGridLayout::minDotStepPixels);
        // The cell stays under the pointer, and its first dot is found by a click.
        const QPoint dot = f.view()->mapFromGrid(layout.place(mark).center);
        QVERIFY(f.viewport()->rect().contains(dot));
        QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, dot);
        QCOMPARE(f.view()->selectedIds(), QSet<QString>{layout.marks()[size_t(mark)].id});
        // Fitted again: counted again.
        f.grid->findChild<QAction*>("influenceGridFit")->trigger();
        QCOMPARE(f.view()->gridLayout().cellMode(crowded), InfluenceGridLayout::CellMode::Count);
    }

    void frenchLabelsFit()
    {
        Translator::install(*QCoreApplication::instance(), QStringLiteral("fr"));
        InfluenceGridLayout layout;
        const QFontMetricsF title(layout.titleFont());
        for (int q = 0; q < InfluenceGridLayout::QuadrantCount; ++q) {
            const auto quadrant = InfluenceGridLayout::Quadrant(q);
            const QString label = InfluenceGridLayout::quadrantLabel(quadrant);
            QVERIFY2(title.horizontalAdvance(label) <=
                         layout.quadrantLabelRect(quadrant).width() - 8,
                     qPrintable(label));
        }
        QCOMPARE(InfluenceGridLayout::quadrantLabel(InfluenceGridLayout::ManageClosely),
                 QStringLiteral("Gérer de près"));
        QVERIFY(title.horizontalAdvance(InfluenceGridLayout::influenceTitle()) <
                5 * InfluenceGridLayout::cellHeight);
        const QRectF page(QPointF(0, 0), layout.pageSize());
        QVERIFY(page.contains(layout.legendTitleRect()));
        for (const auto& entry : layout.legend())
            QVERIFY2(page.contains(entry.textRect), qPrintable(entry.text));
        Translator::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestInfluenceGrid)
#include "TestInfluenceGrid.moc"

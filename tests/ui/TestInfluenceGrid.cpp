// SPDX-License-Identifier: GPL-3.0-or-later
#include "InfluenceGridTesting.h"

// The influence and interest grid: marks, selection shared with the table, drags and keys as
// undo steps, zoom, pan and export.
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
        // The file at its own size, with the legend beside the grid that the screen shows
        // floating over it.
        InfluenceGridLayout onPaper = f.view()->gridLayout();
        onPaper.setViewScale(1);
        onPaper.setLegendPlace(InfluenceGridLayout::LegendPlace::Beside);
        const QSizeF page = onPaper.pageSize();

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
};

QTEST_MAIN(TestInfluenceGrid)
#include "TestInfluenceGrid.moc"

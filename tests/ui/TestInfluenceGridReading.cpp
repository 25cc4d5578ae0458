// SPDX-License-Identifier: GPL-3.0-or-later
#include "InfluenceGridTesting.h"

// The influence and interest grid read on a laptop: names legible and whole on hover, crowded
// cells counted and opened on zoom, French labels that fit.
class TestInfluenceGridReading : public QObject
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

QTEST_MAIN(TestInfluenceGridReading)
#include "TestInfluenceGridReading.moc"

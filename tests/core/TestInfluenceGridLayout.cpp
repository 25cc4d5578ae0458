// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholders/InfluenceGridLayout.h"

#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QSet>
#include <QTest>

// The grid's rules decided in core, so that the screen, the files and the reports agree: where
// the middle score goes, when a crowded cell shows a count, and how small text may get.
class TestInfluenceGridLayout : public QObject
{
    Q_OBJECT

private:
    using Layout = InfluenceGridLayout;

    static std::vector<InfluenceGridMark> crowd(int n, int influence, int interest)
    {
        std::vector<InfluenceGridMark> marks;
        for (int i = 0; i < n; ++i)
            marks.push_back({QString::number(i), QStringLiteral("Stakeholder %1").arg(i),
                             Stakeholder::Kind::Ngo, influence, interest});
        return marks;
    }

private slots:
    void reportWordsAndLegendBelow();
    // English plural forms ("%n stakeholder(s)") come from the English translation.
    void initTestCase()
    {
        Translator::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    // Each of the 25 cells lies in exactly one quadrant, the one quadrantOf names: no
    // stakeholder sits across two strategies.
    void everyScorePairHasOneQuadrant()
    {
        Layout layout;
        for (int influence = 1; influence <= 5; ++influence) {
            for (int interest = 1; interest <= 5; ++interest) {
                const QRectF cell = layout.cellRect({influence, interest});
                int holding = 0;
                for (int q = 0; q < Layout::QuadrantCount; ++q) {
                    const QRectF quadrant = layout.quadrantRect(Layout::Quadrant(q));
                    const QRectF common = quadrant.intersected(cell);
                    if (common.width() > 0.01 && common.height() > 0.01) {
                        ++holding;
                        QVERIFY(quadrant.contains(cell));
                        QCOMPARE(Layout::quadrantOf(influence, interest), Layout::Quadrant(q));
                    }
                }
                QCOMPARE(holding, 1);
            }
        }
    }

    // 3, the middle of 1 to 5, counts as high, as the legend says.
    void theMiddleScoreCountsAsHigh()
    {
        QCOMPARE(Layout::highFrom, 3);
        QCOMPARE(Layout::quadrantOf(3, 3), Layout::ManageClosely);
        QCOMPARE(Layout::quadrantOf(3, 2), Layout::KeepSatisfied);
        QCOMPARE(Layout::quadrantOf(2, 3), Layout::KeepInformed);
        QCOMPARE(Layout::quadrantOf(2, 2), Layout::Monitor);
        QCOMPARE(Layout::quadrantOf(5, 1), Layout::KeepSatisfied);
        QCOMPARE(Layout::quadrantOf(1, 5), Layout::KeepInformed);
        // Scores out of range (another program wrote the file) go to the nearest side.
        QCOMPARE(Layout::quadrantOf(9, 0), Layout::KeepSatisfied);
        QVERIFY(Layout::boundaryNote().contains(QStringLiteral("score of 3 counts as high")));
        Layout layout;
        const QRectF page(QPointF(0, 0), layout.pageSize());
        QVERIFY(page.contains(layout.boundaryNoteRect()));
        // The lines run between the cells of 2 and 3.
        QCOMPARE(layout.quadrantRect(Layout::ManageClosely).left(), layout.cellRect({1, 3}).left());
        QCOMPARE(layout.quadrantRect(Layout::ManageClosely).bottom(),
                 layout.cellRect({3, 1}).bottom());

        // Each quadrant counts its stakeholders, and its caption says how many.
        std::vector<InfluenceGridMark> marks = crowd(2, 3, 3);
        marks.push_back({QStringLiteral("x"), QStringLiteral("X"), Stakeholder::Kind::Ngo, 2, 2});
        layout.setMarks(marks);
        QCOMPARE(layout.quadrantCount(Layout::ManageClosely), 2);
        QCOMPARE(layout.quadrantCount(Layout::Monitor), 1);
        QCOMPARE(layout.quadrantCount(Layout::KeepInformed), 0);
        QCOMPARE(layout.quadrantCaption(Layout::ManageClosely),
                 QStringLiteral("Manage closely · 2"));
        QCOMPARE(layout.quadrantCaption(Layout::KeepInformed), QStringLiteral("Keep informed"));
    }

    // Few in a cell: names; more: dots; more than can be told apart at the scale shown: the
    // number. Zooming in makes room, so the same cell opens into dots.
    void crowdedCellsShowACount()
    {
        Layout layout;
        layout.setMarks(crowd(4, 4, 2));
        QCOMPARE(layout.cellMode({4, 2}), Layout::CellMode::Names);
        QCOMPARE(layout.cellMode({1, 1}), Layout::CellMode::Names); // empty
        layout.setMarks(crowd(60, 4, 2));
        QCOMPARE(layout.cellMode({4, 2}), Layout::CellMode::Dots);

        // The threshold at scale 1: the first size that is counted; everything above too.
        int threshold = 0;
        for (int n = 60; n < 1000 && threshold == 0; n += 10) {
            layout.setMarks(crowd(n, 4, 2));
            if (layout.cellMode({4, 2}) == Layout::CellMode::Count)
                threshold = n;
        }
        QVERIFY(threshold > 60);
        QVERIFY(threshold < 300);
        layout.setMarks(crowd(threshold + 200, 4, 2));
        QCOMPARE(layout.cellMode({4, 2}), Layout::CellMode::Count);
        // Counted marks have no place: nothing to draw or click, the count stands for them.
        const QRectF cell = layout.cellRect({4, 2});
        QVERIFY(layout.place(0).hitRect.isEmpty());
        QCOMPARE(layout.markAt(cell.center()), -1);
        QVERIFY(cell.contains(layout.countRect({4, 2})));
        QCOMPARE(Layout::countText(threshold + 200),
                 QStringLiteral("%1 stakeholders").arg(threshold + 200));

        // Zoomed in three times: dots again, apart on screen, each found by a click.
        layout.setViewScale(3);
        QCOMPARE(layout.cellMode({4, 2}), Layout::CellMode::Dots);
        for (int i = 0; i < threshold + 200; ++i) {
            QVERIFY(cell.contains(layout.place(i).hitRect));
            QVERIFY(layout.place(i).hitRect.width() * 3 >= Layout::minDotStepPixels);
        }
        QCOMPARE(layout.markAt(layout.place(7).center), 7);
        // Zoomed out, a cell that showed dots at scale 1 is counted.
        layout.setMarks(crowd(threshold - 10, 4, 2));
        QCOMPARE(layout.cellMode({4, 2}), Layout::CellMode::Dots);
        layout.setViewScale(0.5);
        QCOMPARE(layout.cellMode({4, 2}), Layout::CellMode::Count);
    }

    // Shown small, the text grows in logical units: never under 9 pt (12 pixels) on screen.
    void textIsNeverSmallerThanNinePoints()
    {
        for (const qreal scale : {0.25, 0.5, 0.7, 1.0, 2.0}) {
            Layout layout;
            layout.setMarks(crowd(3, 2, 4));
            layout.setViewScale(scale);
            for (const QFont& font : {layout.nameFont(), layout.labelFont(), layout.titleFont()})
                QVERIFY2(font.pixelSize() * scale >= Layout::minTextPixels - 0.01,
                         qPrintable(QString::number(scale)));
            // The names still fit their cell.
            const QRectF cell = layout.cellRect({2, 4});
            for (int i = 0; i < 3; ++i) {
                if (layout.cellMode({2, 4}) == Layout::CellMode::Names)
                    QVERIFY(cell.contains(layout.place(i).nameRect));
            }
            const QRectF page(QPointF(0, 0), layout.pageSize());
            QVERIFY(page.contains(layout.boundaryNoteRect()));
        }
        // Large on paper, the fonts keep their own sizes.
        Layout paper;
        QCOMPARE(paper.nameFont().pixelSize(), 12);
    }
};

// A report's words and a portrait page: the grid speaks the report's language whatever the
// interface's, and its legend goes under the plot, inside the page, making it narrower.
void TestInfluenceGridLayout::reportWordsAndLegendBelow()
{
    Layout beside;
    beside.setMarks(crowd(3, 5, 5));
    Layout below;
    Layout::Words words = Layout::Words::interface();
    words.quadrants[Layout::ManageClosely] = QStringLiteral("Gérer de près");
    words.caption = QStringLiteral("%1 : %2");
    words.kinds[int(Stakeholder::Kind::Ngo)] = QStringLiteral("ONG ou société civile");
    below.setWords(words);
    below.setLegendPlace(Layout::LegendPlace::Below);
    below.setMarks(crowd(3, 5, 5));
    QCOMPARE(below.quadrantCaption(Layout::ManageClosely), QStringLiteral("Gérer de près : 3"));
    QCOMPARE(beside.quadrantCaption(Layout::ManageClosely), QStringLiteral("Manage closely · 3"));
    QVERIFY(below.pageSize().width() < beside.pageSize().width());
    const QRectF page(QPointF(0, 0), below.pageSize());
    QVERIFY(below.legendTitleRect().top() > below.interestTitleRect().bottom());
    bool ngo = false;
    for (const Layout::LegendEntry& entry : below.legend()) {
        QVERIFY2(page.contains(entry.textRect), qPrintable(entry.text));
        QVERIFY(entry.textRect.top() > below.plotRect().bottom());
        ngo = ngo || entry.text == QStringLiteral("ONG ou société civile (3)");
    }
    QVERIFY(ngo);
    QVERIFY(page.contains(below.boundaryNoteRect()));
    // Two columns at least: the legend fills the width rather than running down the page.
    QSet<qreal> columns;
    for (const Layout::LegendEntry& entry : below.legend())
        columns.insert(entry.swatch.left());
    QVERIFY(columns.size() >= 2);
}

QTEST_MAIN(TestInfluenceGridLayout)
#include "TestInfluenceGridLayout.moc"

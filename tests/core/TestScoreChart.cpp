// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklists/ScoreChart.h"

#include <QImage>
#include <QPainter>
#include <QTest>

// The chart of scores per area, round over round: bar heights follow scores, an area without a
// score gets no bar, and the part of a bar beyond the coverage is hatched, not solid.
class TestScoreChart : public QObject
{
    Q_OBJECT

private:
    static ScoreChart twoRounds()
    {
        ScoreChart::Series before{QStringLiteral("2024"), {0.5, std::nullopt, 1.0}, {1.0, 0, 0.5}};
        ScoreChart::Series after{QStringLiteral("2025"), {0.75, 0.25, 1.0}, {1.0, 1.0, 0.25}};
        return ScoreChart(
            {QStringLiteral("Education"), QStringLiteral("Health"), QStringLiteral("Housing")},
            {before, after});
    }

    static Scoring::RoundScore roundScore(const QString& label,
                                          const QList<std::pair<QString, double>>& areas)
    {
        Scoring::RoundScore r;
        r.round.label = label;
        for (const auto& [key, score] : areas) {
            Scoring::AreaScore a;
            a.area.key = key;
            a.area.title = key.toUpper();
            a.score = score;
            a.coverage = 1;
            r.areas << a;
        }
        return r;
    }

    static QImage render(const ScoreChart& chart, const QSize& size)
    {
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        chart.render(painter, QRectF(QPointF(0, 0), size));
        return image;
    }

private slots:
    void barHeightsFollowScores()
    {
        const ScoreChart chart = twoRounds();
        const QRectF rect(0, 0, 600, 400);
        const QRectF plot = chart.plotArea(rect);
        QVERIFY(rect.contains(plot));
        const QList<ScoreChart::Bar> bars = chart.bars(rect);
        // Six places, one without a score: five bars.
        QCOMPARE(bars.size(), 5);
        for (const ScoreChart::Bar& bar : bars) {
            const double expected = chart.series().at(bar.series).scores.at(bar.area).value();
            QCOMPARE(bar.score, expected);
            QVERIFY(qAbs(bar.rect.height() - plot.height() * expected) < 0.01);
            QVERIFY(qAbs(bar.rect.bottom() - plot.bottom()) < 0.01);
            // Bars of one area stand side by side, in round order, inside the area's group.
            const double group = plot.width() / 3;
            QVERIFY(bar.rect.left() >= plot.left() + group * bar.area);
            QVERIFY(bar.rect.right() <= plot.left() + group * (bar.area + 1));
        }
        const auto noBar = std::none_of(bars.cbegin(), bars.cend(), [](const ScoreChart::Bar& b) {
            return b.area == 1 && b.series == 0;
        });
        QVERIFY(noBar);
    }

    void coverageIsHatched()
    {
        const ScoreChart chart = twoRounds();
        const QSize size(600, 400);
        const QImage image = render(chart, size);
        const QList<ScoreChart::Bar> bars = chart.bars(QRectF(QPointF(0, 0), size));
        // Housing in 2025: a full score on a quarter of its items.
        const auto housing = std::find_if(
            bars.cbegin(), bars.cend(), [](const auto& b) { return b.area == 2 && b.series == 1; });
        QVERIFY(housing != bars.cend());
        QCOMPARE(housing->coverage, 0.25);
        QVERIFY(qAbs(housing->coveredRect.height() - housing->rect.height() * 0.25) < 0.01);
        const QColor solid = chart.colour(1);
        // The covered part is solid; the rest shows white between the hatch lines.
        const QRect covered = housing->coveredRect.toAlignedRect().adjusted(3, 3, -3, -3);
        const QRect hatched = QRectF(housing->rect.topLeft(),
                                     QPointF(housing->rect.right(), housing->coveredRect.top()))
                                  .toAlignedRect()
                                  .adjusted(3, 3, -3, -3);
        int solidInCovered = 0;
        int whiteInHatched = 0;
        for (int y = covered.top(); y <= covered.bottom(); ++y)
            solidInCovered += image.pixelColor(covered.center().x(), y) == solid;
        for (int y = hatched.top(); y <= hatched.bottom(); ++y)
            whiteInHatched += image.pixelColor(hatched.center().x(), y) == QColor(Qt::white);
        QCOMPARE(solidInCovered, covered.height());
        QVERIFY(whiteInHatched > hatched.height() / 4);
        QVERIFY(whiteInHatched < hatched.height());
    }

    void noBarForAnAreaWithoutScore()
    {
        ScoreChart::Series only{QStringLiteral("2025"), {std::nullopt, 0.0}, {0.5, 1.0}};
        const ScoreChart chart({QStringLiteral("Water"), QStringLiteral("Health")}, {only});
        const QList<ScoreChart::Bar> bars = chart.bars(QRectF(0, 0, 400, 300));
        // A score of 0 is a (flat) bar; no score is none.
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.first().area, 1);
        QCOMPARE(bars.first().rect.height(), 0.0);
        const QImage image = render(chart, QSize(400, 300));
        const QRectF plot = chart.plotArea(QRectF(0, 0, 400, 300));
        // Nothing drawn above the dash in the first group.
        const int x = int(plot.left() + plot.width() / 4);
        for (int y = int(plot.top() + plot.height() / 2); y < int(plot.bottom() - 6); ++y)
            QVERIFY(image.pixelColor(x, y) != chart.colour(0));
    }

    void fromRoundsMatchesAreasByKey()
    {
        QList<Scoring::RoundScore> rounds;
        for (int i = 0; i < 5; ++i)
            rounds << roundScore(QString::number(2020 + i), {{QStringLiteral("edu"), 0.1 * i}});
        // The last round has a new area; the earlier ones have none for it.
        rounds << roundScore(QStringLiteral("2025"),
                             {{QStringLiteral("health"), 0.5}, {QStringLiteral("edu"), 0.9}});
        const ScoreChart chart = ScoreChart::fromRounds(rounds);
        QCOMPARE(chart.series().size(), ScoreChart::maxSeries);
        QCOMPARE(chart.series().first().label, QStringLiteral("2022"));
        QCOMPARE(chart.series().last().label, QStringLiteral("2025"));
        QCOMPARE(chart.areaTitles(),
                 QStringList({QStringLiteral("HEALTH"), QStringLiteral("EDU")}));
        QVERIFY(!chart.series().first().scores.at(0));
        QCOMPARE(chart.series().first().scores.at(1).value(), 0.2);
        QCOMPARE(chart.series().last().scores.at(0).value(), 0.5);
        // The latest round is the darkest.
        QVERIFY(chart.colour(3).lightness() < chart.colour(0).lightness());
    }

    // Right to left, the chart is the mirror of itself: the axis on the right, the first area
    // and the oldest round rightmost, the legend's swatches from the right. Texts are placed,
    // not mirrored, so the images are compared where the bars and swatches are.
    void rightToLeftMirrorsThePlacement()
    {
        const ScoreChart ltr = twoRounds();
        ScoreChart rtl = twoRounds();
        rtl.setLayoutDirection(Qt::RightToLeft);
        const QRectF rect(0, 0, 600, 400);
        const auto mirrored = [&rect](const QRectF& r) {
            return QRectF(rect.left() + rect.right() - r.right(), r.top(), r.width(), r.height());
        };
        QCOMPARE(rtl.plotArea(rect), mirrored(ltr.plotArea(rect)));
        QVERIFY(rtl.plotArea(rect).left() < rect.width() - rtl.plotArea(rect).right());
        const QList<ScoreChart::Bar> a = ltr.bars(rect);
        const QList<ScoreChart::Bar> b = rtl.bars(rect);
        QCOMPARE(b.size(), a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(b.at(i).rect, mirrored(a.at(i).rect));
            QCOMPARE(b.at(i).coveredRect, mirrored(a.at(i).coveredRect));
        }
        // Education (area 0) is now right of Housing (area 2).
        QVERIFY(b.first().rect.left() > b.last().rect.right());

        const QImage left = render(ltr, rect.size().toSize());
        const QImage right = render(rtl, rect.size().toSize());
        for (const ScoreChart::Bar& bar : b) {
            const QPoint inside = bar.coveredRect.toAlignedRect().center();
            if (bar.coveredRect.height() > 4)
                QCOMPARE(right.pixelColor(inside), ltr.colour(bar.series));
        }
        // The first legend swatch: top left, or top right.
        const int y = 6 + 7;
        QCOMPARE(left.pixelColor(6 + 4, y), ltr.colour(0));
        QCOMPARE(right.pixelColor(int(rect.width()) - 1 - 6 - 4, y), ltr.colour(0));
        QCOMPARE(right.pixelColor(6 + 4, y), QColor(Qt::white));
    }

    void emptyChartDrawsNoBars()
    {
        const ScoreChart chart;
        QVERIFY(chart.isEmpty());
        QVERIFY(chart.bars(QRectF(0, 0, 300, 200)).isEmpty());
        const QImage image = render(chart, QSize(300, 200));
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    }
};

QTEST_MAIN(TestScoreChart)
#include "TestScoreChart.moc"

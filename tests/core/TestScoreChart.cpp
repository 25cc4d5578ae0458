// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklists/ScoreChart.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTest>

// The chart of scores per area, round over round: bar heights follow scores and nothing else,
// an area without a score gets no bar, and the coverage is shown apart (a grey gauge under
// each bar, "12 of 20 answered" under each area), never as a part of the bar.
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
    void reportWords();
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

    // The case the hatching got wrong: a 67 % score on 9 of 21 items answered once drew a solid
    // part of 29 %. The bar is now the score, solid from the base line to its top, as tall as
    // the same score on every item answered.
    void barIsTheScoreWhateverTheCoverage()
    {
        ScoreChart::Series partial{QStringLiteral("2025"), {2.0 / 3.0}, {9.0 / 21.0}, {9}, {21}};
        ScoreChart::Series full{QStringLiteral("2026"), {2.0 / 3.0}, {1.0}, {21}, {21}};
        const ScoreChart chart({QStringLiteral("Housing")}, {partial, full});
        const QSize size(600, 400);
        const QRectF rect(QPointF(0, 0), size);
        const QRectF plot = chart.plotArea(rect);
        const QList<ScoreChart::Bar> bars = chart.bars(rect);
        QCOMPARE(bars.size(), 2);
        for (const ScoreChart::Bar& bar : bars)
            QVERIFY(qAbs(bar.rect.height() - plot.height() * 2.0 / 3.0) < 0.01);
        QCOMPARE(bars.at(0).rect.height(), bars.at(1).rect.height());

        const QImage image = render(chart, size);
        for (const ScoreChart::Bar& bar : bars) {
            // Every pixel up the middle of the bar is the round's colour: no lighter part.
            const QRect inside = bar.rect.toAlignedRect().adjusted(2, 2, -2, -2);
            for (int y = inside.top(); y <= inside.bottom(); ++y)
                QCOMPARE(image.pixelColor(inside.center().x(), y), chart.colour(bar.series));
            // The gauge lies under the base line, as wide as the bar, filled as far as the
            // share of items answered.
            QVERIFY(bar.coverageTrack.top() > plot.bottom());
            QVERIFY(qAbs(bar.coverageRect.width() - bar.coverageTrack.width() * bar.coverage) <
                    0.01);
            QVERIFY(bar.coverageTrack.width() <= bar.rect.width());
            QVERIFY(bar.coverageTrack.height() < 10);
        }
        // The gauge's filled part is grey, not the round's colour; the rest is lighter.
        const ScoreChart::Bar& first = bars.at(0);
        const int y = int(first.coverageTrack.center().y());
        const QColor filled = image.pixelColor(int(first.coverageRect.center().x()), y);
        const QColor empty = image.pixelColor(int(first.coverageTrack.right()) - 2, y);
        QCOMPARE(filled.saturation(), 0);
        QVERIFY(filled.lightness() < empty.lightness());
        QVERIFY(empty != QColor(Qt::white));
        QCOMPARE(image.pixelColor(int(bars.at(1).coverageTrack.right()) - 2, y), filled);
    }

    void coverageIsWrittenUnderTheAreas()
    {
        ScoreChart::Series before{
            QStringLiteral("2025"), {0.5, 0.75}, {0.5, 0.25}, {6, 2}, {12, 8}};
        ScoreChart::Series after{QStringLiteral("2026"), {0.6, 0.8}, {0.75, 1.0}, {9, 8}, {12, 8}};
        const ScoreChart chart({QStringLiteral("Education"), QStringLiteral("Health")},
                               {before, after});
        const QSize size(600, 400);
        const QRectF rect(QPointF(0, 0), size);
        const QRectF plot = chart.plotArea(rect);
        const QList<ScoreChart::CoverageLabel> labels = chart.coverageLabels(rect);
        // The latest round's counts, under the gauges, inside each area's group.
        QCOMPARE(labels.size(), 2);
        QCOMPARE(labels.at(0).text, QStringLiteral("9 of 12 answered"));
        QCOMPARE(labels.at(1).text, QStringLiteral("8 of 8 answered"));
        const QList<ScoreChart::Bar> bars = chart.bars(rect);
        for (const ScoreChart::CoverageLabel& label : labels) {
            QVERIFY(label.rect.top() > plot.bottom());
            for (const ScoreChart::Bar& bar : bars) {
                QVERIFY(label.rect.top() >= bar.coverageTrack.bottom());
                if (bar.area == label.area) {
                    QVERIFY(label.rect.left() <= bar.rect.left());
                    QVERIFY(label.rect.right() >= bar.rect.right());
                }
            }
        }
        // Written: ink where the words go.
        const QImage image = render(chart, size);
        for (const ScoreChart::CoverageLabel& label : labels) {
            int ink = 0;
            const QRect r = label.rect.toAlignedRect();
            for (int y = r.top(); y <= r.bottom(); ++y) {
                for (int x = r.left(); x <= r.right(); ++x)
                    ink += image.pixelColor(x, y).lightness() < 128;
            }
            QVERIFY2(ink > 20, qPrintable(label.text));
        }
        // Counts unknown: the share; a narrow chart: the short form, never cut.
        QCOMPARE(
            ScoreChart({QStringLiteral("Water")}, {{QStringLiteral("2026"), {0.5}, {0.25}, {}, {}}})
                .coverageText(0, 0),
            QStringLiteral("25% answered"));
        QStringList forms;
        for (int width = 600; width >= 100; width -= 5) {
            const QRectF narrow(0, 0, width, 300);
            const QList<ScoreChart::CoverageLabel> shown = chart.coverageLabels(narrow);
            if (shown.isEmpty() || shown.first().area != 0)
                break;
            QVERIFY(QFontMetricsF(QFont()).horizontalAdvance(shown.first().text) > 0);
            if (forms.isEmpty() || forms.last() != shown.first().text)
                forms << shown.first().text;
        }
        QCOMPARE(forms, QStringList({QStringLiteral("9 of 12 answered"),
                                     QStringLiteral("9/12 answered"), QStringLiteral("9/12")}));
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
            QCOMPARE(b.at(i).coverageTrack, mirrored(a.at(i).coverageTrack));
            QCOMPARE(b.at(i).coverageRect.right(), b.at(i).coverageTrack.right());
        }
        // Education (area 0) is now right of Housing (area 2).
        QVERIFY(b.first().rect.left() > b.last().rect.right());

        const QImage left = render(ltr, rect.size().toSize());
        const QImage right = render(rtl, rect.size().toSize());
        for (const ScoreChart::Bar& bar : b) {
            const QPoint inside = bar.rect.toAlignedRect().center();
            if (bar.rect.height() > 4)
                QCOMPARE(right.pixelColor(inside), ltr.colour(bar.series));
        }
        // The first legend swatch: top left, or top right.
        const int y = 6 + 7;
        QCOMPARE(left.pixelColor(6 + 4, y), ltr.colour(0));
        QCOMPARE(right.pixelColor(int(rect.width()) - 1 - 6 - 4, y), ltr.colour(0));
        QCOMPARE(right.pixelColor(6 + 4, y), QColor(Qt::white));
    }

    void citiesGetAColourEachAndTheirOwnCoverage()
    {
        QList<ScoreChart::Series> cities;
        for (int c = 0; c < 10; ++c)
            cities << ScoreChart::Series{
                QStringLiteral("City %1").arg(c), {0.5, 1.0}, {0.5, 1.0}, {1, 2}, {2, 2}};
        const ScoreChart chart =
            ScoreChart::forCities({QStringLiteral("Water"), QStringLiteral("Health")}, cities);
        QVERIFY(chart.isCities());
        QCOMPARE(chart.series().size(), ScoreChart::maxCities);
        QSet<QRgb> colours;
        for (int s = 0; s < ScoreChart::maxCities; ++s)
            colours.insert(chart.colour(s).rgb());
        QCOMPARE(colours.size(), ScoreChart::maxCities);
        // Wide enough: every bar has its own "answered/items" under it, not only the last one.
        const QList<ScoreChart::CoverageLabel> labels =
            chart.coverageLabels(QRectF(0, 0, 2400, 400));
        QCOMPARE(labels.size(), 2 * ScoreChart::maxCities);
        QCOMPARE(labels.at(0).text, QStringLiteral("1/2"));
        QCOMPARE(labels.last().text, QStringLiteral("2/2"));
        QImage image(800, 400, QImage::Format_RGB32);
        QPainter painter(&image);
        chart.render(painter, QRectF(0, 0, 800, 400));
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

// A report in another language than the interface's gives the chart its own words and
// numbers; without them the chart speaks the interface's.
void TestScoreChart::reportWords()
{
    ScoreChart::Series round{QStringLiteral("2025"), {0.5}, {0.5}, {6}, {12}};
    ScoreChart chart({QStringLiteral("Éducation")}, {round});
    QCOMPARE(chart.coverageText(0, 0), QStringLiteral("6 of 12 answered"));
    ScoreChart::Words words = ScoreChart::Words::interface();
    words.ofAnswered = QStringLiteral("Réponses : %1 sur %2");
    words.shareAnswered = QStringLiteral("Réponses : %1");
    words.locale = QLocale(QLocale::French);
    chart.setWords(words);
    QCOMPARE(chart.coverageText(0, 0), QStringLiteral("Réponses : 6 sur 12"));
    // Without counts, the share in the report's locale.
    ScoreChart shares({QStringLiteral("Santé")},
                      {{QStringLiteral("2025"), {0.5}, {0.125}, {}, {}}});
    shares.setWords(words);
    QCOMPARE(shares.coverageText(0, 0), QStringLiteral("Réponses : 13\u202f%"));
    // Painted whole with a family of its own.
    chart.setFontFamily(QStringLiteral("Noto Sans"));
    const QImage image = render(chart, QSize(400, 300));
    QVERIFY(!image.isNull());
}

QTEST_MAIN(TestScoreChart)
#include "TestScoreChart.moc"

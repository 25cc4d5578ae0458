// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/Scoring.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QStringList>

#include <optional>

class QPainter;

// Bars per area, round over round: the chart of the Scores tab, of its PNG/SVG export and of
// the future PDF reports, drawn by this one class on any QPainter so they all look the same.
// A bar's height is the area's score and nothing else. How much of the area was answered is
// shown apart, where it cannot be read as a score: a grey gauge lying under each bar (filled
// in proportion to the items answered) and, under each area, "12 of 20 answered" for the
// latest round. (A bar hatched above its coverage once made a 67 % score on 43 % of the
// items look like a solid 29 %.) An area with no score in a round gets no bar (a dash at the
// base line), never a bar of 0.
class ScoreChart
{
    Q_DECLARE_TR_FUNCTIONS(ScoreChart)

public:
    // One round's figures, one entry per area of the chart (in the chart's area order).
    struct Series
    {
        QString label;
        QList<std::optional<double>> scores;
        QList<double> coverage;
        // Items answered and items asked per area, for the words under the areas; may be left
        // empty, and then the coverage is written as a share.
        QList<int> answered;
        QList<int> items;
    };

    struct Bar
    {
        int area = 0;
        int series = 0;
        QRectF rect;          // the bar: its height is the score
        QRectF coverageTrack; // the gauge under the base line: all the area's items
        QRectF coverageRect;  // its filled part: the items answered
        double score = 0;
        double coverage = 0;
    };

    // The words under an area telling how much of it the latest round answered.
    struct CoverageLabel
    {
        int area = 0;
        QString text;
        QRectF rect;
    };

    // Every text the chart writes, in one language: the interface's (tr(), read when drawn, so
    // the Scores tab follows a change of language) unless a report gives its own.
    struct Words
    {
        QString noRound;
        QString dash;          // the legend's line on the dash
        QString bar;           // on the bars' height
        QString gauge;         // on the gauge
        QString ofAnswered;    // "%1 of %2 answered"
        QString shareAnswered; // "%1 answered"
        QLocale locale;        // for the percentages

        static Words interface();
    };

    static constexpr int maxSeries = 4;

    ScoreChart() = default;
    ScoreChart(QStringList areaTitles, QList<Series> series);
    // Oldest round first; keeps the last maxSeries. Areas are matched by key and follow the
    // order of the last round, so a round that lacks an area just has no bar for it.
    static ScoreChart fromRounds(const QList<Scoring::RoundScore>& rounds);
    // Cities side by side (a comparison, series in the cities' order): one distinct colour per
    // city, up to maxCities, and each bar's own "answered/items" under its gauge, since the
    // cities' coverage differs where a round's seldom does.
    static constexpr int maxCities = 8;
    static ScoreChart forCities(QStringList areaTitles, QList<Series> cities);
    bool isCities() const { return m_cities; }

    const QStringList& areaTitles() const { return m_areas; }
    // Right to left (Arabic): the axis on the right, the first area and the oldest round
    // rightmost, the legend from the right; texts are not mirrored, only placed.
    void setLayoutDirection(Qt::LayoutDirection direction) { m_direction = direction; }
    Qt::LayoutDirection layoutDirection() const { return m_direction; }
    const QList<Series>& series() const { return m_series; }
    void setWords(const Words& words) { m_words = words; }
    Words words() const { return m_words ? *m_words : Words::interface(); }
    // The family of every text; empty: the application's font.
    void setFontFamily(const QString& family) { m_family = family; }
    bool isEmpty() const { return m_areas.isEmpty() || m_series.isEmpty(); }

    // Where the bars go when the chart fills rect (the same geometry render() paints).
    QList<Bar> bars(const QRectF& rect) const;
    // Under each area with a score or an answer in the latest round.
    QList<CoverageLabel> coverageLabels(const QRectF& rect) const;
    // "12 of 20 answered", or the share answered when the counts are not known.
    QString coverageText(int series, int area) const;
    // The rectangle the bars stand in (axis box), for tests and hit testing.
    QRectF plotArea(const QRectF& rect) const;
    void render(QPainter& painter, const QRectF& rect) const;

    // The colour of a series, most recent darkest; legend and bars use the same.
    QColor colour(int series) const;

private:
    struct Metrics
    {
        double legendHeight = 0;
        double axisWidth = 0;
        double labelHeight = 0;
        double coverageHeight = 0; // the gauges and the words under the base line
    };
    Metrics metrics(const QRectF& rect) const;
    QFont font() const;
    QString percent(double fraction) const;
    QString inLine(const QString& text) const;
    // The geometry is worked out left to right, then mirrored within rect when right to left.
    QRectF ltrPlotArea(const QRectF& rect) const;
    double placeX(const QRectF& rect, double x) const;
    QRectF place(const QRectF& rect, const QRectF& ltr) const;
    void drawAxis(QPainter& painter, const QRectF& rect) const;
    void drawLegend(QPainter& painter, const QRectF& rect) const;
    void drawText(QPainter& painter, const QRectF& rect, double x, double y,
                  const QString& text) const;
    void drawAreaLabels(QPainter& painter, const QRectF& rect, double labelHeight) const;
    void drawBar(QPainter& painter, const Bar& bar) const;
    void drawGauge(QPainter& painter, const QRectF& track, const QRectF& filled) const;
    void drawCoverageLabels(QPainter& painter, const QRectF& rect) const;
    QList<CoverageLabel> barCoverageLabels(const QRectF& rect) const;

    QStringList m_areas;
    QList<Series> m_series;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
    std::optional<Words> m_words;
    QString m_family;
    bool m_cities = false;
};

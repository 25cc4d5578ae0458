// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreChart.h"
#include "common/BidiText.h"
#include "common/NumberText.h"

#include "common/TextLimits.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace {

constexpr double gap = 6;

constexpr double gaugeHeight = 7;
const QColor gaugeTrack(0xe4, 0xe4, 0xe4);
const QColor gaugeFill(0x70, 0x70, 0x70);

} // namespace

ScoreChart::Words ScoreChart::Words::interface()
{
    Words words;
    words.noRound = tr("No round to show yet.");
    words.dash = tr("Dash: no score (no item answered met, partly met or not met)");
    words.bar = tr("Bar height: the score of the items answered (met counts 1, partly met ½, "
                   "not met 0)");
    words.gauge = tr("Grey gauge under a bar: how many of the area’s items were answered "
                     "(“6/7”: 6 of 7)");
    words.ofAnswered = tr("%1 of %2 answered");
    words.shareAnswered = tr("%1 answered");
    return words;
}

// A pixel size rather than points: the SVG, the PNG and the screen get the same layout.
QFont ScoreChart::font() const
{
    QFont font;
    if (!m_family.isEmpty())
        font.setFamily(m_family);
    font.setPixelSize(12);
    return font;
}

QString ScoreChart::percent(double fraction) const
{
    return NumberText::percent(fraction, words().locale);
}

QString ScoreChart::inLine(const QString& text) const
{
    // An area title typed in another script, or a chart drawn mirrored in a language that is
    // not: each label keeps its own direction.
    return BidiText::inLine(text, m_direction, words().locale.textDirection());
}

ScoreChart::ScoreChart(QStringList areaTitles, QList<Series> series)
    : m_areas(std::move(areaTitles)), m_series(std::move(series))
{
    if (m_series.size() > maxSeries)
        m_series = m_series.mid(m_series.size() - maxSeries);
    // A title is fitted by laying it out at several sizes, a round's label is measured for the
    // legend: megabytes of either would take minutes.
    for (QString& title : m_areas)
        title = TextLimits::shortened(title);
    for (Series& s : m_series)
        s.label = TextLimits::shortened(s.label);
}

ScoreChart ScoreChart::fromRounds(const QList<Scoring::RoundScore>& rounds)
{
    const QList<Scoring::RoundScore> shown =
        rounds.size() > maxSeries ? rounds.mid(rounds.size() - maxSeries) : rounds;
    if (shown.isEmpty())
        return {};
    QStringList titles;
    QHash<QString, int> column; // area key -> position in the chart
    for (const Scoring::AreaScore& a : shown.last().areas) {
        column.insert(a.area.key, int(titles.size()));
        titles << a.area.title;
    }
    QList<Series> series;
    for (const Scoring::RoundScore& r : shown) {
        Series s;
        s.label = r.round.label;
        s.scores.resize(titles.size());
        s.coverage.resize(titles.size());
        s.answered.resize(titles.size());
        s.items.resize(titles.size());
        for (const Scoring::AreaScore& a : r.areas) {
            const int c = column.value(a.area.key, -1);
            if (c < 0)
                continue;
            s.scores[c] = a.score;
            s.coverage[c] = a.coverage;
            s.answered[c] = a.counts.covered();
            s.items[c] = a.counts.active();
        }
        series << s;
    }
    return ScoreChart(titles, series);
}

ScoreChart ScoreChart::forCities(QStringList areaTitles, QList<Series> cities)
{
    ScoreChart chart(std::move(areaTitles), {});
    chart.m_cities = true;
    chart.m_series = cities.mid(0, maxCities);
    for (Series& s : chart.m_series)
        s.label = TextLimits::shortened(s.label);
    return chart;
}

QColor ScoreChart::colour(int series) const
{
    if (m_cities) {
        // Okabe and Ito's colours: told apart with the common colour-vision deficiencies.
        static const QColor cities[maxCities] = {
            QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
            QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
            QColor(0xf0, 0xe4, 0x42), QColor(0x59, 0x59, 0x59)};
        return cities[qBound(0, series, maxCities - 1)];
    }
    // Blues from light (oldest) to dark (latest): readable in greyscale print too.
    static const QColor shades[maxSeries] = {QColor(0xc6, 0xdb, 0xef), QColor(0x9e, 0xca, 0xe1),
                                             QColor(0x42, 0x92, 0xc6), QColor(0x08, 0x45, 0x94)};
    const int offset = maxSeries - int(m_series.size());
    return shades[qBound(0, offset + series, maxSeries - 1)];
}

ScoreChart::Metrics ScoreChart::metrics(const QRectF& rect) const
{
    const QFontMetricsF fm(font());
    Metrics m;
    // Three lines: the rounds, what a bar is, what the gauge and the dash are.
    m.legendHeight = fm.height() * 3 + gap * 2;
    m.axisWidth = fm.horizontalAdvance(percent(1.0)) + gap * 2;
    // Room for four lines of area title, less on a very small chart.
    m.labelHeight = qMin(fm.height() * 4 + gap, rect.height() / 4);
    m.coverageHeight = gap / 2 + gaugeHeight + gap / 2 + fm.height();
    return m;
}

QRectF ScoreChart::ltrPlotArea(const QRectF& rect) const
{
    const Metrics m = metrics(rect);
    return rect.adjusted(m.axisWidth, m.legendHeight, -gap, -m.labelHeight - m.coverageHeight);
}

QRectF ScoreChart::plotArea(const QRectF& rect) const
{
    return place(rect, ltrPlotArea(rect));
}

double ScoreChart::placeX(const QRectF& rect, double x) const
{
    return m_direction == Qt::RightToLeft ? rect.left() + rect.right() - x : x;
}

QRectF ScoreChart::place(const QRectF& rect, const QRectF& ltr) const
{
    if (m_direction != Qt::RightToLeft)
        return ltr;
    return QRectF(placeX(rect, ltr.right()), ltr.top(), ltr.width(), ltr.height());
}

QList<ScoreChart::Bar> ScoreChart::bars(const QRectF& rect) const
{
    QList<Bar> result;
    if (isEmpty())
        return result;
    const QRectF plot = ltrPlotArea(rect);
    const double groupWidth = plot.width() / double(m_areas.size());
    const double barWidth = groupWidth * 0.8 / double(m_series.size());
    for (int a = 0; a < m_areas.size(); ++a) {
        const double left = plot.left() + groupWidth * a + groupWidth * 0.1;
        for (int s = 0; s < m_series.size(); ++s) {
            const Series& series = m_series.at(s);
            if (a >= series.scores.size() || !series.scores.at(a))
                continue;
            Bar bar;
            bar.area = a;
            bar.series = s;
            bar.score = qBound(0.0, *series.scores.at(a), 1.0);
            bar.coverage = a < series.coverage.size() ? qBound(0.0, series.coverage.at(a), 1.0) : 0;
            const double height = plot.height() * bar.score;
            bar.rect = QRectF(left + barWidth * s, plot.bottom() - height, barWidth, height);
            // The gauge lies under the base line: its length, not its height, is the coverage,
            // and it is grey, so it is never read on the score's scale.
            const QRectF track(bar.rect.left() + 1, plot.bottom() + gap / 2, barWidth - 2,
                               gaugeHeight);
            bar.coverageTrack = place(rect, track);
            bar.coverageRect = place(
                rect, QRectF(track.left(), track.top(), track.width() * bar.coverage, gaugeHeight));
            bar.rect = place(rect, bar.rect);
            result << bar;
        }
    }
    return result;
}

void ScoreChart::render(QPainter& painter, const QRectF& rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setFont(font());
    painter.setLayoutDirection(m_direction);
    painter.fillRect(rect, Qt::white);
    const QRectF plot = plotArea(rect);
    drawAxis(painter, rect);
    if (isEmpty()) {
        painter.setPen(Qt::darkGray);
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, inLine(words().noRound));
        painter.restore();
        return;
    }
    drawLegend(painter, rect);
    const QList<Bar> all = bars(rect);
    for (const Bar& bar : all) {
        drawBar(painter, bar);
        drawGauge(painter, bar.coverageTrack, bar.coverageRect);
    }
    drawCoverageLabels(painter, rect);
    // A dash at the base line where a round has no score: absent, not zero.
    const QRectF ltrPlot = ltrPlotArea(rect);
    const double groupWidth = ltrPlot.width() / double(m_areas.size());
    const double barWidth = groupWidth * 0.8 / double(m_series.size());
    painter.setPen(QPen(Qt::darkGray, 2));
    for (int a = 0; a < m_areas.size(); ++a) {
        for (int s = 0; s < m_series.size(); ++s) {
            const Series& series = m_series.at(s);
            if (a < series.scores.size() && series.scores.at(a))
                continue;
            const double x = ltrPlot.left() + groupWidth * (a + 0.1) + barWidth * s;
            painter.drawLine(QPointF(placeX(rect, x + barWidth * 0.25), plot.bottom() - 3),
                             QPointF(placeX(rect, x + barWidth * 0.75), plot.bottom() - 3));
        }
    }
    drawAreaLabels(painter, rect, metrics(rect).labelHeight);
    painter.restore();
}

void ScoreChart::drawAxis(QPainter& painter, const QRectF& rect) const
{
    const QFontMetricsF fm(painter.font());
    const QRectF plot = ltrPlotArea(rect);
    // Figures stand against the axis: right-aligned left of it, left-aligned right of it.
    const Qt::Alignment towardsAxis =
        m_direction == Qt::RightToLeft ? Qt::AlignLeft : Qt::AlignRight;
    for (int step = 0; step <= 4; ++step) {
        const double y = plot.bottom() - plot.height() * step / 4.0;
        painter.setPen(step == 0 ? QPen(Qt::black) : QPen(QColor(0xdd, 0xdd, 0xdd)));
        painter.drawLine(QPointF(placeX(rect, plot.left()), y),
                         QPointF(placeX(rect, plot.right()), y));
        painter.setPen(Qt::black);
        const QRectF label(plot.left() - fm.horizontalAdvance(percent(1.0)) - gap,
                           y - fm.height() / 2, fm.horizontalAdvance(percent(1.0)), fm.height());
        painter.drawText(place(rect, label), towardsAxis | Qt::AlignAbsolute | Qt::AlignVCenter,
                         inLine(percent(step / 4.0)));
    }
}

void ScoreChart::drawText(QPainter& painter, const QRectF& rect, double x, double y,
                          const QString& text) const
{
    // x is where the text starts, left to right; y its top.
    const QFontMetricsF fm(painter.font());
    const QRectF box(x, y, fm.horizontalAdvance(text) + 1, fm.height());
    painter.drawText(place(rect, box), Qt::AlignLeft | Qt::AlignTop, inLine(text));
}

void ScoreChart::drawLegend(QPainter& painter, const QRectF& rect) const
{
    const QFontMetricsF fm(painter.font());
    const double box = fm.height() * 0.8;
    double x = rect.left() + gap;
    const double y = rect.top() + gap;
    painter.setPen(Qt::black);
    for (int s = 0; s < m_series.size(); ++s) {
        painter.fillRect(place(rect, QRectF(x, y + (fm.height() - box) / 2, box, box)), colour(s));
        x += box + gap / 2;
        const QString label = m_series.at(s).label;
        drawText(painter, rect, x, y, label);
        x += fm.horizontalAdvance(label) + gap * 2;
    }
    // After the rounds, the dash that stands for a missing score, so that it does not read as
    // zero: the lines below are long in every language.
    const double dashY = y + fm.height() / 2;
    x += gap;
    painter.setPen(QPen(Qt::darkGray, 2));
    painter.drawLine(QPointF(placeX(rect, x), dashY), QPointF(placeX(rect, x + box), dashY));
    painter.setPen(Qt::black);
    const Words w = words();
    drawText(painter, rect, x + box + gap / 2, y, w.dash);
    // Then, in words, how to read a bar and what stands under it.
    const double y2 = y + fm.height();
    drawText(painter, rect, rect.left() + gap, y2, w.bar);
    const double y3 = y2 + fm.height();
    const QRectF track(rect.left() + gap, y3 + (fm.height() - gaugeHeight) / 2, box * 2,
                       gaugeHeight);
    drawGauge(painter, place(rect, track),
              place(rect, QRectF(track.topLeft(), QSizeF(track.width() * 0.6, gaugeHeight))));
    painter.setPen(Qt::black);
    drawText(painter, rect, track.right() + gap / 2, y3, w.gauge);
}

void ScoreChart::drawAreaLabels(QPainter& painter, const QRectF& rect, double labelHeight) const
{
    const QRectF plot = ltrPlotArea(rect);
    const double groupWidth = plot.width() / double(m_areas.size());
    const double top = plot.bottom() + metrics(rect).coverageHeight + 2;
    painter.setPen(Qt::black);
    for (int a = 0; a < m_areas.size(); ++a) {
        const QRectF cell = place(
            rect, QRectF(plot.left() + groupWidth * a + 1, top, groupWidth - 2, labelHeight - 2));
        painter.save();
        painter.setClipRect(cell);
        // Long titles (French, German) get a smaller font until they fit, then are clipped.
        const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
        QFont font = painter.font();
        for (int size = font.pixelSize(); size >= 8; --size) {
            font.setPixelSize(size);
            const QRectF needed = QFontMetricsF(font).boundingRect(cell, flags, m_areas.at(a));
            if (needed.width() <= cell.width() && needed.height() <= cell.height())
                break;
        }
        painter.setFont(font);
        painter.drawText(cell, flags, inLine(m_areas.at(a)));
        painter.restore();
    }
}

void ScoreChart::drawBar(QPainter& painter, const Bar& bar) const
{
    const QColor c = colour(bar.series);
    painter.fillRect(bar.rect, c);
    painter.setPen(c.darker(160));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.rect);
    // The score above the bar when it fits.
    const QString text = percent(bar.score);
    const QFontMetricsF fm(painter.font());
    if (fm.horizontalAdvance(text) <= bar.rect.width() + 2 && bar.rect.top() > fm.height()) {
        painter.setPen(Qt::black);
        painter.drawText(QRectF(bar.rect.left() - 4, bar.rect.top() - fm.height(),
                                bar.rect.width() + 8, fm.height()),
                         Qt::AlignHCenter | Qt::AlignBottom, inLine(text));
    }
}

void ScoreChart::drawGauge(QPainter& painter, const QRectF& track, const QRectF& filled) const
{
    painter.fillRect(track, gaugeTrack);
    painter.fillRect(filled, gaugeFill);
}

QString ScoreChart::coverageText(int series, int area) const
{
    const Series& s = m_series.at(series);
    if (area < s.answered.size() && area < s.items.size() && s.items.at(area) > 0)
        return QString(words().ofAnswered).arg(s.answered.at(area)).arg(s.items.at(area));
    const double share = area < s.coverage.size() ? s.coverage.at(area) : 0;
    return QString(words().shareAnswered).arg(percent(qBound(0.0, share, 1.0)));
}

QList<ScoreChart::CoverageLabel> ScoreChart::coverageLabels(const QRectF& rect) const
{
    QList<CoverageLabel> labels;
    if (isEmpty())
        return labels;
    if (m_cities)
        return barCoverageLabels(rect);
    // The latest round only: the gauges show the earlier ones, and one line fits an area.
    const int latest = int(m_series.size()) - 1;
    const QRectF plot = ltrPlotArea(rect);
    const QFontMetricsF fm(font());
    const double groupWidth = plot.width() / double(m_areas.size());
    const double top = plot.bottom() + gap / 2 + gaugeHeight + gap / 2;
    for (int a = 0; a < m_areas.size(); ++a) {
        // Narrow areas (many areas, a small window) get a shorter form, the legend says how to
        // read the shortest.
        QStringList forms{coverageText(latest, a)};
        const Series& s = m_series.at(latest);
        if (a < s.items.size() && a < s.answered.size() && s.items.at(a) > 0) {
            const QString fraction =
                QStringLiteral("%1/%2").arg(s.answered.at(a)).arg(s.items.at(a));
            forms << QString(words().shareAnswered).arg(fraction) << fraction;
        }
        const auto fits = std::find_if(forms.cbegin(), forms.cend(), [&](const QString& form) {
            return fm.horizontalAdvance(form) <= groupWidth - 2;
        });
        if (fits == forms.cend())
            continue;
        const QString text = *fits;
        labels << CoverageLabel{
            a, text,
            place(rect, QRectF(plot.left() + groupWidth * a, top, groupWidth, fm.height()))};
    }
    return labels;
}

QList<ScoreChart::CoverageLabel> ScoreChart::barCoverageLabels(const QRectF& rect) const
{
    QList<CoverageLabel> labels;
    const QRectF plot = ltrPlotArea(rect);
    const double groupWidth = plot.width() / double(m_areas.size());
    const double barWidth = groupWidth * 0.8 / double(m_series.size());
    QFont small = font();
    small.setPixelSize(10);
    const QFontMetricsF fm(small);
    const double top = plot.bottom() + gap / 2 + gaugeHeight + gap / 2;
    for (int a = 0; a < m_areas.size(); ++a) {
        for (int s = 0; s < m_series.size(); ++s) {
            const Series& series = m_series.at(s);
            if (a >= series.items.size() || a >= series.answered.size() || series.items.at(a) <= 0)
                continue;
            const QString text =
                QStringLiteral("%1/%2").arg(series.answered.at(a)).arg(series.items.at(a));
            if (fm.horizontalAdvance(text) > barWidth + gap)
                continue;
            const double left = plot.left() + groupWidth * (a + 0.1) + barWidth * s;
            labels << CoverageLabel{
                a, text, place(rect, QRectF(left - gap / 2, top, barWidth + gap, fm.height()))};
        }
    }
    return labels;
}

void ScoreChart::drawCoverageLabels(QPainter& painter, const QRectF& rect) const
{
    painter.save();
    painter.setPen(QColor(0x40, 0x40, 0x40));
    if (m_cities) {
        QFont small = painter.font();
        small.setPixelSize(10);
        painter.setFont(small);
    }
    for (const CoverageLabel& label : coverageLabels(rect))
        painter.drawText(label.rect, Qt::AlignHCenter | Qt::AlignTop, inLine(label.text));
    painter.restore();
}

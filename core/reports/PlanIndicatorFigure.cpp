// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanIndicatorFigure.h"

#include "FineTextCache.h"
#include "FineTextPainter.h"
#include "ReportLanguage.h"
#include "ReportStyle.h"
#include "plan/IndicatorMeasure.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <memory>

namespace {

struct Chart
{
    QString title;
    QList<std::pair<QDate, double>> points; // oldest first
    std::optional<double> target;
    QString targetLabel;
};

// A figure's charts, drawn a layer at a time: the axes, the targets, the values, their dots,
// the words; each layer with one pen and as few paths as it takes.
// Sixteen charts a page drawn chart by chart changed pen and font some twenty times each, and a
// PDF writes a graphics state for every change.
void paintCharts(QPainter& painter, const QRectF& rect, const QList<Chart>& charts,
                 FineTextCache& labels)
{
    const double width = PlanIndicatorFigure::chartWidth;
    const double height = PlanIndicatorFigure::chartHeight;
    const double gap = (rect.width() - 4 * width) / 3;
    QFont font = painter.font(); // for a text shaped on another thread
    font.setPointSizeF(font.pointSizeF() * PlanIndicatorFigure::labelPoints /
                       ReportStyle::pointSize(ReportStyle::Role::Small));
    const QFontMetricsF metrics(font, painter.device());
    QList<QRectF> boxes;
    for (int i = 0; i < charts.size(); ++i)
        boxes.append(QRectF(rect.left() + (i % 4) * (width + gap),
                            rect.top() + (i / 4) * (height + 10), width, height));
    QList<QLineF> axes;
    QList<QLineF> targets;
    QPainterPath values;
    QList<QPointF> dots;
    for (int i = 0; i < charts.size(); ++i) {
        const Chart& chart = charts.at(i);
        const QRectF plot =
            boxes.at(i).adjusted(2, metrics.height() + 4, -2, -metrics.height() - 2);
        axes.append(QLineF(plot.bottomLeft(), plot.bottomRight()));
        if (chart.points.isEmpty())
            continue;
        double low = 0;
        double high = chart.target.value_or(0);
        for (const auto& point : chart.points) {
            low = std::min(low, point.second);
            high = std::max(high, point.second);
        }
        if (high <= low)
            high = low + 1;
        const QDate first = chart.points.first().first;
        const qint64 days = std::max<qint64>(1, first.daysTo(chart.points.last().first));
        const auto place = [&](const QDate& day, double value) {
            const double x = chart.points.size() == 1
                                 ? plot.center().x()
                                 : plot.left() + plot.width() * first.daysTo(day) / double(days);
            return QPointF(x, plot.bottom() - plot.height() * (value - low) / (high - low));
        };
        if (chart.target) {
            const double y = plot.bottom() - plot.height() * (*chart.target - low) / (high - low);
            targets.append(QLineF(plot.left(), y, plot.right(), y));
        }
        for (int p = 0; p < chart.points.size(); ++p) {
            const QPointF at = place(chart.points.at(p).first, chart.points.at(p).second);
            if (p == 0)
                values.moveTo(at);
            else
                values.lineTo(at);
            dots.append(at);
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(ReportStyle::rule(), 0.5));
    painter.drawLines(axes.constData(), int(axes.size()));
    if (!targets.isEmpty()) {
        painter.setPen(QPen(ReportStyle::done(), 0.75, Qt::DashLine));
        painter.drawLines(targets.constData(), int(targets.size()));
    }
    painter.setPen(QPen(ReportStyle::accent(), 1.2));
    painter.drawPath(values);
    // A dot of 1.6 points' radius outlined 1.2 wide, as a round pen's point: a disc of the
    // same 2.2 points, two path segments rather than four curves.
    painter.setPen(QPen(ReportStyle::accent(), 2 * 1.6 + 1.2, Qt::SolidLine, Qt::RoundCap));
    painter.drawPoints(dots.constData(), int(dots.size()));
    // The words last, chart by chart (a PDF's text is read in the order it was written), clear
    // of the plots: the title above, the "now, target" line below.
    FineTextPainter text(painter);
    for (int i = 0; i < charts.size(); ++i) {
        text.draw(QPointF(boxes.at(i).left(), boxes.at(i).top() + metrics.ascent()),
                  *labels.label(charts.at(i).title), ReportStyle::text(), font);
        if (!charts.at(i).points.isEmpty())
            text.draw(QPointF(boxes.at(i).left(), boxes.at(i).bottom() - metrics.descent()),
                      *labels.label(charts.at(i).targetLabel), ReportStyle::muted(), font);
    }
}

} // namespace

void PlanIndicatorFigure::append(ReportDocument& doc, const QList<Indicator>& indicators,
                                 const QList<IndicatorValue>& values, const PlanData& plan,
                                 const ReportLanguage& language, const ReportStyle& style)
{
    doc.heading(1, language.translate("PlanIndicatorFigure", "Indicators against their targets"));
    QHash<QString, QList<IndicatorValue>> valuesOf;
    for (const IndicatorValue& value : values)
        valuesOf[value.indicatorId].append(value);
    QHash<QString, QString> actionTitles;
    for (const Action& action : plan.actions)
        actionTitles.insert(action.meta.id, action.title);
    const auto amount = [&](std::optional<double> value, const QString& unit) {
        if (!value)
            return QString();
        const bool whole = std::abs(*value - std::round(*value)) < 1e-9;
        const QString number = language.number(*value, whole ? 0 : 1);
        return unit.isEmpty() ? number : QStringLiteral("%1 %2").arg(number, unit);
    };
    ReportTable table;
    table.columns = {{language.translate("PlanIndicatorFigure", "Indicator"), 3, false},
                     {language.translate("PlanIndicatorFigure", "Action"), 3, false},
                     {language.translate("PlanIndicatorFigure", "Baseline"), 1, true},
                     {language.translate("PlanIndicatorFigure", "Now"), 1, true},
                     {language.translate("PlanIndicatorFigure", "Target"), 1, true},
                     {language.translate("PlanIndicatorFigure", "Reached"), 1, true}};
    QList<Chart> charts;
    for (const Indicator& indicator : indicators) {
        const QList<IndicatorValue>& own = valuesOf.value(indicator.meta.id);
        const std::optional<double> current = IndicatorMeasure::current(indicator, own);
        const std::optional<double> progress = IndicatorMeasure::progress(indicator, own);
        table.rows.append(
            {{indicator.name, actionTitles.value(indicator.actionId),
              amount(indicator.baseline, indicator.unit), amount(current, indicator.unit),
              amount(indicator.target, indicator.unit),
              progress ? language.percent(*progress) : QString()},
             ReportTable::Row::Style::Normal,
             {}});
        if (own.size() < 2)
            continue;
        Chart chart;
        chart.title = indicator.name;
        chart.target = indicator.target;
        QList<IndicatorValue> sorted = own;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const IndicatorValue& a, const IndicatorValue& b) {
                             return a.measuredOn < b.measuredOn;
                         });
        double running = 0;
        for (const IndicatorValue& value : std::as_const(sorted)) {
            running = indicator.aggregation == Indicator::Aggregation::Sum ? running + value.value
                                                                           : value.value;
            chart.points.append({value.measuredOn, running});
        }
        chart.targetLabel = indicator.target
                                ? language.translate("PlanIndicatorFigure", "Now %1, target %2")
                                      .arg(amount(current, indicator.unit),
                                           amount(indicator.target, indicator.unit))
                                : language.translate("PlanIndicatorFigure", "Now %1, no target")
                                      .arg(amount(current, indicator.unit));
        charts.append(chart);
    }
    table.emptyText = language.translate("PlanIndicatorFigure", "No indicator has been defined.");
    table.caption = language.translate(
        "PlanIndicatorFigure",
        "Now: the latest value, or the sum of the values for indicators counted "
        "per period. Reached: the share of the way from the baseline to the target.");
    doc.add(table);
    if (charts.isEmpty())
        return;
    doc.heading(2, language.translate("PlanIndicatorFigure", "Small charts"));
    // The words are measured on the reference device, as drawn (FineText), and shortened to
    // a chart's width; charts of many figures share them.
    QFont labelFont = style.font(ReportStyle::Role::Small);
    labelFont.setPointSizeF(labelPoints);
    const auto labels = std::make_shared<FineTextCache>(labelFont, Qt::LeftToRight,
                                                        chartWidth * ReportStyle::measureScale);
    for (int first = 0; first < charts.size(); first += chartsPerFigure) {
        const QList<Chart> slice = charts.mid(first, chartsPerFigure);
        const int rows = int((slice.size() + 3) / 4);
        ReportFigure figure;
        figure.height = rows * (chartHeight + 10);
        figure.altText = language.translate(
            "PlanIndicatorFigure",
            "The measured values of each indicator over time, its target dashed.");
        if (first + chartsPerFigure >= charts.size())
            figure.caption = figure.altText;
        figure.paint = [slice, labels](QPainter& painter, const QRectF& rect) {
            paintCharts(painter, rect, slice, *labels);
        };
        doc.add(figure);
    }
}

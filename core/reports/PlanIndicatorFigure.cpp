// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanIndicatorFigure.h"

#include "FineText.h"
#include "ReportLanguage.h"
#include "ReportStyle.h"
#include "plan/IndicatorMeasure.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <memory>
#include <mutex>

namespace {

struct Chart
{
    QString title;
    QList<std::pair<QDate, double>> points; // oldest first
    std::optional<double> target;
    QString targetLabel;
    ReportPages::Shaped shapedTitle; // the words shortened and shaped (FineText)
    ReportPages::Shaped shapedTarget;
};

// Eight charts, their words shortened to a chart's width when first drawn, by whichever
// thread draws them first: shaping 4,000 words would otherwise delay the preview's first page.
struct ChartSlice
{
    QList<Chart> charts;
    QFont font; // bound to ReportStyle's reference device
    std::once_flag shortened;

    void shorten()
    {
        std::call_once(shortened, [this] {
            const double width = PlanIndicatorFigure::chartWidth * ReportStyle::measureScale;
            for (Chart& chart : charts) {
                chart.shapedTitle = FineText::shapeWithin(chart.title, font, width, &chart.title);
                chart.shapedTarget =
                    FineText::shapeWithin(chart.targetLabel, font, width, &chart.targetLabel);
            }
        });
    }
};

void paintChart(QPainter& painter, const QRectF& box, const Chart& chart)
{
    const QColor ink = ReportStyle::text();
    const QColor accent = ReportStyle::accent();
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * PlanIndicatorFigure::labelPoints /
                       ReportStyle::pointSize(ReportStyle::Role::Small));
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    painter.setPen(ink);
    FineText::draw(painter, QPointF(box.left(), box.top() + metrics.ascent()), chart.shapedTitle,
                   chart.title);
    const QRectF plot = box.adjusted(2, metrics.height() + 4, -2, -metrics.height() - 2);
    painter.setPen(QPen(ReportStyle::rule(), 0.5));
    painter.drawLine(QLineF(plot.bottomLeft(), plot.bottomRight()));
    if (chart.points.isEmpty())
        return;
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
        painter.setPen(QPen(ReportStyle::done(), 0.75, Qt::DashLine));
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y));
    }
    QPainterPath line;
    for (int i = 0; i < chart.points.size(); ++i) {
        const QPointF p = place(chart.points.at(i).first, chart.points.at(i).second);
        if (i == 0)
            line.moveTo(p);
        else
            line.lineTo(p);
    }
    painter.setPen(QPen(accent, 1.2));
    painter.drawPath(line);
    painter.setBrush(accent);
    for (const auto& point : chart.points)
        painter.drawEllipse(place(point.first, point.second), 1.6, 1.6);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(ReportStyle::muted());
    FineText::draw(painter, QPointF(box.left(), box.bottom() - metrics.descent()),
                   chart.shapedTarget, chart.targetLabel);
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
    const double columnWidth = chartWidth;
    // The words are measured on the reference device, as drawn (FineText).
    QFont labelFont = style.font(ReportStyle::Role::Small);
    labelFont.setPointSizeF(labelPoints);
    const double chartHeight = 78;
    for (int first = 0; first < charts.size(); first += chartsPerFigure) {
        auto slice = std::make_shared<ChartSlice>();
        slice->charts = charts.mid(first, chartsPerFigure);
        slice->font = labelFont;
        const int rows = int((slice->charts.size() + 3) / 4);
        ReportFigure figure;
        figure.height = rows * (chartHeight + 10);
        figure.altText = language.translate(
            "PlanIndicatorFigure",
            "The measured values of each indicator over time, its target dashed.");
        if (first + chartsPerFigure >= charts.size())
            figure.caption = figure.altText;
        figure.paint = [slice, columnWidth, chartHeight](QPainter& painter, const QRectF& rect) {
            const double gap = (rect.width() - 4 * columnWidth) / 3;
            const QFont base = painter.font();
            slice->shorten();
            for (int i = 0; i < slice->charts.size(); ++i) {
                painter.setFont(base);
                const QRectF box(rect.left() + (i % 4) * (columnWidth + gap),
                                 rect.top() + (i / 4) * (chartHeight + 10), columnWidth,
                                 chartHeight);
                paintChart(painter, box, slice->charts.at(i));
            }
        };
        doc.add(figure);
    }
}

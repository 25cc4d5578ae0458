// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorChart.h"
#include "common/DateText.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

IndicatorChart::IndicatorChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("indicatorChart"));
    setAccessibleName(tr("Chart of the indicator's values"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void IndicatorChart::setIndicator(const std::optional<Indicator>& indicator,
                                  QList<IndicatorValue> values)
{
    m_indicator = indicator;
    m_points.clear();
    std::stable_sort(values.begin(), values.end(),
                     [](const IndicatorValue& a, const IndicatorValue& b) {
                         return a.measuredOn < b.measuredOn;
                     });
    double total = 0;
    for (const IndicatorValue& v : std::as_const(values)) {
        const bool adds = indicator && indicator->aggregation == Indicator::Aggregation::Sum;
        total = adds ? total + v.value : v.value;
        m_points.append({v.measuredOn, total});
    }
    update();
}

void IndicatorChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(48, 10, -12, -22);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(area);
    if (!m_indicator || m_points.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   m_indicator ? tr("No value measured yet") : tr("Select an indicator"));
        return;
    }
    double low = m_points.first().second;
    double high = low;
    for (const auto& [date, level] : std::as_const(m_points)) {
        low = std::min(low, level);
        high = std::max(high, level);
    }
    for (const std::optional<double>& line : {m_indicator->baseline, m_indicator->target}) {
        if (line) {
            low = std::min(low, *line);
            high = std::max(high, *line);
        }
    }
    if (high == low)
        high = low + 1;
    const QDate first = m_points.first().first;
    const qint64 days = std::max<qint64>(1, first.daysTo(m_points.last().first));
    const auto x = [&](const QDate& d) {
        return m_points.size() == 1 ? area.center().x()
                                    : area.left() + area.width() * first.daysTo(d) / days;
    };
    const auto y = [&](double v) {
        return area.bottom() - area.height() * (v - low) / (high - low);
    };
    const QLocale locale;
    const auto level = [&](const std::optional<double>& value, const QColor& colour) {
        if (!value)
            return;
        p.setPen(QPen(colour, 1, Qt::DashLine));
        p.drawLine(QPointF(area.left(), y(*value)), QPointF(area.right(), y(*value)));
        p.drawText(QRectF(0, y(*value) - 8, area.left() - 4, 16), Qt::AlignRight | Qt::AlignVCenter,
                   locale.toString(*value, 'g', 6));
    };
    level(m_indicator->baseline, palette().color(QPalette::Mid));
    level(m_indicator->target, QColor(0x2e, 0x7d, 0x32)); // the target in green, as reached
    QPainterPath path;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const QPointF at(x(m_points.at(i).first), y(m_points.at(i).second));
        if (i == 0)
            path.moveTo(at);
        else
            path.lineTo(at);
    }
    const QColor ink = palette().color(QPalette::Highlight);
    p.setPen(QPen(ink, 2));
    p.drawPath(path);
    p.setBrush(ink);
    for (const auto& [date, value] : std::as_const(m_points))
        p.drawEllipse(QPointF(x(date), y(value)), 3, 3);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), 18), Qt::AlignLeft,
               DateText::shown(first));
    if (m_points.size() > 1)
        p.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), 18), Qt::AlignRight,
                   DateText::shown(m_points.last().first));
}

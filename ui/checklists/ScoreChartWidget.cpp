// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreChartWidget.h"

#include <QPainter>

ScoreChartWidget::ScoreChartWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("scoreChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ScoreChartWidget::setChart(const ScoreChart& chart)
{
    m_chart = chart;
    update();
}

QSize ScoreChartWidget::sizeHint() const
{
    return {720, 320};
}

QSize ScoreChartWidget::minimumSizeHint() const
{
    return {320, 200};
}

void ScoreChartWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    ScoreChart chart = m_chart;
    chart.setLayoutDirection(layoutDirection());
    chart.render(painter, rect());
}

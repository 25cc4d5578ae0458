// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/ScoreChart.h"

#include <QWidget>

// Shows a ScoreChart: the painting is the core renderer's, so the screen, the exported image
// and the reports draw the same bars.
class ScoreChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreChartWidget(QWidget* parent = nullptr);

    void setChart(const ScoreChart& chart);
    const ScoreChart& chart() const { return m_chart; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ScoreChart m_chart;
};

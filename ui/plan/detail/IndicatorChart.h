// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Indicator.h"
#include "plan/IndicatorValue.h"

#include <QWidget>

// A small chart of an indicator: where it stood at each measurement (the running total when
// values add up), between its baseline and its target, drawn as dashed lines.
class IndicatorChart : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorChart(QWidget* parent = nullptr);

    void setIndicator(const std::optional<Indicator>& indicator, QList<IndicatorValue> values);
    // The points drawn, date and level, oldest first (tests read them).
    QList<std::pair<QDate, double>> points() const { return m_points; }

    QSize sizeHint() const override { return {320, 140}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<Indicator> m_indicator;
    QList<std::pair<QDate, double>> m_points;
};

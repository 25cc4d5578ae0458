// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"

#include <QTabWidget>

class BudgetLinesModel;
class IndicatorChart;
class IndicatorValuesModel;
class IndicatorsModel;
class MessageBar;
class ProgressLogModel;
class RecordTablePanel;

// Under the plan's tree: the selected action's budget lines and progress log, edited in place.
// Empty and disabled while no action is selected.
class ActionDetails : public QTabWidget
{
    Q_OBJECT

public:
    explicit ActionDetails(const PaneContext& context, QWidget* parent = nullptr);

    void setAction(const QString& actionId);
    void setReadOnly(bool readOnly);
    void setToday(const QDate& today);

    BudgetLinesModel* budget() const { return m_budget; }
    ProgressLogModel* progress() const { return m_progress; }
    IndicatorsModel* indicators() const { return m_indicators; }
    IndicatorValuesModel* values() const { return m_values; }
    IndicatorChart* chart() const { return m_chart; }
    // Shows the values and chart of the indicator at row (the table's selection does it).
    void showIndicator(int row);

private:
    QWidget* wrap(RecordTablePanel* panel, MessageBar* message);
    QWidget* makeIndicators();
    void updateChart();

    BudgetLinesModel* m_budget;
    ProgressLogModel* m_progress;
    RecordTablePanel* m_budgetPanel;
    RecordTablePanel* m_progressPanel;
    IndicatorsModel* m_indicators;
    IndicatorValuesModel* m_values;
    RecordTablePanel* m_indicatorsPanel = nullptr;
    RecordTablePanel* m_valuesPanel = nullptr;
    IndicatorChart* m_chart = nullptr;
    bool m_readOnly = false;
};

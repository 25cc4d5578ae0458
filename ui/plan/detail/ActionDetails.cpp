// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionDetails.h"

#include "BudgetLinesModel.h"
#include "FundingSourceDelegate.h"
#include "IndicatorChart.h"
#include "IndicatorValuesModel.h"
#include "IndicatorsModel.h"
#include "ProgressLogModel.h"
#include "city/Repositories.h"
#include "common/RecordSortProxy.h"
#include "common/RecordTablePanel.h"
#include "shell/MessageBar.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ActionDetails::ActionDetails(const PaneContext& context, QWidget* parent)
    : QTabWidget(parent), m_budget(new BudgetLinesModel(context, this)),
      m_progress(new ProgressLogModel(context, this)),
      m_budgetPanel(new RecordTablePanel(m_budget, QStringLiteral("budget"),
                                         {tr("Add a bu&dget line"), tr("Remove"),
                                          tr("Remove the selected budget lines"),
                                          tr("Budget lines of the action")},
                                         this)),
      m_progressPanel(new RecordTablePanel(m_progress, QStringLiteral("progress"),
                                           {tr("Add a &progress note"), tr("Remove"),
                                            tr("Remove the selected progress notes"),
                                            tr("Progress log of the action")},
                                           this)),
      m_indicators(new IndicatorsModel(context, this)),
      m_values(new IndicatorValuesModel(context, this))
{
    setObjectName(QStringLiteral("actionDetails"));
    auto* budgetMessage = new MessageBar(this);
    budgetMessage->setObjectName(QStringLiteral("budgetMessageBar"));
    connect(m_budget, &BudgetLinesModel::messageChanged, budgetMessage,
            [budgetMessage](const QString& message) { budgetMessage->showMessage(message); });
    auto* progressMessage = new MessageBar(this);
    progressMessage->setObjectName(QStringLiteral("progressMessageBar"));
    connect(m_progress, &ProgressLogModel::messageChanged, progressMessage,
            [progressMessage](const QString& message) { progressMessage->showMessage(message); });
    m_budgetPanel->view()->setSortingEnabled(false);
    m_budgetPanel->view()->setItemDelegateForColumn(
        BudgetLinesModel::Source, new FundingSourceDelegate(context.repositories.actions(), this));
    m_progressPanel->view()->setSortingEnabled(false);
    // A few rows each: the amounts and dates as wide as they are, the text takes the rest.
    QHeaderView* budget = m_budgetPanel->view()->horizontalHeader();
    budget->setStretchLastSection(false);
    budget->setSectionResizeMode(QHeaderView::ResizeToContents);
    budget->setSectionResizeMode(BudgetLinesModel::Label, QHeaderView::Stretch);
    QHeaderView* progress = m_progressPanel->view()->horizontalHeader();
    progress->setStretchLastSection(false);
    progress->setSectionResizeMode(QHeaderView::ResizeToContents);
    progress->setSectionResizeMode(ProgressLogModel::Text, QHeaderView::Stretch);
    addTab(wrap(m_budgetPanel, budgetMessage), tr("&Budget"));
    addTab(wrap(m_progressPanel, progressMessage), tr("Progress lo&g"));
    addTab(makeIndicators(), tr("Indi&cators"));
    setAction({});
}

QWidget* ActionDetails::wrap(RecordTablePanel* panel, MessageBar* message)
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(message);
    layout->addWidget(panel, 1);
    return page;
}

QWidget* ActionDetails::makeIndicators()
{
    m_indicatorsPanel =
        new RecordTablePanel(m_indicators, QStringLiteral("indicators"),
                             {tr("Add an indicator"), tr("Remove"),
                              tr("Remove the selected indicators"), tr("Indicators of the action")},
                             this);
    m_valuesPanel = new RecordTablePanel(m_values, QStringLiteral("indicatorValues"),
                                         {tr("Add a measured value"), tr("Remove"),
                                          tr("Remove the selected values"),
                                          tr("Values measured for the indicator")},
                                         this);
    m_indicatorsPanel->view()->setSortingEnabled(false);
    m_valuesPanel->view()->setSortingEnabled(false);
    m_chart = new IndicatorChart(this);
    auto* message = new MessageBar(this);
    message->setObjectName(QStringLiteral("indicatorsMessageBar"));
    for (RecordTableModel* model :
         {static_cast<RecordTableModel*>(m_indicators), static_cast<RecordTableModel*>(m_values)})
        connect(model, &RecordTableModel::messageChanged, message,
                [message](const QString& text) { message->showMessage(text); });
    connect(m_indicatorsPanel->view()->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, [this](const QModelIndex& current) {
                showIndicator(m_indicatorsPanel->proxy()->mapToSource(current).row());
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_values, signal, this, &ActionDetails::updateChart);
    connect(m_values, &QAbstractItemModel::dataChanged, this, &ActionDetails::updateChart);
    connect(m_values, &QAbstractItemModel::modelReset, this, &ActionDetails::updateChart);
    connect(m_indicators, &QAbstractItemModel::dataChanged, this, &ActionDetails::updateChart);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_valuesPanel, 1);
    rightLayout->addWidget(m_chart);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_indicatorsPanel);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(message);
    layout->addWidget(split, 1);
    return page;
}

void ActionDetails::showIndicator(int row)
{
    m_values->setIndicator(
        row >= 0 && row < m_indicators->rowCount() ? m_indicators->record(row).meta.id : QString());
    updateChart();
}

void ActionDetails::updateChart()
{
    const int row = m_indicators->rowOf(m_values->indicatorId());
    std::optional<Indicator> indicator;
    if (row >= 0)
        indicator = m_indicators->record(row);
    m_chart->setIndicator(indicator, m_values->values());
}

void ActionDetails::setAction(const QString& actionId)
{
    m_budget->setAction(actionId);
    m_progress->setAction(actionId);
    m_indicators->setAction(actionId);
    showIndicator(m_indicators->rowCount() > 0 ? 0 : -1);
    setEnabled(!actionId.isEmpty());
    setReadOnly(m_readOnly);
}

void ActionDetails::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_budgetPanel->setReadOnly(readOnly);
    m_progressPanel->setReadOnly(readOnly);
    m_indicatorsPanel->setReadOnly(readOnly);
    m_valuesPanel->setReadOnly(readOnly);
}

void ActionDetails::setToday(const QDate& today)
{
    m_progress->setToday(today);
    m_values->setToday(today);
}

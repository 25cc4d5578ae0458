// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionDetails.h"

#include "BudgetLinesModel.h"
#include "ProgressLogModel.h"
#include "common/RecordTablePanel.h"
#include "shell/MessageBar.h"

#include <QHeaderView>
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
                                           this))
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

void ActionDetails::setAction(const QString& actionId)
{
    m_budget->setAction(actionId);
    m_progress->setAction(actionId);
    setEnabled(!actionId.isEmpty());
    setReadOnly(m_readOnly);
}

void ActionDetails::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_budgetPanel->setReadOnly(readOnly);
    m_progressPanel->setReadOnly(readOnly);
}

void ActionDetails::setToday(const QDate& today)
{
    m_progress->setToday(today);
}

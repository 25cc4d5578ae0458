// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidencePanel.h"

#include "EvidenceModel.h"
#include "EvidencePickerDialog.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "plan/PlanRepository.h"
#include "shell/DialogHooks.h"
#include "shell/FileEdits.h"
#include "shell/RecordNavigator.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using AddEvidence = AddRecordCommand<PlanRepository, PriorityEvidence>;
using RemoveEvidence = RemoveRecordCommand<PlanRepository, PriorityEvidence>;

EvidencePanel::EvidencePanel(const PaneContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(new EvidenceModel(context, this)),
      m_view(new QTableView(this)), m_add(new QPushButton(tr("&Add evidence…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_open(new QPushButton(tr("&Open"), this))
{
    setObjectName(QStringLiteral("evidencePanel"));
    m_view->setObjectName(QStringLiteral("evidenceTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(EvidenceModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EvidenceModel::WhatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EvidenceModel::DetailColumn, QHeaderView::Interactive);
    header->resizeSection(EvidenceModel::DetailColumn, 200);
    m_add->setObjectName(QStringLiteral("evidenceAdd"));
    m_remove->setObjectName(QStringLiteral("evidenceRemove"));
    m_open->setObjectName(QStringLiteral("evidenceOpen"));
    m_open->setToolTip(tr("Show the checklist item or the figure where it lives"));

    auto* intro =
        new QLabel(tr("The checklist gaps and profile figures this priority rests on."), this);
    intro->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &EvidencePanel::add);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::removeSelected);
    connect(m_open, &QPushButton::clicked, this, &EvidencePanel::openSelected);
    connect(m_view, &QTableView::doubleClicked, this, &EvidencePanel::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EvidencePanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvidencePanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EvidencePanel::updateButtons);
    updateButtons();
}

void EvidencePanel::setPriority(const QString& priorityId)
{
    m_model->setPriority(priorityId);
}

bool EvidencePanel::select(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void EvidencePanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void EvidencePanel::add()
{
    if (m_model->priorityId().isEmpty() || m_readOnly)
        return;
    EvidencePickerDialog dialog(m_context.repositories, this);
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return;
    PriorityEvidence evidence;
    evidence.priorityId = m_model->priorityId();
    evidence.itemId = dialog.itemId();
    evidence.figureId = dialog.figureId();
    PlanRepository& plan = m_context.repositories.plan();
    if (std::optional<Error> e = plan.validate(evidence)) {
        emit messageChanged(e->message);
        return;
    }
    auto* command = new AddEvidence(&m_context.file, plan, evidence, tr("Add evidence"));
    const QString failure = FileEdits::push(m_context, {command});
    emit messageChanged(failure);
    if (failure.isEmpty()) {
        const int row = m_model->rowOf(command->record().meta.id);
        if (row >= 0)
            m_view->selectRow(row);
    }
}

void EvidencePanel::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_readOnly)
        return;
    const PriorityEvidence evidence = m_model->evidence(rows.first().row());
    emit messageChanged(FileEdits::push(
        m_context, {new RemoveEvidence(&m_context.file, m_context.repositories.plan(), evidence,
                                       tr("Remove evidence"))}));
}

void EvidencePanel::openSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_context.navigator)
        return;
    const PriorityEvidence& e = m_model->evidence(rows.first().row());
    if (!e.itemId.isEmpty())
        m_context.navigator->showRecord(QStringLiteral("checklist_item"), e.itemId);
    else
        m_context.navigator->showRecord(QStringLiteral("profile_figure"), e.figureId);
}

void EvidencePanel::updateButtons()
{
    const bool has = !m_model->priorityId().isEmpty();
    const bool selected = m_view->selectionModel()->hasSelection();
    m_add->setEnabled(has && !m_readOnly);
    m_remove->setEnabled(selected && !m_readOnly);
    m_open->setEnabled(selected && m_context.navigator);
}

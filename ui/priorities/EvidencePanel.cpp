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

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

using AddEvidence = AddRecordCommand<PlanRepository, PriorityEvidence>;
using RemoveEvidence = RemoveRecordCommand<PlanRepository, PriorityEvidence>;

EvidencePanel::EvidencePanel(const PaneContext& context, QWidget* parent)
    : PriorityRecordsPanel(context, QStringLiteral("evidence"), parent),
      m_model(new EvidenceModel(context, this))
{
    setModel(m_model);
    QHeaderView* header = view()->horizontalHeader();
    header->setSectionResizeMode(EvidenceModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EvidenceModel::WhatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EvidenceModel::DetailColumn, QHeaderView::Interactive);
    header->resizeSection(EvidenceModel::DetailColumn, 200);
    header->setSectionResizeMode(EvidenceModel::NoteColumn, QHeaderView::Interactive);
    header->resizeSection(EvidenceModel::NoteColumn, 200);
    // Only the note is editable (the model says so): a double-click, F2 or a click on the
    // selected note edits it.
    view()->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    setIntroduction(tr("The checklist gaps and profile figures this priority rests on, "
                       "with a note on each: double-click a note to write it."));
    connect(m_model, &EvidenceModel::messageChanged, this, &EvidencePanel::messageChanged);

    QPushButton* add =
        addButton(tr("&Add evidence…"), QStringLiteral("evidenceAdd"), Writable | Priority);
    QPushButton* remove =
        addButton(tr("&Remove"), QStringLiteral("evidenceRemove"), Writable | Row);
    QPushButton* open =
        addButton(tr("&Open"), QStringLiteral("evidenceOpen"), Row | Navigator, Side::Trailing);
    open->setToolTip(tr("Show the checklist item or the figure where it lives"));
    connect(add, &QPushButton::clicked, this, &EvidencePanel::add);
    connect(remove, &QPushButton::clicked, this, &EvidencePanel::removeSelected);
    connect(open, &QPushButton::clicked, this, &EvidencePanel::openSelected);
    connect(view(), &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() != EvidenceModel::NoteColumn || isReadOnly())
            openSelected();
    });
    updateButtons();
}

void EvidencePanel::setPriority(const QString& priorityId)
{
    m_model->setPriority(priorityId);
}

void EvidencePanel::setReadOnly(bool readOnly)
{
    m_model->setReadOnly(readOnly);
    PriorityRecordsPanel::setReadOnly(readOnly);
}

bool EvidencePanel::showsPriority() const
{
    return !m_model->priorityId().isEmpty();
}

int EvidencePanel::rowOf(const QString& id) const
{
    return m_model->rowOf(id);
}

void EvidencePanel::add()
{
    if (!showsPriority() || isReadOnly())
        return;
    EvidencePickerDialog dialog(context().repositories, this);
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return;
    PriorityEvidence evidence;
    evidence.priorityId = m_model->priorityId();
    evidence.itemId = dialog.itemId();
    evidence.figureId = dialog.figureId();
    PlanRepository& plan = context().repositories.plan();
    if (std::optional<Error> e = plan.validate(evidence)) {
        emit messageChanged(e->message);
        return;
    }
    auto* command = new AddEvidence(&context().file, plan, evidence, tr("Add evidence"));
    const QString failure = FileEdits::push(context(), {command});
    emit messageChanged(failure);
    if (failure.isEmpty())
        select(command->record().meta.id);
}

void EvidencePanel::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || isReadOnly())
        return;
    emit messageChanged(FileEdits::push(
        context(), {new RemoveEvidence(&context().file, context().repositories.plan(),
                                       m_model->evidence(row), tr("Remove evidence"))}));
}

void EvidencePanel::openSelected()
{
    const int row = selectedRow();
    if (row < 0 || !context().navigator)
        return;
    const PriorityEvidence& e = m_model->evidence(row);
    if (!e.itemId.isEmpty())
        context().navigator->showRecord(QStringLiteral("checklist_item"), e.itemId);
    else
        context().navigator->showRecord(QStringLiteral("profile_figure"), e.figureId);
}

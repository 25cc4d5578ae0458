// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsultationsPanel.h"

#include "ConsultationDialog.h"
#include "ConsultationsModel.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "plan/PlanRepository.h"
#include "shell/DialogHooks.h"
#include "shell/FileEdits.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

using AddConsultation = AddRecordCommand<PlanRepository, Consultation>;
using EditConsultation = EditRecordCommand<PlanRepository, Consultation>;
using RemoveConsultation = RemoveRecordCommand<PlanRepository, Consultation>;

ConsultationsPanel::ConsultationsPanel(const PaneContext& context, QWidget* parent)
    : PriorityRecordsPanel(context, QStringLiteral("consultations"), parent),
      m_model(new ConsultationsModel(context, this))
{
    setModel(m_model);
    QHeaderView* header = view()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ConsultationsModel::DateColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    // Room for each heading in every language; the texts are elided, whole in their tooltips.
    const int chars = view()->fontMetrics().averageCharWidth();
    for (int c = ConsultationsModel::MeetingColumn; c < ConsultationsModel::SummaryColumn; ++c)
        header->resizeSection(c, std::max(header->sectionSizeHint(c), chars * 16));

    QPushButton* add = addButton(tr("&Add a consultation…"), QStringLiteral("consultationAdd"),
                                 Writable | Priority);
    QPushButton* edit = addButton(tr("Ed&it…"), QStringLiteral("consultationEdit"), Writable | Row);
    QPushButton* remove =
        addButton(tr("&Remove"), QStringLiteral("consultationRemove"), Writable | Row);
    connect(add, &QPushButton::clicked, this, &ConsultationsPanel::add);
    connect(edit, &QPushButton::clicked, this, &ConsultationsPanel::editSelected);
    connect(remove, &QPushButton::clicked, this, &ConsultationsPanel::removeSelected);
    connect(view(), &QTableView::doubleClicked, this, &ConsultationsPanel::editSelected);
    updateButtons();
}

void ConsultationsPanel::setPriority(const QString& priorityId)
{
    m_model->setPriority(priorityId);
}

bool ConsultationsPanel::showsPriority() const
{
    return !m_model->priorityId().isEmpty();
}

int ConsultationsPanel::rowOf(const QString& id) const
{
    return m_model->rowOf(id);
}

void ConsultationsPanel::add()
{
    if (isReadOnly() || !showsPriority())
        return;
    Consultation fresh;
    fresh.priorityId = m_model->priorityId();
    ConsultationDialog dialog(context().repositories, fresh, this);
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return;
    auto* command = new AddConsultation(&context().file, context().repositories.plan(),
                                        dialog.consultation(), tr("Add a consultation"));
    const QString failure = FileEdits::push(context(), {command});
    emit messageChanged(failure);
    if (failure.isEmpty())
        select(command->record().meta.id);
}

void ConsultationsPanel::editSelected()
{
    const int row = selectedRow();
    if (isReadOnly() || row < 0)
        return;
    const Consultation before = m_model->consultation(row);
    ConsultationDialog dialog(context().repositories, before, this);
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return;
    const Consultation after = dialog.consultation();
    if (after == before)
        return;
    emit messageChanged(FileEdits::push(
        context(), {new EditConsultation(&context().file, context().repositories.plan(), before,
                                         after, tr("Edit a consultation"))}));
}

void ConsultationsPanel::removeSelected()
{
    const int row = selectedRow();
    if (isReadOnly() || row < 0)
        return;
    emit messageChanged(FileEdits::push(
        context(),
        {new RemoveConsultation(&context().file, context().repositories.plan(),
                                m_model->consultation(row), tr("Remove a consultation"))}));
}

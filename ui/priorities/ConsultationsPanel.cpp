// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsultationsPanel.h"

#include "ConsultationDialog.h"
#include "ConsultationsModel.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "plan/PlanRepository.h"
#include "shell/DialogHooks.h"
#include "shell/FileEdits.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using AddConsultation = AddRecordCommand<PlanRepository, Consultation>;
using EditConsultation = EditRecordCommand<PlanRepository, Consultation>;
using RemoveConsultation = RemoveRecordCommand<PlanRepository, Consultation>;

ConsultationsPanel::ConsultationsPanel(const PaneContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(new ConsultationsModel(context, this)),
      m_view(new QTableView(this)), m_add(new QPushButton(tr("&Add a consultation…"), this)),
      m_edit(new QPushButton(tr("Ed&it…"), this)), m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("consultationsPanel"));
    m_view->setObjectName(QStringLiteral("consultationsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ConsultationsModel::DateColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    // Room for each heading in every language; the texts are elided, whole in their tooltips.
    const int chars = m_view->fontMetrics().averageCharWidth();
    for (int c = ConsultationsModel::MeetingColumn; c < ConsultationsModel::SummaryColumn; ++c)
        header->resizeSection(c, std::max(header->sectionSizeHint(c), chars * 16));
    m_add->setObjectName(QStringLiteral("consultationAdd"));
    m_edit->setObjectName(QStringLiteral("consultationEdit"));
    m_remove->setObjectName(QStringLiteral("consultationRemove"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ConsultationsPanel::add);
    connect(m_edit, &QPushButton::clicked, this, &ConsultationsPanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ConsultationsPanel::removeSelected);
    connect(m_view, &QTableView::doubleClicked, this, &ConsultationsPanel::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConsultationsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConsultationsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConsultationsPanel::updateButtons);
    updateButtons();
}

void ConsultationsPanel::setPriority(const QString& priorityId)
{
    m_model->setPriority(priorityId);
}

bool ConsultationsPanel::select(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void ConsultationsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void ConsultationsPanel::add()
{
    if (m_readOnly || m_model->priorityId().isEmpty())
        return;
    Consultation fresh;
    fresh.priorityId = m_model->priorityId();
    ConsultationDialog dialog(m_context.repositories, fresh, this);
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return;
    auto* command = new AddConsultation(&m_context.file, m_context.repositories.plan(),
                                        dialog.consultation(), tr("Add a consultation"));
    const QString failure = FileEdits::push(m_context, {command});
    emit messageChanged(failure);
    if (failure.isEmpty()) {
        if (const int row = m_model->rowOf(command->record().meta.id); row >= 0)
            m_view->selectRow(row);
    }
}

void ConsultationsPanel::editSelected()
{
    const int row = selectedRow();
    if (m_readOnly || row < 0)
        return;
    const Consultation before = m_model->consultation(row);
    ConsultationDialog dialog(m_context.repositories, before, this);
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return;
    const Consultation after = dialog.consultation();
    if (after == before)
        return;
    emit messageChanged(FileEdits::push(
        m_context, {new EditConsultation(&m_context.file, m_context.repositories.plan(), before,
                                         after, tr("Edit a consultation"))}));
}

void ConsultationsPanel::removeSelected()
{
    const int row = selectedRow();
    if (m_readOnly || row < 0)
        return;
    emit messageChanged(FileEdits::push(
        m_context,
        {new RemoveConsultation(&m_context.file, m_context.repositories.plan(),
                                m_model->consultation(row), tr("Remove a consultation"))}));
}

void ConsultationsPanel::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_add->setEnabled(!m_readOnly && !m_model->priorityId().isEmpty());
    m_edit->setEnabled(!m_readOnly && selected);
    m_remove->setEnabled(!m_readOnly && selected);
}

int ConsultationsPanel::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

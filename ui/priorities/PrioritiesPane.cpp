// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrioritiesPane.h"

#include "AdoptionDialog.h"
#include "ConsultationsPanel.h"
#include "EvidencePanel.h"
#include "PlanDocumentWidget.h"
#include "PrioritiesModel.h"
#include "PriorityForm.h"
#include "city/Repositories.h"
#include "commands/AdoptPlanCommand.h"
#include "commands/RecordCommands.h"
#include "common/TextLimits.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"
#include "shell/DialogHooks.h"
#include "shell/FileEdits.h"
#include "shell/MessageBar.h"
#include "storage/CityFile.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using AddPriority = AddRecordCommand<PlanRepository, Priority>;
using RemovePriority = RemoveRecordCommand<PlanRepository, Priority>;

PrioritiesPane::PrioritiesPane(const PaneContext& context, QWidget* parent)
    : Pane(parent), m_context(context), m_message(new MessageBar(this)),
      m_model(new PrioritiesModel(context, this)), m_leftTabs(new QTabWidget(this)),
      m_adoptAction(new QAction(tr("Record the council’s adoption…"), this))
{
    setObjectName(QStringLiteral("prioritiesPane"));
    m_leftTabs->setObjectName(QStringLiteral("prioritiesTabs"));
    m_leftTabs->setDocumentMode(true);
    m_leftTabs->setUsesScrollButtons(true);
    m_leftTabs->setElideMode(Qt::ElideNone);
    m_leftTabs->addTab(makeRankingTab(), tr("&Priorities"));
    m_document = new PlanDocumentWidget(context, m_leftTabs);
    m_leftTabs->addTab(m_document, tr("&Document"));
    m_adoptAction->setObjectName(QStringLiteral("adoptPlanAction"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("prioritiesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_leftTabs);
    splitter->addWidget(makeDetailTabs());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_document, &PlanDocumentWidget::messageChanged, this, &PrioritiesPane::showMessage);
    connect(m_document, &PlanDocumentWidget::adoptionRequested, this,
            &PrioritiesPane::recordAdoption);
    connect(m_adoptAction, &QAction::triggered, this, &PrioritiesPane::recordAdoption);
    connect(m_model, &PrioritiesModel::messageChanged, this, &PrioritiesPane::showMessage);
    connect(m_form, &PriorityForm::messageChanged, this, &PrioritiesPane::showMessage);
    connect(m_evidence, &EvidencePanel::messageChanged, this, &PrioritiesPane::showMessage);
    connect(m_consultations, &ConsultationsPanel::messageChanged, this,
            &PrioritiesPane::showMessage);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PrioritiesPane::onCurrentChanged);
    // A row moved by a reorder stays current; buttons follow its new place.
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &PrioritiesPane::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PrioritiesPane::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PrioritiesPane::updateButtons);

    if (m_model->rowCount() > 0)
        m_list->selectRow(0);
    onCurrentChanged();
    setReadOnly(context.file.isReadOnly());
}

PrioritiesPane::~PrioritiesPane()
{
    // The file is still open here (the shell closes panes first).
    commitPendingEdits();
}

QWidget* PrioritiesPane::makeRankingTab()
{
    m_list = new QTableView;
    m_list->setObjectName(QStringLiteral("prioritiesTable"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDragDropOverwriteMode(false);
    m_list->setDropIndicatorShown(true);
    m_list->verticalHeader()->hide();
    // One line a priority, elided: a ranking reads down the titles.
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_list->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PrioritiesModel::RankColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PrioritiesModel::TitleColumn, QHeaderView::Stretch);
    const int chars = m_list->fontMetrics().averageCharWidth();
    header->resizeSection(PrioritiesModel::ThemeColumn, chars * 22);
    header->resizeSection(PrioritiesModel::StatusColumn, chars * 16);

    m_add = new QPushButton(tr("Ne&w priority"));
    m_add->setObjectName(QStringLiteral("priorityAdd"));
    m_remove = new QPushButton(tr("&Remove…"));
    m_remove->setObjectName(QStringLiteral("priorityRemove"));
    m_up = new QPushButton(tr("Move &up"));
    m_up->setObjectName(QStringLiteral("priorityUp"));
    m_down = new QPushButton(tr("Move d&own"));
    m_down->setObjectName(QStringLiteral("priorityDown"));
    auto* hint = new QLabel(tr("The most important first. Drag a priority, or use Move up and "
                               "Move down, to change its rank."));
    hint->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &PrioritiesPane::addPriority);
    connect(m_remove, &QPushButton::clicked, this, &PrioritiesPane::removePriority);
    connect(m_up, &QPushButton::clicked, this, [this] { moveBy(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveBy(1); });
    return page;
}

QWidget* PrioritiesPane::makeDetailTabs()
{
    m_detailTabs = new QTabWidget;
    m_detailTabs->setObjectName(QStringLiteral("priorityTabs"));
    m_detailTabs->setDocumentMode(true);
    m_detailTabs->setUsesScrollButtons(true);
    m_detailTabs->setElideMode(Qt::ElideNone);
    m_form = new PriorityForm(m_context);
    auto* scroll = new QScrollArea;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    m_evidence = new EvidencePanel(m_context);
    m_consultations = new ConsultationsPanel(m_context);
    m_detailTabs->addTab(scroll, tr("Priorit&y"));
    m_detailTabs->addTab(m_evidence, tr("Evide&nce"));
    m_detailTabs->addTab(m_consultations, tr("&Consultations"));
    return m_detailTabs;
}

QList<QAction*> PrioritiesPane::viewActions() const
{
    return {m_adoptAction};
}

void PrioritiesPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    m_list->setDragEnabled(!readOnly);
    m_list->setAcceptDrops(!readOnly);
    m_document->setReadOnly(readOnly);
    m_form->setReadOnly(readOnly);
    m_evidence->setReadOnly(readOnly);
    m_consultations->setReadOnly(readOnly);
    m_adoptAction->setEnabled(!readOnly);
    updateButtons();
}

bool PrioritiesPane::showRecord(const QString& table, const QString& id)
{
    PlanRepository& plan = m_context.repositories.plan();
    if (table == QLatin1String("plan_document")) {
        m_leftTabs->setCurrentWidget(m_document);
        return true;
    }
    if (table == QLatin1String("priority_evidence")) {
        const std::optional<PriorityEvidence> e = plan.evidenceById(id);
        if (!e || !showRecord(QStringLiteral("priority"), e->priorityId))
            return false;
        m_detailTabs->setCurrentWidget(m_evidence);
        return m_evidence->select(id);
    }
    if (table == QLatin1String("consultation")) {
        const std::optional<Consultation> c = plan.consultation(id);
        if (!c || !showRecord(QStringLiteral("priority"), c->priorityId))
            return false;
        m_detailTabs->setCurrentWidget(m_consultations);
        return m_consultations->select(id);
    }
    if (table != QLatin1String("priority"))
        return false;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_leftTabs->setCurrentIndex(0);
    m_detailTabs->setCurrentIndex(0);
    m_list->selectRow(row);
    m_list->scrollTo(m_model->index(row, 0));
    return true;
}

QString PrioritiesPane::currentPriorityId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->priority(current.row()).meta.id : QString();
}

void PrioritiesPane::commitPendingEdits()
{
    m_document->commitPendingEdits();
    m_form->commitPendingEdits();
}

void PrioritiesPane::hideEvent(QHideEvent* event)
{
    commitPendingEdits();
    Pane::hideEvent(event);
}

void PrioritiesPane::recordAdoption()
{
    if (m_readOnly)
        return;
    commitPendingEdits();
    AdoptionDialog dialog(m_context.repositories.plan(), this);
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return;
    showMessage(
        FileEdits::push(m_context, {new AdoptPlanCommand(m_context.repositories, dialog.date())}));
}

void PrioritiesPane::addPriority()
{
    if (m_readOnly)
        return;
    Priority priority;
    priority.title = tr("New priority");
    // Last: after the highest rank, whatever gaps another program left in the ranks.
    for (int row = 0; row < m_model->rowCount(); ++row)
        priority.rank = std::max(priority.rank, m_model->priority(row).rank);
    ++priority.rank;
    auto* command = new AddPriority(&m_context.file, m_context.repositories.plan(), priority,
                                    tr("Add a priority"));
    const QString failure = FileEdits::push(m_context, {command});
    showMessage(failure);
    if (!failure.isEmpty())
        return;
    showRecord(QStringLiteral("priority"), command->record().meta.id);
    // The officer names it first.
    m_form->focusTitle();
}

void PrioritiesPane::removePriority()
{
    const std::optional<Priority> priority =
        m_context.repositories.plan().priority(currentPriorityId());
    if (m_readOnly || !priority)
        return;
    const QString id = priority->meta.id;
    const int actions = int(m_context.repositories.actions().actions(id).size());
    const int evidence = int(m_context.repositories.plan().evidence(id).size());
    const int consultations = int(m_context.repositories.plan().consultations(id).size());
    const QString title = TextLimits::shortened(priority->title);
    if (actions + evidence + consultations > 0) {
        const QString text =
            tr("Remove the priority “%1” with what hangs on it: %2, %3 and %4? Edit > Undo "
               "brings them back.")
                .arg(title, tr("%n action(s)", nullptr, actions),
                     tr("%n piece(s) of evidence", nullptr, evidence),
                     tr("%n consultation(s)", nullptr, consultations));
        if (DialogHooks::message(this, QMessageBox::Question, tr("Remove the priority"), text,
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) != QMessageBox::Yes)
            return;
    }
    showMessage(FileEdits::push(
        m_context, {new RemovePriority(&m_context.file, m_context.repositories.plan(), *priority,
                                       tr("Remove the priority “%1”").arg(title))}));
}

void PrioritiesPane::moveBy(int step)
{
    const int row = m_list->currentIndex().row();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    // moveTo places before a row: one further down when moving down.
    m_model->moveTo({row}, step > 0 ? to + 1 : to);
    m_list->setFocus();
}

void PrioritiesPane::onCurrentChanged()
{
    const QString id = currentPriorityId();
    m_form->setPriority(id);
    m_evidence->setPriority(id);
    m_consultations->setPriority(id);
    updateButtons();
}

void PrioritiesPane::updateButtons()
{
    const int row = m_list->currentIndex().row();
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && row >= 0);
    m_up->setEnabled(!m_readOnly && row > 0);
    m_down->setEnabled(!m_readOnly && row >= 0 && row < m_model->rowCount() - 1);
}

void PrioritiesPane::showMessage(const QString& message)
{
    m_message->showMessage(message);
}

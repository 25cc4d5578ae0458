// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholdersPane.h"

#include "StakeholderExporter.h"
#include "StakeholderRecordActions.h"
#include "city/Repositories.h"
#include "common/PersonalDataChoice.h"
#include "detail/ContactsPanel.h"
#include "detail/EngagementLogPanel.h"
#include "detail/RelationsPanel.h"
#include "detail/StakeholderDetailEditor.h"
#include "followups/OverdueFollowUpsDialog.h"
#include "grid/InfluenceGrid.h"
#include "group/StakeholderGroupView.h"
#include "import/StakeholderImportDialog.h"
#include "network/RelationsNetwork.h"
#include "shell/AfterFirstPaint.h"
#include "shell/DialogHooks.h"
#include "shell/MessageBar.h"
#include "storage/CityFile.h"
#include "table/StakeholderFilterBar.h"
#include "table/StakeholderTableColumns.h"
#include "table/StakeholderTableDelegate.h"
#include "table/StakeholderTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString settingsGroup = QStringLiteral("stakeholdersPane");
}

StakeholdersPane::StakeholdersPane(const PaneContext& context, QWidget* parent)
    : Pane(parent), m_context(context),
      m_model(new StakeholderTableModel(context, this,
                                        StakeholderTableModel::Preparation::WhenStarted)),
      m_selection(new QItemSelectionModel(m_model, this)),
      m_actions(new StakeholderRecordActions(context, this)), m_message(new MessageBar(this)),
      m_views(new QTabWidget(this)), m_details(new QTabWidget(this)),
      m_editor(new StakeholderDetailEditor(context, this)),
      m_contacts(new ContactsPanel(context, this)),
      m_grid(new InfluenceGrid(context, m_model, m_selection, this)),
      m_network(new RelationsNetwork(context, m_model, m_selection, this)),
      m_group(new StakeholderGroupView(context, this)),
      m_relations(new RelationsPanel(context, this)),
      m_engagements(new EngagementLogPanel(context, this)),
      m_import(new QAction(tr("&Import from CSV…"), this)),
      m_export(new QAction(tr("E&xport…"), this)),
      m_overdue(new QAction(QIcon::fromTheme(QStringLiteral("appointment-missed")),
                            tr("Overdue follow-ups…"), this))
{
    setObjectName(QStringLiteral("stakeholdersPane"));
    // The table shows a first screenful; the rest is read once the officer sees it.
    new AfterFirstPaint(this, [this] { m_model->startPreparing(); });
    m_views->setObjectName(QStringLiteral("stakeholderViews"));
    m_details->setObjectName(QStringLiteral("stakeholderDetails"));
    m_message->setObjectName(QStringLiteral("stakeholderPaneMessageBar"));
    for (QTabWidget* tabs : {m_views, m_details}) {
        tabs->setDocumentMode(true);
        // Long tab titles (French, Greek) scroll rather than squeeze the pane's minimum width.
        tabs->setUsesScrollButtons(true);
        tabs->setElideMode(Qt::ElideNone);
    }
    m_views->addTab(makeTableTab(), tr("Ta&ble"));
    m_views->addTab(m_grid, tr("&Influence and interest"));
    m_views->addTab(m_network, tr("&Network"));
    m_views->addTab(m_group, tr("Stakeholder &group"));
    addDetailTab(m_editor, tr("&Details"));
    addDetailTab(m_contacts, tr("&Contacts"),
                 QIcon(QStringLiteral(":/passerelle/icons/personal-data.svg")));
    addDetailTab(m_relations, tr("&Relations"));
    addDetailTab(m_engagements, tr("Engage&ments"));
    m_details->setTabToolTip(m_details->indexOf(m_contacts), PersonalDataChoice::hint());

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("stakeholderToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions(m_actions->actions());
    toolbar->addSeparator();
    m_import->setObjectName(QStringLiteral("stakeholderImportAction"));
    m_import->setToolTip(tr("Add or update stakeholders from a spreadsheet saved as CSV"));
    m_export->setObjectName(QStringLiteral("stakeholderExportAction"));
    m_export->setToolTip(tr("Write every stakeholder with their contacts as CSV or Excel"));
    toolbar->addAction(m_import);
    toolbar->addAction(m_export);
    toolbar->addSeparator();
    m_overdue->setObjectName(QStringLiteral("stakeholderOverdueAction"));
    m_overdue->setToolTip(tr("List every follow-up promised for a day already past and not "
                             "logged as done, across stakeholders"));
    toolbar->addAction(m_overdue);
    connect(m_overdue, &QAction::triggered, this, &StakeholdersPane::showOverdueFollowUps);
    connect(m_import, &QAction::triggered, this, [this] {
        StakeholderImportDialog dialog(m_context, this);
        DialogHooks::exec(dialog);
    });
    connect(m_export, &QAction::triggered, this,
            [this] { StakeholderExporter::exportToFile(m_context, this); });
    // Insert and Ctrl+D work anywhere in the pane; Delete only on the views, since in a text
    // field it deletes a character.
    for (QAction* action : {m_actions->addAction(), m_actions->duplicateAction()}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_actions->deleteAction()->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_views->addAction(m_actions->deleteAction());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("stakeholderSplitter"));
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(m_details);
    // The views never vanish; the details fold away when their handle is dragged to the edge.
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, true);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes(m_splitterSizes);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        const QList<int> sizes = m_splitter->sizes();
        if (detailsShown() && sizes.value(1) == 0)
            chooseDetailsShown(false);
        // A width on the way to folding is not one to come back to.
        else if (sizes.value(1) >= m_details->minimumSizeHint().width())
            m_splitterSizes = sizes;
    });
    m_detailsToggle = new QToolButton(m_views);
    m_detailsToggle->setObjectName(QStringLiteral("stakeholderDetailsToggle"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setChecked(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setToolTip(tr("Show or hide the details of the selected stakeholder; "
                                   "hidden, they leave their width to the view"));
    m_views->setCornerWidget(m_detailsToggle, Qt::TopRightCorner);
    connect(m_detailsToggle, &QToolButton::clicked, this, &StakeholdersPane::chooseDetailsShown);
    connect(m_views, &QTabWidget::currentChanged, this, &StakeholdersPane::applyDetailsPreference);
    applyDetailsPreference();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    connect(m_selection, &QItemSelectionModel::selectionChanged, this,
            &StakeholdersPane::onSelectionChanged);
    // A filter change resets the model: the selection survives it when its rows are still shown.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptSelection = selectedIds(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        select(m_keptSelection);
        onSelectionChanged();
    });
    // A renamed stakeholder moves to its place in the order: the table follows it.
    connect(m_model, &QAbstractItemModel::rowsMoved, this, [this] {
        if (m_selection->currentIndex().isValid())
            m_table->scrollTo(m_selection->currentIndex());
    });
    connect(m_model, &StakeholderTableModel::messageChanged, m_message,
            [this](const QString& message) { m_message->showMessage(message); });
    connect(m_actions, &StakeholderRecordActions::messageChanged, m_message,
            [this](const QString& message) { m_message->showMessage(message); });
    connect(m_actions, &StakeholderRecordActions::created, this, [this](const QStringList& ids) {
        m_filterBar->clearFilters();
        select(ids);
        // The name is typed next: into the field in sight, whatever tab was open.
        if (ids.size() == 1) {
            setDetailsShown(true);
            m_details->setCurrentWidget(m_editor);
            m_editor->focusName();
        }
    });
    connect(m_editor, &StakeholderDetailEditor::openStakeholder, this,
            &StakeholdersPane::stakeholderActivated);
    connect(this, &StakeholdersPane::currentStakeholderChanged, m_contacts,
            &ContactsPanel::setStakeholder);
    connect(this, &StakeholdersPane::currentStakeholderChanged, m_relations,
            &RelationsPanel::setStakeholder);
    connect(this, &StakeholdersPane::currentStakeholderChanged, m_engagements,
            &EngagementLogPanel::setStakeholder);
    connect(m_network, &RelationsNetwork::stakeholderActivated, this,
            &StakeholdersPane::stakeholderActivated);
    connect(m_grid, &InfluenceGrid::stakeholderActivated, this,
            &StakeholdersPane::stakeholderActivated);
    connect(m_group, &StakeholderGroupView::stakeholderActivated, this,
            &StakeholdersPane::stakeholderActivated);
    setReadOnly(context.file.isReadOnly());
}

StakeholdersPane::~StakeholdersPane()
{
    // The file is still open here (the shell closes panes first): notes typed just before
    // closing must reach it.
    m_editor->commitPending();
}

QList<QAction*> StakeholdersPane::viewActions() const
{
    return {};
}

bool StakeholdersPane::focusFilter()
{
    m_views->setCurrentIndex(m_views->indexOf(m_table->parentWidget()));
    m_filterBar->searchBox()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchBox()->selectAll();
    return true;
}

void StakeholdersPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_actions->setReadOnly(readOnly);
    m_editor->setReadOnly(readOnly);
    m_contacts->setReadOnly(readOnly);
    m_grid->setReadOnly(readOnly);
    m_network->setReadOnly(readOnly);
    m_group->setReadOnly(readOnly);
    m_relations->setReadOnly(readOnly);
    m_import->setEnabled(!readOnly);
    m_engagements->setReadOnly(readOnly);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked |
                                            QAbstractItemView::EditKeyPressed);
}

QStringList StakeholdersPane::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_selection->selectedRows())
        ids << index.data(StakeholderTableModel::IdRole).toString();
    return ids;
}

void StakeholdersPane::stakeholderActivated(const QString& id)
{
    if (m_model->rowOf(id) < 0)
        m_filterBar->clearFilters();
    select({id});
    // What the officer asked to see, shown whatever the details were left as (not remembered).
    setDetailsShown(true);
    m_details->setCurrentWidget(m_editor);
}

bool StakeholdersPane::detailsShown() const
{
    return !m_details->isHidden();
}

QString StakeholdersPane::detailsSettingsKey() const
{
    // The pictures (the group, the network) need the width: each keeps its own choice.
    if (m_views->currentWidget() == m_group)
        return QStringLiteral("detailsHiddenOnGroup");
    if (m_views->currentWidget() == m_network)
        return QStringLiteral("detailsHiddenOnNetwork");
    return QStringLiteral("detailsHidden");
}

void StakeholdersPane::chooseDetailsShown(bool shown)
{
    setDetailsShown(shown);
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(detailsSettingsKey(), !shown);
}

void StakeholdersPane::applyDetailsPreference()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const bool onPicture =
        m_views->currentWidget() == m_group || m_views->currentWidget() == m_network;
    setDetailsShown(!settings.value(detailsSettingsKey(), onPicture).toBool());
}

void StakeholdersPane::setDetailsShown(bool shown)
{
    if (shown != detailsShown()) {
        if (!shown) {
            const QList<int> sizes = m_splitter->sizes();
            if (sizes.value(0) > 0 && sizes.value(1) >= m_details->minimumSizeHint().width())
                m_splitterSizes = sizes;
        }
        m_details->setVisible(shown);
        if (shown)
            m_splitter->setSizes(m_splitterSizes);
    }
    const QSignalBlocker blocker(m_detailsToggle);
    m_detailsToggle->setChecked(shown);
    // The arrow points where the details go: to the edge when hiding, back when showing.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    m_detailsToggle->setIcon(
        style()->standardIcon(shown != rtl ? QStyle::SP_ArrowRight : QStyle::SP_ArrowLeft));
    m_detailsToggle->setText(shown ? tr("Hide details") : tr("Show details"));
}

bool StakeholdersPane::showRecord(const QString& table, const QString& id)
{
    if (table != QLatin1String("stakeholder") || id.isEmpty())
        return false;
    stakeholderActivated(id);
    if (m_model->rowOf(id) < 0)
        return false;
    m_views->setCurrentIndex(0);
    return true;
}

void StakeholdersPane::showOverdueFollowUps()
{
    OverdueFollowUpsDialog dialog(m_context.repositories, QDate::currentDate(), this);
    if (DialogHooks::exec(dialog) != QDialog::Accepted || dialog.chosenStakeholderId().isEmpty())
        return;
    // Where the follow-up is logged as done: the stakeholder's engagements, the one owed shown.
    stakeholderActivated(dialog.chosenStakeholderId());
    m_details->setCurrentWidget(m_engagements);
    m_engagements->selectEngagement(dialog.chosenEngagementId());
}

void StakeholdersPane::hideEvent(QHideEvent* event)
{
    m_editor->commitPending();
    Pane::hideEvent(event);
}

QWidget* StakeholdersPane::makeTableTab()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("stakeholderTableTab"));
    m_filterBar = new StakeholderFilterBar(m_model, page);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("stakeholderTable"));
    m_table->setModel(m_model);
    m_table->setSelectionModel(m_selection);
    m_table->setItemDelegate(new StakeholderTableDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    // Widths and hidden columns as the officer left them, or defaults that fit a laptop.
    m_columns = new StakeholderTableColumns(m_table, this);
    m_columns->restore();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    // The rows come in the reader's name order until the officer sorts: no indicator at first.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, m_model, &StakeholderTableModel::sort);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    return page;
}

void StakeholdersPane::addDetailTab(QWidget* panel, const QString& title, const QIcon& icon)
{
    m_details->addTab(panel, icon, title);
}

void StakeholdersPane::select(const QStringList& ids)
{
    QItemSelection selection;
    for (const QString& id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0),
                             m_model->index(row, StakeholderTableModel::ColumnCount - 1));
    }
    m_selection->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty()) {
        const QModelIndex first = selection.first().topLeft();
        m_selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
}

void StakeholdersPane::onSelectionChanged()
{
    const QStringList ids = selectedIds();
    m_actions->setSelection(ids);
    m_editor->setStakeholders(ids);
    emit currentStakeholderChanged(ids.size() == 1 ? ids.first() : QString());
}

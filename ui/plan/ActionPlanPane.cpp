// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionPlanPane.h"
#include "common/NumberText.h"

#include "PlanHeadline.h"
#include "PlanRoles.h"
#include "PlanTreeModel.h"
#include "city/Repositories.h"
#include "common/Money.h"
#include "common/ThemeNames.h"
#include "detail/ActionDetails.h"
#include "plan/ActionRepository.h"
#include "shell/RecordNavigator.h"
#include "themes/ThemeRepository.h"
#include "timeline/TimelineView.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

ActionPlanPane::ActionPlanPane(const PaneContext& context, QWidget* parent)
    : Pane(parent), m_context(context)
{
    setObjectName(QStringLiteral("actionPlanPane"));
    Repositories& repos = context.repositories;
    m_model = new PlanTreeModel(repos.plan(), repos.actions(), repos.stakeholders(), this);
    m_headline = new PlanHeadline(this);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // 12,000 rows: the view need not measure each
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // rows line up with the timeline
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PlanTreeModel::TitleColumn, QHeaderView::Interactive);
    // Columns as wide as their longest usual text in this language, measured once: measuring
    // 12,000 rows to fit them would cost more than the whole pane.
    const QFontMetrics metrics(m_tree->font());
    const auto width = [&](int column, const QStringList& samples) {
        int widest =
            metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString& sample : samples)
            widest = std::max(widest, metrics.horizontalAdvance(sample));
        m_tree->setColumnWidth(column, widest + 3 * metrics.averageCharWidth());
    };
    m_tree->setColumnWidth(PlanTreeModel::TitleColumn, 36 * metrics.averageCharWidth());
    width(PlanTreeModel::ProgressColumn, {NumberText::percent(1.0)});
    width(PlanTreeModel::LateColumn, {PlanTreeModel::tr("%n late", nullptr, 10)});
    width(PlanTreeModel::BudgetColumn, {PlanTreeModel::tr("%1 of %2")
                                            .arg(Money::format(99999900, QStringLiteral("EUR")),
                                                 Money::format(99999900, QStringLiteral("EUR")))});
    m_tree->expandAll();
    m_timeline = new TimelineView(m_tree, this);
    m_timeline->setObjectName(QStringLiteral("planTimeline"));
    // By year, the months around today fit beside the tree (showEvent centres today).
    m_timeline->setZoom(TimelineView::Zoom::Year);
    auto* splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("planSplitter"));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_timeline);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({620, 560}); // the tree's title and rollups; the rest for the timeline

    // Under the tree and the timeline, the selected action's budget and progress log.
    m_details = new ActionDetails(context, this);
    auto* vertical = m_vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("planDetailsSplitter"));
    vertical->addWidget(splitter);
    vertical->addWidget(m_details);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(makeFilters());
    layout->addWidget(makeButtons());
    layout->addWidget(vertical, 1);

    // Zoom, also in the View menu while the pane shows.
    auto* zooms = new QActionGroup(this);
    const QList<std::pair<QString, TimelineView::Zoom>> levels = {
        {tr("Timeline by &month"), TimelineView::Zoom::Month},
        {tr("Timeline by &quarter"), TimelineView::Zoom::Quarter},
        {tr("Timeline by &year"), TimelineView::Zoom::Year}};
    for (const auto& [text, zoom] : levels) {
        QAction* action = zooms->addAction(text);
        action->setCheckable(true);
        action->setChecked(zoom == m_timeline->zoom());
        connect(action, &QAction::triggered, this, [this, z = zoom] { m_timeline->setZoom(z); });
        m_zoomActions << action;
    }
    connect(m_timeline, &TimelineView::zoomChanged, this,
            [this](TimelineView::Zoom zoom) { m_zoomActions.at(int(zoom))->setChecked(true); });

    // A drag is an undo step of its own (session 0); key presses in a row merge.
    connect(m_timeline, &TimelineView::datesEdited, this,
            [this](const QModelIndex& index, const QDate& start, const QDate& end) {
                moveDates(index, start, end, 0);
            });
    connect(m_timeline, &TimelineView::dueDateEdited, this,
            [this](const QModelIndex& index, const QDate& due) { moveDue(index, due, 0); });
    connect(m_timeline, &TimelineView::datesStepped, this, &ActionPlanPane::moveDates);
    connect(m_timeline, &TimelineView::dueDateStepped, this, &ActionPlanPane::moveDue);
    connect(m_model, &PlanTreeModel::rollupsChanged, this, &ActionPlanPane::updateHeadline);
    // The plan reads as a whole: a reloaded tree opens fully, and so does every row added (an
    // action with its milestones, a priority shown again when a filter is lifted).
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        fillFilters();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex& parent, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_tree->expandRecursively(m_model->index(row, 0, parent));
                scheduleFillFilters();
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActionPlanPane::scheduleFillFilters);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ActionPlanPane::updateButtons);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        // A milestone's row shows its action's details.
        QModelIndex index = current();
        if (m_model->kindAt(index) == PlanRoles::MilestoneRow)
            index = index.parent();
        m_details->setAction(m_model->kindAt(index) == PlanRoles::ActionRow ? m_model->idAt(index)
                                                                            : QString());
    });
    connect(m_tree, &QTreeView::doubleClicked, this, [this] { editSelected(); });
    fillFilters();
    updateHeadline();
    updateButtons();
}

QWidget* ActionPlanPane::makeFilters()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto combo = [&](const char* name, const QString& label) {
        auto* box = new QComboBox(bar);
        box->setObjectName(QLatin1String(name));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
        auto* caption = new QLabel(label, bar);
        caption->setBuddy(box);
        row->addWidget(caption);
        row->addWidget(box, 1);
        connect(box, &QComboBox::activated, this, &ActionPlanPane::applyFilter);
        return box;
    };
    m_status = combo("planStatusFilter", tr("&Status:"));
    m_lead = combo("planLeadFilter", tr("&Lead:"));
    m_theme = combo("planThemeFilter", tr("The&me:"));
    m_source = combo("planSourceFilter", tr("F&unding:"));
    m_late = new QCheckBox(tr("Late &only"), bar);
    m_late->setObjectName(QStringLiteral("planLateFilter"));
    connect(m_late, &QCheckBox::toggled, this, &ActionPlanPane::applyFilter);
    row->addWidget(m_late);
    return bar;
}

QWidget* ActionPlanPane::makeButtons()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto button = [&](const char* name, const QString& text, void (ActionPlanPane::*slot)()) {
        auto* b = new QPushButton(text, bar);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    m_addAction = button("planAddAction", tr("Add &action…"), &ActionPlanPane::addAction);
    m_addMilestone =
        button("planAddMilestone", tr("Add milesto&ne…"), &ActionPlanPane::addMilestone);
    m_edit = button("planEdit", tr("Ed&it…"), &ActionPlanPane::editSelected);
    m_done = button("planMarkDone", tr("Mar&k done"), &ActionPlanPane::markDone);
    m_remove = button("planRemove", tr("&Remove"), &ActionPlanPane::removeSelected);
    m_showLead = button("planShowLead", tr("Sho&w the lead on the map"), &ActionPlanPane::showLead);
    row->addStretch(1);
    auto* today = new QPushButton(tr("&Today"), bar);
    today->setObjectName(QStringLiteral("planToday"));
    connect(today, &QPushButton::clicked, this, [this] { m_timeline->scrollToToday(); });
    row->addWidget(today);
    return bar;
}

void ActionPlanPane::fillFilters()
{
    // The choices are what the plan uses; a choice still made stays chosen.
    const auto refill = [](QComboBox* box, const QString& all,
                           const QList<std::pair<QString, QVariant>>& items) {
        const QVariant chosen = box->currentData();
        QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QVariant());
        for (const auto& [text, data] : items)
            box->addItem(text, data);
        const int at = box->findData(chosen);
        box->setCurrentIndex(at < 0 ? 0 : at);
    };
    QList<std::pair<QString, QVariant>> statuses;
    for (Action::Status s : Action::statuses())
        statuses.append({Action::label(s), int(s)});
    refill(m_status, tr("Any status"), statuses);
    QList<std::pair<QString, QVariant>> leads;
    for (const QString& id : m_model->leadIds())
        leads.append({m_model->stakeholderName(id), id});
    std::sort(leads.begin(), leads.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    refill(m_lead, tr("Any lead"), leads);
    ThemeNames themes(m_context.repositories.themes());
    QList<std::pair<QString, QVariant>> themeItems;
    for (const QString& id : themes.ids())
        themeItems.append({themes.name(id), id});
    refill(m_theme, tr("Any theme"), themeItems);
    QList<std::pair<QString, QVariant>> sources;
    for (const QString& source : m_model->fundingSources())
        sources.append({source, source});
    refill(m_source, tr("Any funding source"), sources);
}

void ActionPlanPane::scheduleFillFilters()
{
    if (m_fillScheduled)
        return;
    m_fillScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_fillScheduled = false;
            fillFilters();
        },
        Qt::QueuedConnection);
}

void ActionPlanPane::applyFilter()
{
    PlanTreeModel::Filter filter;
    if (m_status->currentData().isValid())
        filter.statuses.insert(Action::Status(m_status->currentData().toInt()));
    filter.leadId = m_lead->currentData().toString();
    filter.themeId = m_theme->currentData().toString();
    filter.fundingSource = m_source->currentData().toString();
    filter.lateOnly = m_late->isChecked();
    m_model->setFilter(filter);
}

void ActionPlanPane::updateHeadline()
{
    m_headline->showRollup(m_model->rollups().whole(), m_model->plan().document.isAdopted());
}

QModelIndex ActionPlanPane::current() const
{
    return m_tree->selectionModel()->currentIndex().siblingAtColumn(0);
}

void ActionPlanPane::select(const QString& id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return;
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
}

void ActionPlanPane::updateButtons()
{
    const QModelIndex index = current();
    const int kind = m_model->kindAt(index);
    const bool editable = !m_readOnly;
    m_addAction->setEnabled(editable && index.isValid());
    m_addMilestone->setEnabled(editable && kind >= PlanRoles::ActionRow);
    m_edit->setEnabled(editable && kind >= PlanRoles::ActionRow);
    m_done->setEnabled(editable && kind >= PlanRoles::ActionRow);
    m_remove->setEnabled(editable && kind >= PlanRoles::ActionRow);
    const std::optional<Action> action = m_model->actionAt(index);
    m_showLead->setEnabled(m_context.navigator && action && !action->leadId.isEmpty());
}

void ActionPlanPane::showLead()
{
    const std::optional<Action> action = m_model->actionAt(current());
    if (m_context.navigator && action && !action->leadId.isEmpty())
        m_context.navigator->showRecord(QStringLiteral("stakeholder"), action->leadId);
}

void ActionPlanPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_timeline->setReadOnly(readOnly);
    m_details->setReadOnly(readOnly);
    updateButtons();
}

bool ActionPlanPane::showRecord(const QString& table, const QString& id)
{
    if (table != QLatin1String("action") && table != QLatin1String("milestone"))
        return false;
    if (!m_model->indexOf(id).isValid())
        m_model->setFilter({}); // a filter hid it: show the whole plan again
    fillFilters();
    m_late->setChecked(false);
    select(id);
    return m_model->indexOf(id).isValid();
}

void ActionPlanPane::showEvent(QShowEvent* event)
{
    Pane::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // The tree as wide as its title and rollups, if the window allows it; the timeline the rest.
    int wanted = m_tree->verticalScrollBar()->sizeHint().width() + 2 * m_tree->frameWidth();
    for (int column = 0; column <= PlanTreeModel::BudgetColumn; ++column)
        wanted += m_tree->columnWidth(column);
    const int total = m_splitter->width();
    const int tree = std::min(wanted, total * 3 / 5);
    m_splitter->setSizes({tree, total - tree});
    // The plan first: the details a quarter of the height (a budget line or two, the log's
    // latest entries), more only if they cannot fit in it.
    const int height = m_vertical->height();
    const int details = std::max(m_details->minimumSizeHint().height(), height / 4);
    m_vertical->setSizes({height - details, details});
    // Once laid out: the timeline's width is known only now.
    QMetaObject::invokeMethod(m_timeline, &TimelineView::scrollToToday, Qt::QueuedConnection);
}

QList<QAction*> ActionPlanPane::viewActions() const
{
    return m_zoomActions;
}

void ActionPlanPane::setToday(const QDate& today)
{
    m_model->setToday(today);
    m_timeline->setToday(today);
    m_details->setToday(today);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistsPane.h"

#include "AnswerPanel.h"
#include "AnswerView.h"
#include "AnswersModel.h"
#include "AreaScoresModel.h"
#include "GapsModel.h"
#include "RoundDialog.h"
#include "ScoresTab.h"
#include "checklists/ChecklistRepository.h"
#include "city/Repositories.h"
#include "commands/NewRoundCommand.h"
#include "commands/PriorityFromGapCommand.h"
#include "commands/RecordCommands.h"
#include "common/DateText.h"
#include "common/TextLimits.h"
#include "shell/DialogHooks.h"
#include "shell/FileEdits.h"
#include "shell/RecordNavigator.h"
#include "storage/CityFile.h"
#include "template/TemplateEditor.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
using RoundEdit = EditRecordCommand<ChecklistRepository, AssessmentRound>;
using RoundRemoval = RemoveRecordCommand<ChecklistRepository, AssessmentRound>;
} // namespace

ChecklistsPane::ChecklistsPane(const PaneContext& context, QWidget* parent)
    : Pane(parent), m_context(context), m_answers(new AnswersModel(context, this)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("checklistsPane"));
    m_tabs->setObjectName(QStringLiteral("checklistsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);

    QWidget* roundBar = makeRoundBar();
    m_tabs->addTab(makeAnsweringTab(), tr("&Answering"));
    m_scores = new ScoresTab(context.repositories.checklists(), *m_answers, m_tabs);
    m_tabs->addTab(m_scores, tr("Sc&ores"));
    m_tabs->addTab(makeGapsTab(), tr("&Gaps"));
    m_template = new TemplateEditor(context, m_tabs);
    m_tabs->addTab(m_template, tr("Areas and &items"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(roundBar);
    layout->addWidget(m_tabs, 1);

    ChecklistRepository& repo = context.repositories.checklists();
    connect(&repo, &ChecklistRepository::roundAdded, this,
            [this](const AssessmentRound& r) { reloadRounds(r.meta.id); });
    connect(&repo, &ChecklistRepository::roundUpdated, this,
            [this] { reloadRounds(currentRoundId()); });
    connect(&repo, &ChecklistRepository::roundRemoved, this,
            [this] { reloadRounds(currentRoundId()); });
    connect(m_answers, &AnswersModel::answersChanged, this, &ChecklistsPane::updateProgress);

    reloadRounds({});
    setReadOnly(context.file.isReadOnly());
}

ChecklistsPane::~ChecklistsPane()
{
    commitPendingEdits();
}

QWidget* ChecklistsPane::makeRoundBar()
{
    auto* bar = new QWidget(this);
    m_rounds = new QComboBox(bar);
    m_rounds->setObjectName(QStringLiteral("roundPicker"));
    m_rounds->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* label = new QLabel(tr("&Round:"), bar);
    label->setBuddy(m_rounds);
    m_new = new QPushButton(tr("&New round\u2026"), bar);
    m_new->setObjectName(QStringLiteral("newRound"));
    m_edit = new QPushButton(tr("Edit ro&und\u2026"), bar);
    m_edit->setObjectName(QStringLiteral("editRound"));
    m_delete = new QPushButton(tr("&Delete round\u2026"), bar);
    m_delete->setObjectName(QStringLiteral("deleteRound"));
    m_progress = new QLabel(bar);
    m_progress->setObjectName(QStringLiteral("roundProgress"));

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_rounds);
    layout->addWidget(m_new);
    layout->addWidget(m_edit);
    layout->addWidget(m_delete);
    layout->addSpacing(12);
    layout->addWidget(m_progress, 1);

    connect(m_rounds, &QComboBox::currentIndexChanged, this, &ChecklistsPane::onRoundPicked);
    connect(m_new, &QPushButton::clicked, this, &ChecklistsPane::newRound);
    connect(m_edit, &QPushButton::clicked, this, &ChecklistsPane::editRound);
    connect(m_delete, &QPushButton::clicked, this, &ChecklistsPane::deleteRound);
    return bar;
}

QWidget* ChecklistsPane::makeAnsweringTab()
{
    m_view = new AnswerView;
    m_view->setObjectName(QStringLiteral("answerView"));
    m_view->setAnswersModel(m_answers);
    m_view->horizontalHeader()->setSectionResizeMode(AnswersModel::StatementColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    // The panel shows evidence and who answered; the grid keeps to the statement and answer.
    for (int c = AnswersModel::EvidenceColumn; c < AnswersModel::ColumnCount; ++c)
        m_view->hideColumn(c);
    m_view->horizontalHeader()->setSectionResizeMode(AnswersModel::AnswerColumn,
                                                     QHeaderView::ResizeToContents);

    m_nextUnanswered = new QPushButton(tr("Ne&xt unanswered item"));
    m_nextUnanswered->setObjectName(QStringLiteral("nextUnanswered"));
    auto* hint = new QLabel(tr("Keys: 1 met, 2 partly met, 3 not met, 4 unknown, 5 not "
                               "applicable; the arrows move, Enter edits the evidence."));
    hint->setWordWrap(true);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(hint, 1);
    row->addWidget(m_nextUnanswered);
    leftLayout->addLayout(row);

    m_panel = new AnswerPanel(*m_answers);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_panel);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("answeringTab"));
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_panel->setCurrentRow(current.row()); });
    connect(m_nextUnanswered, &QPushButton::clicked, this, &ChecklistsPane::goToNextUnanswered);
    return splitter;
}

QWidget* ChecklistsPane::makeGapsTab()
{
    m_gaps = new GapsModel(*m_answers, m_context.repositories.themes(), this);
    m_gapsView = new QTableView;
    m_gapsView->setObjectName(QStringLiteral("gapsTable"));
    m_gapsView->setModel(m_gaps);
    m_gapsView->setSortingEnabled(true);
    m_gapsView->sortByColumn(GapsModel::AreaColumn, Qt::AscendingOrder);
    m_gapsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gapsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gapsView->setWordWrap(true);
    m_gapsView->verticalHeader()->hide();
    // The statement is what the officer reads: it takes the width. Area and theme names are
    // short words or get wrapped.
    QHeaderView* header = m_gapsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(GapsModel::ItemColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(GapsModel::AnswerColumn, QHeaderView::ResizeToContents);
    // Two lines a row: with the width, a statement fits in them; the evidence shows its
    // beginning, whole in its tooltip.
    m_gapsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_gapsView->verticalHeader()->setDefaultSectionSize(
        2 * m_gapsView->fontMetrics().lineSpacing() + 8);
    const auto fitNames = [this] {
        const int chars = m_gapsView->fontMetrics().averageCharWidth();
        for (const auto& [column, most] : {std::pair{int(GapsModel::AreaColumn), 16},
                                           std::pair{int(GapsModel::ThemeColumn), 20}})
            m_gapsView->setColumnWidth(
                column,
                std::min(static_cast<QAbstractItemView*>(m_gapsView)->sizeHintForColumn(column),
                         most * chars));
        m_gapsView->setColumnWidth(GapsModel::EvidenceColumn, 32 * chars);
    };
    fitNames();
    connect(m_gaps, &QAbstractItemModel::modelReset, this, fitNames);
    connect(m_gapsView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        showItem(index.data(GapsModel::ItemIdRole).toString());
    });
    auto* intro = new QLabel(tr("The items of the round answered not met or partly met: where "
                                "the city's priorities can start. Double-click one to see it in "
                                "the Answering tab."));
    intro->setWordWrap(true);

    m_makePriority = new QPushButton(tr("Make a &priority from this gap"));
    m_makePriority->setObjectName(QStringLiteral("makePriority"));
    m_makePriority->setToolTip(tr("A draft priority with the gap's theme, a rationale naming "
                                  "the item and its answer, and the item as its evidence"));
    // The same in the table's context menu, for a right-click on the gap.
    auto* makeAction = new QAction(m_makePriority->text().remove(QLatin1Char('&')), m_gapsView);
    makeAction->setObjectName(QStringLiteral("makePriorityAction"));
    m_gapsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_gapsView->addAction(makeAction);
    connect(m_makePriority, &QPushButton::clicked, this, &ChecklistsPane::makePriorityFromGap);
    connect(makeAction, &QAction::triggered, this, &ChecklistsPane::makePriorityFromGap);
    connect(m_gapsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChecklistsPane::updateActions);
    connect(m_gaps, &QAbstractItemModel::modelReset, this, &ChecklistsPane::updateActions);
    connect(m_gaps, &QAbstractItemModel::rowsRemoved, this, &ChecklistsPane::updateActions);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_makePriority);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_gapsView, 1);
    layout->addLayout(row);
    return page;
}

QString ChecklistsPane::currentRoundId() const
{
    return m_answers->roundId();
}

bool ChecklistsPane::showRound(const QString& roundId)
{
    const int index = m_rounds->findData(roundId);
    if (index < 0)
        return false;
    m_rounds->setCurrentIndex(index);
    return true;
}

bool ChecklistsPane::showRecord(const QString& table, const QString& id)
{
    if (table != QLatin1String("checklist_item"))
        return false;
    const std::optional<AssessmentRound> latest = m_context.repositories.checklists().latestRound();
    if (!latest || !showRound(latest->meta.id) || m_answers->rowOfItem(id) < 0)
        return false;
    showItem(id);
    return true;
}

void ChecklistsPane::showItem(const QString& itemId)
{
    const int row = m_answers->rowOfItem(itemId);
    if (row < 0)
        return;
    m_tabs->setCurrentIndex(0);
    m_view->setCurrentIndex(m_answers->index(row, AnswersModel::AnswerColumn));
    m_view->scrollTo(m_view->currentIndex());
    m_view->setFocus();
}

void ChecklistsPane::reloadRounds(const QString& select)
{
    const QList<AssessmentRound> rounds = m_context.repositories.checklists().rounds();
    {
        const QSignalBlocker blocker(m_rounds);
        m_rounds->clear();
        for (const AssessmentRound& r : rounds) {
            m_rounds->addItem(
                tr("%1 (%2)").arg(TextLimits::shortened(r.label), DateText::shown(r.heldOn)),
                r.meta.id);
        }
        int index = m_rounds->findData(select);
        // The latest round when the one shown went away (deleted, or its creation undone).
        if (index < 0)
            index = m_rounds->count() - 1;
        m_rounds->setCurrentIndex(index);
    }
    const QString id = m_rounds->currentData().toString();
    if (id != m_answers->roundId() || id.isEmpty())
        m_answers->setRound(id);
    updateActions();
    updateProgress();
}

void ChecklistsPane::onRoundPicked(int index)
{
    m_panel->commitPendingEdits();
    m_answers->setRound(index < 0 ? QString() : m_rounds->itemData(index).toString());
    updateActions();
}

void ChecklistsPane::newRound()
{
    ChecklistRepository& repo = m_context.repositories.checklists();
    RoundDialog dialog(repo, m_context.repositories.stakeholders(), std::nullopt, this);
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return;
    const AssessmentRound round = dialog.round();
    m_context.undoStack.push(new NewRoundCommand(&m_context.file, repo, round,
                                                 dialog.copyAnswersFrom(),
                                                 tr("New round \u201c%1\u201d").arg(round.label)));
}

void ChecklistsPane::editRound()
{
    ChecklistRepository& repo = m_context.repositories.checklists();
    const std::optional<AssessmentRound> before = repo.round(currentRoundId());
    if (!before)
        return;
    RoundDialog dialog(repo, m_context.repositories.stakeholders(), before, this);
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return;
    const AssessmentRound after = dialog.round();
    if (after == *before)
        return;
    m_context.undoStack.push(new RoundEdit(&m_context.file, repo, *before, after,
                                           tr("Edit round \u201c%1\u201d").arg(after.label)));
}

void ChecklistsPane::deleteRound()
{
    ChecklistRepository& repo = m_context.repositories.checklists();
    const std::optional<AssessmentRound> round = repo.round(currentRoundId());
    if (!round)
        return;
    const int answers = int(repo.answers(round->meta.id).size());
    const QString text =
        answers == 0
            ? tr("Delete the round \u201c%1\u201d? It has no answers yet.").arg(round->label)
            : tr("Delete the round \u201c%1\u201d and the %n answer(s) given in it? Edit > Undo "
                 "brings them back.",
                 nullptr, answers)
                  .arg(round->label);
    if (DialogHooks::message(this, QMessageBox::Question, tr("Delete the round"), text,
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    m_context.undoStack.push(new RoundRemoval(&m_context.file, repo, *round,
                                              tr("Delete round \u201c%1\u201d").arg(round->label)));
}

void ChecklistsPane::goToNextUnanswered()
{
    const int rows = m_answers->rowCount();
    const int start = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    for (int step = 1; step <= rows; ++step) {
        const int row = (start + step) % rows;
        if (m_answers->itemAt(row) && !m_answers->answerFor(m_answers->itemAt(row)->meta.id)) {
            m_view->setCurrentIndex(m_answers->index(row, AnswersModel::AnswerColumn));
            m_view->scrollTo(m_view->currentIndex());
            m_view->setFocus();
            return;
        }
    }
}

void ChecklistsPane::updateProgress()
{
    if (!m_answers->round()) {
        m_progress->setText(m_rounds->count() == 0
                                ? tr("No assessment round yet: start one with New round.")
                                : QString());
        m_nextUnanswered->setEnabled(false);
        return;
    }
    const Scoring::Counts& counts = m_scores->scoresModel()->current().overallCounts;
    const int active = counts.active();
    const int answered = active - counts.unanswered;
    m_progress->setText(tr("%1 of %2 items answered").arg(answered).arg(active));
    m_nextUnanswered->setEnabled(answered < active);
}

void ChecklistsPane::updateActions()
{
    const bool hasRound = m_answers->round().has_value();
    m_new->setEnabled(!m_readOnly);
    m_edit->setEnabled(!m_readOnly && hasRound);
    m_delete->setEnabled(!m_readOnly && hasRound);
    m_rounds->setEnabled(m_rounds->count() > 0);
    if (m_makePriority) {
        const bool gapSelected = m_gapsView->selectionModel()->hasSelection();
        m_makePriority->setEnabled(!m_readOnly && hasRound && gapSelected);
        for (QAction* action : m_gapsView->actions())
            action->setEnabled(m_makePriority->isEnabled());
    }
}

void ChecklistsPane::makePriorityFromGap()
{
    const QModelIndexList rows = m_gapsView->selectionModel()->selectedRows();
    const std::optional<AssessmentRound>& round = m_answers->round();
    if (m_readOnly || rows.isEmpty() || !round)
        return;
    auto* command = new PriorityFromGapCommand(&m_context.file, m_context.repositories.plan(),
                                               *round, m_gaps->gap(rows.first().row()));
    // A refusal is shown by the window, which hears every write the file refuses.
    if (!FileEdits::push(m_context, {command}).isEmpty())
        return;
    // Still on the stack: a refused command is the only kind the stack deletes at once.
    if (m_context.navigator)
        m_context.navigator->showRecord(QStringLiteral("priority"), command->priority().meta.id);
}

void ChecklistsPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_answers->setReadOnly(readOnly);
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked |
                                           QAbstractItemView::EditKeyPressed);
    m_panel->setReadOnly(readOnly);
    m_template->setReadOnly(readOnly);
    updateActions();
}

void ChecklistsPane::commitPendingEdits()
{
    if (m_panel)
        m_panel->commitPendingEdits();
}

void ChecklistsPane::hideEvent(QHideEvent* event)
{
    commitPendingEdits();
    Pane::hideEvent(event);
}

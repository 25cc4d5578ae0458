// SPDX-License-Identifier: GPL-3.0-or-later
// The action plan pane's edits: each an undoable command on the file's undo stack, stored when
// made; a refused one is reported by the shell (EditCommand) and leaves the plan as it was.
#include "ActionDialog.h"
#include "ActionPlanPane.h"
#include "MilestoneDialog.h"
#include "PlanRoles.h"
#include "PlanTreeModel.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "commands/StepEditCommand.h"
#include "plan/ActionRepository.h"
#include "shell/DialogHooks.h"
#include "storage/CityFile.h"
#include "timeline/TimelineView.h"

#include <QUndoStack>

namespace {
using ActionAdd = AddRecordCommand<ActionRepository, Action>;
using ActionEdit = EditRecordCommand<ActionRepository, Action>;
using ActionRemove = RemoveRecordCommand<ActionRepository, Action>;
using MilestoneAdd = AddRecordCommand<ActionRepository, Milestone>;
using MilestoneEdit = EditRecordCommand<ActionRepository, Milestone>;
using MilestoneRemove = RemoveRecordCommand<ActionRepository, Milestone>;
using ActionStep = StepEditCommand<ActionRepository, Action>;
using MilestoneStep = StepEditCommand<ActionRepository, Milestone>;
} // namespace

void ActionPlanPane::addAction()
{
    const QString priorityId = m_model->priorityIdAt(current());
    if (priorityId.isEmpty())
        return;
    Action action;
    action.priorityId = priorityId;
    // After the priority's other actions.
    for (const Action& a : m_model->plan().actions) {
        if (a.priorityId == priorityId)
            action.position = std::max(action.position, a.position + 1);
    }
    ActionDialog dialog(action, m_context.repositories.stakeholders(), this);
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return;
    auto* command = new ActionAdd(&m_context.file, m_context.repositories.actions(),
                                  dialog.action(), tr("Add action"));
    m_context.undoStack.push(command);
    select(command->record().meta.id);
}

void ActionPlanPane::addMilestone()
{
    const QModelIndex index = current();
    std::optional<Action> action = m_model->actionAt(index);
    if (!action) {
        if (m_model->milestoneAt(index))
            action = m_model->actionAt(index.parent());
    }
    if (!action)
        return;
    Milestone milestone;
    milestone.actionId = action->meta.id;
    milestone.dueDate = action->endDate.isValid() ? action->endDate : m_timeline->today();
    MilestoneDialog dialog(milestone, action->startDate, action->endDate, this);
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return;
    auto* command = new MilestoneAdd(&m_context.file, m_context.repositories.actions(),
                                     dialog.milestone(), tr("Add milestone"));
    m_context.undoStack.push(command);
    select(command->record().meta.id);
}

void ActionPlanPane::editSelected()
{
    if (m_readOnly)
        return;
    const QModelIndex index = current();
    ActionRepository& actions = m_context.repositories.actions();
    if (const std::optional<Action> action = m_model->actionAt(index)) {
        ActionDialog dialog(*action, m_context.repositories.stakeholders(), this);
        if (DialogHooks::exec(dialog) != QDialog::Accepted || dialog.action() == *action)
            return;
        m_context.undoStack.push(
            new ActionEdit(&m_context.file, actions, *action, dialog.action(), tr("Edit action")));
    } else if (const std::optional<Milestone> milestone = m_model->milestoneAt(index)) {
        const std::optional<Action> owner = m_model->actionAt(index.parent());
        MilestoneDialog dialog(*milestone, owner ? owner->startDate : QDate(),
                               owner ? owner->endDate : QDate(), this);
        if (DialogHooks::exec(dialog) != QDialog::Accepted || dialog.milestone() == *milestone)
            return;
        m_context.undoStack.push(new MilestoneEdit(&m_context.file, actions, *milestone,
                                                   dialog.milestone(), tr("Edit milestone")));
    }
}

void ActionPlanPane::markDone()
{
    const QModelIndex index = current();
    ActionRepository& actions = m_context.repositories.actions();
    const QDate today = m_model->today();
    if (const std::optional<Action> action = m_model->actionAt(index)) {
        Action done = *action;
        done.status = Action::Status::Done;
        if (done == *action)
            return;
        m_context.undoStack.push(
            new ActionEdit(&m_context.file, actions, *action, done, tr("Mark action done")));
    } else if (const std::optional<Milestone> milestone = m_model->milestoneAt(index)) {
        if (milestone->isDone())
            return;
        Milestone done = *milestone;
        done.doneOn = today;
        m_context.undoStack.push(new MilestoneEdit(&m_context.file, actions, *milestone, done,
                                                   tr("Mark milestone done")));
    }
}

void ActionPlanPane::removeSelected()
{
    const QModelIndex index = current();
    ActionRepository& actions = m_context.repositories.actions();
    if (const std::optional<Action> action = m_model->actionAt(index)) {
        const int milestones = m_model->rowCount(index);
        if (milestones > 0 &&
            DialogHooks::message(this, QMessageBox::Question, tr("Remove action"),
                                 tr("Remove “%1” with its %n milestone(s), budget lines, "
                                    "indicators and progress log? Undo puts them back.",
                                    nullptr, milestones)
                                     .arg(action->title),
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) != QMessageBox::Yes)
            return;
        m_context.undoStack.push(
            new ActionRemove(&m_context.file, actions, *action, tr("Remove action")));
    } else if (const std::optional<Milestone> milestone = m_model->milestoneAt(index)) {
        m_context.undoStack.push(
            new MilestoneRemove(&m_context.file, actions, *milestone, tr("Remove milestone")));
    }
}

void ActionPlanPane::moveDates(const QModelIndex& index, const QDate& start, const QDate& end,
                               int session)
{
    const std::optional<Action> action = m_model->actionAt(index.siblingAtColumn(0));
    if (!action || m_readOnly)
        return;
    Action moved = *action;
    moved.startDate = start;
    moved.endDate = end;
    if (moved == *action)
        return;
    m_context.undoStack.push(new ActionStep(&m_context.file, m_context.repositories.actions(),
                                            *action, moved, session, tr("Move action dates")));
    keepSelected(action->meta.id);
}

void ActionPlanPane::moveDue(const QModelIndex& index, const QDate& due, int session)
{
    const std::optional<Milestone> milestone = m_model->milestoneAt(index.siblingAtColumn(0));
    if (!milestone || m_readOnly)
        return;
    Milestone moved = *milestone;
    moved.dueDate = due;
    if (moved == *milestone)
        return;
    m_context.undoStack.push(new MilestoneStep(&m_context.file, m_context.repositories.actions(),
                                               *milestone, moved, session, tr("Move milestone")));
    keepSelected(milestone->meta.id);
}

void ActionPlanPane::keepSelected(const QString& id)
{
    // Under a filter an edit makes the tree again, which loses the selection: the next arrow
    // key must find the same mark selected.
    if (m_model->idAt(current()) != id)
        select(id);
}

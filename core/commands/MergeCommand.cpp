// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeCommand.h"

#include "common/RecordMeta.h"
#include "merge/MergeApplier.h"
#include "storage/RecordStore.h"

#include <QUndoStack>

#include <utility>

MergeCommand::MergeCommand(RecordStore& store, const MergePlan& plan,
                           const MergeDecisions& decisions, Result<MergeChanges>* outcome)
    : EditCommand(store.file(), tr("Import from %1").arg(plan.partnerName)), m_store(store),
      m_plan(&plan), m_decisions(decisions), m_outcome(outcome)
{
}

Result<MergeChanges> MergeCommand::execute(QUndoStack& stack, RecordStore& store,
                                           const MergePlan& plan, const MergeDecisions& decisions)
{
    Result<MergeChanges> outcome = Error{};
    // The stack runs redo() at once, then keeps the step or deletes it when it turned obsolete:
    // the outcome is all the caller may look at afterwards.
    stack.push(new MergeCommand(store, plan, decisions, &outcome));
    return outcome;
}

void MergeCommand::redo()
{
    if (m_outcome) {
        Result<MergeChanges>* outcome = std::exchange(m_outcome, nullptr);
        Result<MergeChanges> changes = MergeApplier(m_store).apply(*std::exchange(m_plan, nullptr),
                                                                   m_decisions, RecordMeta::now());
        m_decisions = {};
        // A failure is shown where the officer asked for the merge, not as a failed edit.
        if (!changes || changes.value().isEmpty())
            setObsolete(true);
        if (changes)
            m_changes = changes.value();
        *outcome = std::move(changes);
        return;
    }
    check(MergeApplier(m_store).redo(m_changes));
}

void MergeCommand::undo()
{
    check(MergeApplier(m_store).undo(m_changes));
}

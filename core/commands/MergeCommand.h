// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/EditCommand.h"
#include "merge/MergeChanges.h"
#include "merge/MergePlan.h"

#include <QCoreApplication>

class QUndoStack;
class RecordStore;

// An import from a partner city (a merge) as one undo step: the first redo writes the plan with
// the officer's decisions in one transaction; undo puts back exactly what was (the records, the
// merge base and the partner's import date); redo writes the same rows again. A merge that
// changes nothing pushes no step.
class MergeCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)

public:
    // Runs the merge as a step pushed on stack; returns what it changed, or why it failed (and
    // then nothing was changed or pushed).
    static Result<MergeChanges> execute(QUndoStack& stack, RecordStore& store,
                                        const MergePlan& plan, const MergeDecisions& decisions);

    void redo() override;
    void undo() override;

private:
    MergeCommand(RecordStore& store, const MergePlan& plan, const MergeDecisions& decisions,
                 Result<MergeChanges>* outcome);

    RecordStore& m_store;
    // Until the first redo only.
    const MergePlan* m_plan;
    MergeDecisions m_decisions;
    Result<MergeChanges>* m_outcome;

    MergeChanges m_changes;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/RecordCommands.h"

// An edit of one record made in small steps, such as an action's dates moved a day at a time
// with the arrow keys: the steps of one session on the same record merge into one undo step,
// so that undo takes the record back to where the run of steps began. Session 0 is a step
// of its own that never merges.
template <typename Repo, typename T> class StepEditCommand : public EditRecordCommand<Repo, T>
{
public:
    StepEditCommand(CityFile* file, Repo& repo, T before, T after, int session, const QString& text,
                    QUndoCommand* parent = nullptr)
        : EditRecordCommand<Repo, T>(file, repo, std::move(before), std::move(after), text, parent),
          m_session(session)
    {
    }

    // QUndoStack asks to merge only commands of the same id; -1 never merges.
    int id() const override { return m_session == 0 ? -1 : stepCommandId; }

    bool mergeWith(const QUndoCommand* other) override
    {
        // Another kind of record's steps share the id: the cast tells them apart.
        const auto* next = dynamic_cast<const StepEditCommand*>(other);
        if (!next || next->m_session != m_session || this->isObsolete() || next->isObsolete() ||
            next->after().meta.id != this->after().meta.id)
            return false;
        this->setAfter(next->after());
        return true;
    }

private:
    // QUndoCommand ids are per stack; this one only needs to differ from other mergeable steps.
    static constexpr int stepCommandId = 0x53544550; // "STEP"

    int m_session;
};

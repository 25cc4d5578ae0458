// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetAnswerCommand.h"

#include "checklists/ChecklistRepository.h"

SetAnswerCommand::SetAnswerCommand(CityFile* file, ChecklistRepository& repo,
                                   std::optional<Answer> before, Answer after, const QString& text,
                                   QUndoCommand* parent)
    : EditCommand(file, text, parent), m_repo(repo), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void SetAnswerCommand::redo()
{
    if (m_removed) {
        // Restoring rather than adding again keeps the answer's identity for later merges.
        if (check(m_repo.restore(*m_removed)))
            m_removed.reset();
        return;
    }
    Answer answer = m_after;
    if (check(m_repo.setAnswer(answer)))
        m_after = answer;
}

void SetAnswerCommand::undo()
{
    if (m_before) {
        Answer answer = *m_before;
        check(m_repo.setAnswer(answer));
        return;
    }
    Result<RowSnapshot> snap = m_repo.remove(m_after);
    if (snap)
        m_removed = snap.take();
    else
        check(snap.error());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewRoundCommand.h"

#include "checklists/ChecklistRepository.h"

NewRoundCommand::NewRoundCommand(CityFile* file, ChecklistRepository& repo, AssessmentRound round,
                                 QString copyAnswersFrom, const QString& text, QUndoCommand* parent)
    : EditCommand(file, text, parent), m_repo(repo), m_round(std::move(round)),
      m_copyAnswersFrom(std::move(copyAnswersFrom))
{
}

void NewRoundCommand::redo()
{
    if (m_removed) {
        if (check(m_repo.restore(*m_removed)))
            m_removed.reset();
        return;
    }
    check(m_repo.addRound(m_round, m_copyAnswersFrom));
}

void NewRoundCommand::undo()
{
    Result<RowSnapshot> snap = m_repo.remove(m_round);
    if (snap)
        m_removed = snap.take();
    else
        check(snap.error());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/ChecklistArea.h"
#include "checklists/ChecklistItem.h"
#include "checklists/ChecklistTemplate.h"
#include "checklists/TemplateDocument.h"
#include "commands/EditCommand.h"
#include "storage/RowSnapshot.h"

#include <QDate>

#include <optional>

class Repositories;

// Installs a checklist template received from another city (TemplateInstaller::install) as one
// undo step. A new checklist is taken away whole by undo; an upgrade is undone by putting the
// checklist, its areas and its items back as they were and removing what it added. Records
// keep their identities through undo and redo, so later steps on them still apply.
class ImportTemplateCommand : public EditCommand
{
public:
    ImportTemplateCommand(CityFile* file, Repositories& repos, TemplateDocument doc,
                          const QString& text, const QDate& today = QDate::currentDate(),
                          QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    // The checklist installed or upgraded; empty until the first redo succeeded.
    QString templateId() const { return m_templateId; }

private:
    struct State
    {
        ChecklistTemplate checklist;
        QList<ChecklistArea> areas;
        QList<ChecklistItem> items;
    };

    State capture(const QString& templateId) const;
    Result<void> install();
    Result<void> undoUpgrade();
    Result<void> redoUpgrade();
    Result<void> writeState(const State& state);

    Repositories& m_repos;
    TemplateDocument m_doc;
    QDate m_today;
    QString m_templateId;
    bool m_installed = false;
    std::optional<State> m_before; // an upgrade: the checklist as it was
    State m_after;
    QList<RowSnapshot> m_removed; // taken away by undo, parents first
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/EditCommand.h"

class PlanRepository;

// One field of the priorities document (its title, introduction or method) changed. The step
// applies to the document as stored when it runs, so that the document's first writing (which
// gives it its identity) undoes to an empty field, not to a second document. Steps of the same
// field within one editing session merge: continuous typing is one undo step.
class EditPlanDocumentCommand : public EditCommand
{
public:
    enum class Field
    {
        Title,
        Introduction,
        Method
    };

    // session: the editor's editing session (a new one each time it loses focus).
    EditPlanDocumentCommand(CityFile* file, PlanRepository& plan, Field field,
                            const QString& before, const QString& after, int session,
                            const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const QString& value);

    PlanRepository& m_plan;
    Field m_field;
    QString m_before;
    QString m_after;
    int m_session;
};

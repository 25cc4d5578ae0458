// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditPlanDocumentCommand.h"

#include "plan/PlanRepository.h"

namespace {
// QUndoCommand ids are per stack; this one only needs to differ from other mergeable steps.
constexpr int baseId = 0x504c4400; // "PLD"
} // namespace

EditPlanDocumentCommand::EditPlanDocumentCommand(CityFile* file, PlanRepository& plan, Field field,
                                                 const QString& before, const QString& after,
                                                 int session, const QString& text,
                                                 QUndoCommand* parent)
    : EditCommand(file, text, parent), m_plan(plan), m_field(field), m_before(before),
      m_after(after), m_session(session)
{
}

void EditPlanDocumentCommand::redo()
{
    apply(m_after);
}

void EditPlanDocumentCommand::undo()
{
    apply(m_before);
}

int EditPlanDocumentCommand::id() const
{
    return baseId + int(m_field);
}

bool EditPlanDocumentCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditPlanDocumentCommand*>(other);
    if (next->m_field != m_field || next->m_session != m_session || next->isObsolete() ||
        isObsolete())
        return false;
    m_after = next->m_after;
    return true;
}

void EditPlanDocumentCommand::apply(const QString& value)
{
    PlanDocument document = m_plan.document();
    switch (m_field) {
    case Field::Title:
        document.title = value;
        break;
    case Field::Introduction:
        document.introduction = value;
        break;
    case Field::Method:
        document.method = value;
        break;
    }
    check(m_plan.update(document));
}

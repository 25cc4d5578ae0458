// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReorderPrioritiesCommand.h"

#include "plan/PlanRepository.h"
#include "storage/RecordStore.h"

ReorderPrioritiesCommand::ReorderPrioritiesCommand(CityFile* file, PlanRepository& plan,
                                                   const QStringList& order, const QString& text,
                                                   QUndoCommand* parent)
    : EditCommand(file, text, parent), m_plan(plan)
{
    // The ranks as they are now, read once: undo must not depend on what the models showed.
    for (const Priority& p : plan.priorities())
        m_before.insert(p.meta.id, p.rank);
    for (int i = 0; i < order.size(); ++i)
        m_after.insert(order.at(i), i + 1);
}

void ReorderPrioritiesCommand::redo()
{
    apply(m_after);
}

void ReorderPrioritiesCommand::undo()
{
    apply(m_before);
}

void ReorderPrioritiesCommand::apply(const QHash<QString, int>& ranks)
{
    check(m_plan.store().inTransaction([&]() -> Result<void> {
        for (auto it = ranks.cbegin(); it != ranks.cend(); ++it) {
            std::optional<Priority> p = m_plan.priority(it.key());
            // A priority removed since (by a later step that was undone first) is not there.
            if (!p || p->rank == it.value())
                continue;
            p->rank = it.value();
            if (Result<void> r = m_plan.update(*p); !r)
                return r;
        }
        return {};
    }));
}

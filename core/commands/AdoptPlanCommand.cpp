// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdoptPlanCommand.h"

#include "city/Repositories.h"
#include "plan/ActionRepository.h"

#include <QCoreApplication>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(AdoptPlanCommand)
public:
    static QString name() { return tr("Adoption by the council"); }
};
} // namespace

AdoptPlanCommand::AdoptPlanCommand(Repositories& repositories, const QDate& date,
                                   QUndoCommand* parent)
    : EditCommand(repositories.file(), Text::name(), parent), m_repositories(repositories),
      m_date(date)
{
}

void AdoptPlanCommand::redo()
{
    check(m_repositories.store().inTransaction([this]() -> Result<void> {
        Result<PlanRepository::Adoption> before = m_repositories.plan().adopt(m_date);
        if (!before)
            return before.error();
        Result<PlanBaseline> baseline = m_repositories.actions().takeBaseline();
        if (!baseline)
            return baseline.error();
        m_before = before.take();
        m_baseline = baseline.take();
        return {};
    }));
}

void AdoptPlanCommand::undo()
{
    if (!m_before || !m_baseline)
        return;
    check(m_repositories.store().inTransaction([this]() -> Result<void> {
        PlanDocument document = m_before->document;
        // A document first written by the adoption goes back to unwritten: its adoption
        // date is cleared rather than the row removed, so that its identity stays.
        if (document.meta.isNew()) {
            document = m_repositories.plan().document();
            document.adoptedOn = QDate();
        }
        if (Result<void> r = m_repositories.plan().update(document); !r)
            return r;
        for (Priority priority : std::as_const(m_before->priorities)) {
            if (Result<void> r = m_repositories.plan().update(priority); !r)
                return r;
        }
        return m_repositories.actions().restoreBaseline(*m_baseline);
    }));
}

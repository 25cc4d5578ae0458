// SPDX-License-Identifier: GPL-3.0-or-later
#include "PriorityFromGapCommand.h"

#include "plan/PlanRepository.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(PriorityFromGapCommand)
public:
    static QString name() { return tr("Make a priority from a gap"); }
    static QString rationale(const QString& statement, const QString& answer, const QString& round)
    {
        return tr("The service-access checklist (round “%3”) found a gap: “%1” is answered "
                  "“%2”.")
            .arg(statement, answer, round);
    }
    static QString evidenceNote(const QString& answer, const QString& round)
    {
        return tr("Answered “%1” in round “%2”.").arg(answer, round);
    }
};

// A title short enough for the tree and the timeline: the statement's first sentence.
QString titleFrom(const QString& statement)
{
    QString title = statement.simplified();
    const qsizetype stop = title.indexOf(QLatin1Char('.'));
    if (stop > 0)
        title.truncate(stop);
    constexpr qsizetype longest = 120;
    if (title.size() > longest)
        title = title.left(longest - 1).trimmed() + QChar(0x2026);
    return title;
}
} // namespace

PriorityFromGapCommand::PriorityFromGapCommand(CityFile* file, PlanRepository& plan,
                                               const AssessmentRound& round,
                                               const GapList::Gap& gap, QUndoCommand* parent)
    : EditCommand(file, Text::name(), parent), m_plan(plan), m_priority(draftFor(round, gap))
{
    m_evidence.itemId = gap.item.meta.id;
    m_evidence.note = Text::evidenceNote(Answer::label(gap.answer.value), round.label);
}

Priority PriorityFromGapCommand::draftFor(const AssessmentRound& round, const GapList::Gap& gap)
{
    Priority p;
    p.title = titleFrom(gap.item.statement);
    p.themeId = gap.item.themeId.isEmpty() ? gap.area.themeId : gap.item.themeId;
    p.rationale = Text::rationale(gap.item.statement.simplified(), Answer::label(gap.answer.value),
                                  round.label);
    p.status = Priority::Status::Draft;
    return p;
}

void PriorityFromGapCommand::redo()
{
    if (m_removed) {
        if (check(m_plan.restore(*m_removed)))
            m_removed.reset();
        return;
    }
    // The priority ranks after the others: the officer moves it up if it matters more.
    int last = 0;
    for (const Priority& p : m_plan.priorities())
        last = std::max(last, p.rank);
    m_priority.rank = last + 1;
    check(m_plan.store().inTransaction([this]() -> Result<void> {
        if (Result<void> r = m_plan.add(m_priority); !r)
            return r;
        m_evidence.priorityId = m_priority.meta.id;
        return m_plan.add(m_evidence);
    }));
}

void PriorityFromGapCommand::undo()
{
    Result<RowSnapshot> snap = m_plan.remove(m_priority);
    if (snap)
        m_removed = snap.take();
    else
        check(snap.error());
}

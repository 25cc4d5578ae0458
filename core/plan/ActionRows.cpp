// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionRows.h"

#include <algorithm>

namespace ActionRows {

using namespace RecordFields;

const RecordMapping<Action>& actionMapping()
{
    static const RecordMapping<Action> mapping(
        "action",
        {field("priority_id", &Action::priorityId), trimmed("title", &Action::title),
         field("description", &Action::description), reference("lead_id", &Action::leadId),
         field("start_date", &Action::startDate), field("end_date", &Action::endDate),
         enumeration("status", &Action::status, Action::toText,
                     [](const QString& text) {
                         return Action::fromText(text).value_or(Action::Status::Planned);
                     }),
         field("position", &Action::position)});
    return mapping;
}

const RecordMapping<Milestone>& milestoneMapping()
{
    static const RecordMapping<Milestone> mapping(
        "milestone",
        {field("action_id", &Milestone::actionId), trimmed("title", &Milestone::title),
         field("due_date", &Milestone::dueDate), field("done_on", &Milestone::doneOn)});
    return mapping;
}

const RecordMapping<Indicator>& indicatorMapping()
{
    static const RecordMapping<Indicator> mapping(
        "indicator", {field("action_id", &Indicator::actionId), trimmed("name", &Indicator::name),
                      field("unit", &Indicator::unit), field("baseline", &Indicator::baseline),
                      field("target", &Indicator::target), field("current", &Indicator::current),
                      field("measured_on", &Indicator::measuredOn)});
    return mapping;
}

const RecordMapping<BudgetLine>& budgetLineMapping()
{
    static const RecordMapping<BudgetLine> mapping(
        "budget_line",
        {field("action_id", &BudgetLine::actionId), field("label", &BudgetLine::label),
         trimmed("funding_source", &BudgetLine::fundingSource),
         field("currency", &BudgetLine::currency),
         field("planned_cents", &BudgetLine::plannedCents),
         field("spent_cents", &BudgetLine::spentCents)});
    return mapping;
}

const RecordMapping<ProgressEntry>& progressMapping()
{
    static const RecordMapping<ProgressEntry> mapping(
        "progress_entry",
        {field("action_id", &ProgressEntry::actionId), field("date", &ProgressEntry::date),
         trimmed("text", &ProgressEntry::text), field("author", &ProgressEntry::author)});
    return mapping;
}

QStringList normalizedPartners(const QStringList& ids)
{
    QStringList out;
    for (const QString& id : ids) {
        if (!id.isEmpty())
            out << id;
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

bool isCurrencyCode(const QString& code)
{
    return code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
               return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
           });
}

} // namespace ActionRows

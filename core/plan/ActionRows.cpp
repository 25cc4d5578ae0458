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
         field("position", &Action::position), field("revision", &Action::revision),
         field("baseline_start", &Action::baselineStart),
         field("baseline_end", &Action::baselineEnd)});
    return mapping;
}

const RecordMapping<Milestone>& milestoneMapping()
{
    static const RecordMapping<Milestone> mapping(
        "milestone",
        {field("action_id", &Milestone::actionId), trimmed("title", &Milestone::title),
         field("due_date", &Milestone::dueDate), field("done_on", &Milestone::doneOn),
         field("revision", &Milestone::revision), field("baseline_due", &Milestone::baselineDue)});
    return mapping;
}

const RecordMapping<Indicator>& indicatorMapping()
{
    static const RecordMapping<Indicator> mapping(
        "indicator",
        {field("action_id", &Indicator::actionId), trimmed("name", &Indicator::name),
         field("unit", &Indicator::unit), field("baseline", &Indicator::baseline),
         field("target", &Indicator::target), field("frequency", &Indicator::frequency),
         field("data_source", &Indicator::dataSource),
         enumeration("aggregation", &Indicator::aggregation, Indicator::toText,
                     [](const QString& text) {
                         return Indicator::fromText(text).value_or(Indicator::Aggregation::Latest);
                     })});
    return mapping;
}

const RecordMapping<IndicatorValue>& indicatorValueMapping()
{
    static const RecordMapping<IndicatorValue> mapping(
        "indicator_value",
        {field("indicator_id", &IndicatorValue::indicatorId),
         field("measured_on", &IndicatorValue::measuredOn), field("value", &IndicatorValue::value),
         field("note", &IndicatorValue::note)});
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
         field("spent_cents", &BudgetLine::spentCents),
         field("committed_cents", &BudgetLine::committedCents),
         field("baseline_planned_cents", &BudgetLine::baselinePlannedCents)});
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

bool isCurrencyCode(const QString& code)
{
    return code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
               return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
           });
}

} // namespace ActionRows

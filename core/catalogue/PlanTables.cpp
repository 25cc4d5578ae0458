// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/CatalogueTables.h"

// The priorities document and the action plan.
QList<TableDescription> CatalogueTables::plan()
{
    using C = ColumnDescription;
    using F = ForeignKeyDescription;
    using T = TableDescription;
    constexpr auto cascade = F::OnDelete::Cascade;
    const F ofPriority{"priority_id", "priority", cascade};
    const F ofAction{"action_id", "action", cascade};
    return {
        T::recordTable("priority", T::Owner::Plan, T::Merge::PerRecord,
                       {C::text("title"), C::optionalText("theme_id"), C::text("rationale"),
                        C::integer("rank"), C::text("status"), C::optionalText("validated_on"),
                        C::optionalText("adopted_on")},
                       {{"theme_id", "theme", F::OnDelete::SetNull}}),
        T::recordTable("priority_evidence", T::Owner::Plan, T::Merge::PerRecord,
                       {C::text("priority_id"), C::optionalText("item_id"),
                        C::optionalText("figure_id"), C::text("note")},
                       {ofPriority,
                        {"item_id", "checklist_item", cascade},
                        {"figure_id", "profile_figure", cascade}}),
        T::recordTable("consultation", T::Owner::Plan, T::Merge::PerRecord,
                       {C::text("priority_id"), C::text("date"),
                        C::text("participants").personalData(), C::optionalText("stakeholder_id"),
                        C::text("summary")},
                       {ofPriority, {"stakeholder_id", "stakeholder", F::OnDelete::SetNull}}),
        T::recordTable("action", T::Owner::Actions, T::Merge::PerRecord,
                       {C::text("priority_id"), C::text("title"), C::text("description"),
                        C::optionalText("lead_id"), C::optionalText("start_date"),
                        C::optionalText("end_date"), C::text("status"), C::integer("position")},
                       {ofPriority, {"lead_id", "stakeholder", F::OnDelete::SetNull}}),
        T::recordTable("action_partner", T::Owner::Actions, T::Merge::PerRecord,
                       {C::text("action_id"), C::text("stakeholder_id")},
                       {ofAction, {"stakeholder_id", "stakeholder", cascade}}),
        T::recordTable("milestone", T::Owner::Actions, T::Merge::PerRecord,
                       {C::text("action_id"), C::text("title"), C::text("due_date"),
                        C::optionalText("done_on")},
                       {ofAction}),
        T::recordTable("indicator", T::Owner::Actions, T::Merge::PerRecord,
                       {C::text("action_id"), C::text("name"), C::text("unit"),
                        C::optionalReal("baseline"), C::optionalReal("target"),
                        C::optionalReal("current"), C::optionalText("measured_on")},
                       {ofAction}),
        T::recordTable("budget_line", T::Owner::Actions, T::Merge::PerRecord,
                       {C::text("action_id"), C::text("label"), C::text("funding_source"),
                        C::text("currency"), C::integer("planned_cents"),
                        C::integer("spent_cents")},
                       {ofAction}),
        T::recordTable("progress_entry", T::Owner::Actions, T::Merge::PerRecord,
                       {C::text("action_id"), C::text("date"), C::text("text"),
                        C::text("author").personalData()},
                       {ofAction}),
    };
}

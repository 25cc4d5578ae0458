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
                        C::optionalText("adopted_on"), C::text("expected_outcome")},
                       {{"theme_id", "theme", F::OnDelete::SetNull}}),
        T::recordTable("priority_evidence", T::Owner::Plan, T::Merge::PerRecord,
                       {C::text("priority_id"), C::optionalText("item_id"),
                        C::optionalText("figure_id"), C::text("note")},
                       {ofPriority,
                        {"item_id", "checklist_item", cascade},
                        {"figure_id", "profile_figure", cascade}}),
        T::recordTable("action", T::Owner::Actions, T::Merge::PerRecord,
                       {C::text("priority_id"), C::text("title"), C::text("description"),
                        C::optionalText("lead_id"), C::optionalText("start_date"),
                        C::optionalText("end_date"), C::text("status"), C::integer("position"),
                        C::integer("revision"), C::optionalText("baseline_start"),
                        C::optionalText("baseline_end")},
                       {ofPriority, {"lead_id", "stakeholder", F::OnDelete::SetNull}}),
        T::recordTable("action_partner", T::Owner::Actions, T::Merge::PerRecord,
                       {C::text("action_id"), C::text("stakeholder_id")},
                       {ofAction, {"stakeholder_id", "stakeholder", cascade}}),
        T::recordTable("milestone", T::Owner::Actions, T::Merge::PerRecord,
                       {C::text("action_id"), C::text("title"), C::text("due_date"),
                        C::optionalText("done_on"), C::integer("revision"),
                        C::optionalText("baseline_due")},
                       {ofAction}),
        T::recordTable("budget_line", T::Owner::Actions, T::Merge::PerRecord,
                       {C::text("action_id"), C::text("label"), C::text("funding_source"),
                        C::text("currency"), C::integer("planned_cents"), C::integer("spent_cents"),
                        C::integer("committed_cents"),
                        C::optionalInteger("baseline_planned_cents")},
                       {ofAction}),
        T::recordTable("progress_entry", T::Owner::Actions, T::Merge::PerRecord,
                       {C::text("action_id"), C::text("date"), C::text("text"),
                        C::text("author").personalData()},
                       {ofAction}),
    };
}

// The plan's tables that version 2 made (schema_v2.sql), after every table of version 1 as a
// file holds them, whether it was made at version 2 or updated to it.
QList<TableDescription> CatalogueTables::planVersion2()
{
    using C = ColumnDescription;
    using F = ForeignKeyDescription;
    using T = TableDescription;
    constexpr auto cascade = F::OnDelete::Cascade;
    const F ofPriority{"priority_id", "priority", cascade};
    const F ofAction{"action_id", "action", cascade};
    return {
        T::recordTable("plan_document", T::Owner::Plan, T::Merge::PerRecord,
                       {C::text("title"), C::text("introduction"), C::text("method"),
                        C::optionalText("adopted_on")},
                       {}),
        T::recordTable("consultation", T::Owner::Plan, T::Merge::PerRecord,
                       {C::text("priority_id"), C::text("date"), C::optionalText("meeting_id"),
                        C::text("participants").personalData(), C::text("summary")},
                       {ofPriority, {"meeting_id", "group_meeting", F::OnDelete::SetNull}}),
        T::recordTable("consultation_stakeholder", T::Owner::Plan, T::Merge::PerRecord,
                       {C::text("consultation_id"), C::text("stakeholder_id")},
                       {{"consultation_id", "consultation", cascade},
                        {"stakeholder_id", "stakeholder", cascade}}),
        T::recordTable("indicator", T::Owner::Actions, T::Merge::PerRecord,
                       {C::text("action_id"), C::text("name"), C::text("unit"),
                        C::optionalReal("baseline"), C::optionalReal("target"),
                        C::text("frequency"), C::text("data_source"), C::text("aggregation")},
                       {ofAction}),
        T::recordTable(
            "indicator_value", T::Owner::Actions, T::Merge::PerRecord,
            {C::text("indicator_id"), C::text("measured_on"), C::real("value"), C::text("note")},
            {{"indicator_id", "indicator", cascade}}),
    };
}

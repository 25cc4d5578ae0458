// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/CatalogueTables.h"

// Service-access checklists and the assessments made with them.
QList<TableDescription> CatalogueTables::checklists()
{
    using C = ColumnDescription;
    using F = ForeignKeyDescription;
    using T = TableDescription;
    constexpr auto cascade = F::OnDelete::Cascade;
    const F themeSetNull{"theme_id", "theme", F::OnDelete::SetNull};
    const F ofRound{"round_id", "assessment_round", cascade};
    return {
        T::recordTable("checklist_template", T::Owner::Checklists, T::Merge::TakeNew,
                       {C::text("template_key"), C::text("title"), C::integer("version"),
                        C::integer("builtin")}),
        T::recordTable("checklist_area", T::Owner::Checklists, T::Merge::TakeNew,
                       {C::text("template_id"), C::text("area_key"), C::text("title"),
                        C::text("description"), C::optionalText("theme_id"),
                        C::integer("position")},
                       {{"template_id", "checklist_template", cascade}, themeSetNull}),
        T::recordTable("checklist_item", T::Owner::Checklists, T::Merge::TakeNew,
                       {C::text("area_id"), C::text("item_key"), C::text("statement"),
                        C::text("guidance"), C::optionalText("theme_id"), C::integer("position"),
                        C::integer("added_in_version"), C::optionalText("retired_on")},
                       {{"area_id", "checklist_area", cascade}, themeSetNull}),
        // A round keeps the checklist it answered: the template cannot go while it is used.
        T::recordTable("assessment_round", T::Owner::Checklists, T::Merge::PerRecord,
                       {C::text("template_id"), C::text("label"), C::text("held_on"),
                        C::integer("template_version"), C::text("notes")},
                       {{"template_id", "checklist_template", F::OnDelete::Restrict}}),
        T::recordTable("round_participant", T::Owner::Checklists, T::Merge::PerRecord,
                       {C::text("round_id"), C::text("stakeholder_id")},
                       {ofRound, {"stakeholder_id", "stakeholder", cascade}}),
        T::recordTable("answer", T::Owner::Checklists, T::Merge::PerRecord,
                       {C::text("round_id"), C::text("item_id"), C::text("value"),
                        C::text("evidence"), C::text("source"), C::optionalText("evidence_date"),
                        C::text("answered_by").personalData()},
                       {ofRound, {"item_id", "checklist_item", cascade}}),
    };
}

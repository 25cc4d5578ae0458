// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/CatalogueTables.h"

// The stakeholders, what hangs on each, and the City Stakeholder Group.
QList<TableDescription> CatalogueTables::stakeholders()
{
    using C = ColumnDescription;
    using F = ForeignKeyDescription;
    using T = TableDescription;
    constexpr auto cascade = F::OnDelete::Cascade;
    const F ofStakeholder{"stakeholder_id", "stakeholder", cascade};
    const F ofMeeting{"meeting_id", "group_meeting", cascade};
    return {
        T::recordTable("stakeholder", T::Owner::Stakeholders, T::Merge::PerRecord,
                       {C::text("name"), C::text("name_key"), C::text("kind"), C::text("level"),
                        C::integer("influence"), C::integer("interest"), C::text("stance"),
                        C::text("website"), C::text("notes").personalWhere("notes_private"),
                        C::integer("notes_private"), C::optionalReal("network_x"),
                        C::optionalReal("network_y")}),
        T::recordTable("stakeholder_theme", T::Owner::Stakeholders, T::Merge::PerRecord,
                       {C::text("stakeholder_id"), C::text("theme_id")},
                       {ofStakeholder, {"theme_id", "theme", cascade}}),
        T::recordTable("contact_person", T::Owner::Stakeholders, T::Merge::PerRecord,
                       {C::text("stakeholder_id"), C::text("name").personalData(),
                        C::text("role").personalData(), C::text("email").personalData(),
                        C::text("phone").personalData(),
                        C::text("preferred_language").personalData(),
                        C::integer("consent_to_contact")},
                       {ofStakeholder}),
        T::recordTable("stakeholder_relation", T::Owner::Stakeholders, T::Merge::PerRecord,
                       {C::text("from_id"), C::text("to_id"), C::text("kind"),
                        C::integer("strength"), C::text("notes")},
                       {{"from_id", "stakeholder", cascade}, {"to_id", "stakeholder", cascade}}),
        T::recordTable("engagement", T::Owner::Stakeholders, T::Merge::PerRecord,
                       {C::text("stakeholder_id"), C::text("date"), C::text("kind"),
                        C::text("summary"), C::optionalText("follow_up_date"),
                        C::integer("follow_up_done")},
                       {ofStakeholder}),
        T::recordTable("group_member", T::Owner::Group, T::Merge::PerRecord,
                       {C::text("stakeholder_id"), C::text("role"), C::optionalText("joined_on")},
                       {ofStakeholder}),
        T::recordTable("group_meeting", T::Owner::Group, T::Merge::PerRecord,
                       {C::text("date"), C::text("place"), C::text("agenda"), C::text("minutes")}),
        T::recordTable("meeting_attendance", T::Owner::Group, T::Merge::PerRecord,
                       {C::text("meeting_id"), C::text("member_id")},
                       {ofMeeting, {"member_id", "group_member", cascade}}),
        T::recordTable("meeting_decision", T::Owner::Group, T::Merge::PerRecord,
                       {C::text("meeting_id"), C::text("text"), C::integer("position")},
                       {ofMeeting}),
    };
}

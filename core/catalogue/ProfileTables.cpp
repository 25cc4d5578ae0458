// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/CatalogueTables.h"

QList<TableDescription> CatalogueTables::profile()
{
    using C = ColumnDescription;
    using F = ForeignKeyDescription;
    using T = TableDescription;
    const F themeSetNull{"theme_id", "theme", F::OnDelete::SetNull};
    return {
        T::recordTable("city", T::Owner::Profile, T::Merge::Never,
                       {C::text("name"), C::text("country"), C::text("region"), C::text("language"),
                        C::optionalInteger("population"), C::optionalInteger("population_year"),
                        C::text("population_source")}),
        T::recordTable("theme", T::Owner::Themes, T::Merge::PerRecord,
                       {C::optionalText("builtin_key"), C::text("name"), C::integer("position")}),
        T::recordTable("profile_section", T::Owner::Profile, T::Merge::PerRecord,
                       {C::text("section_key"), C::text("body"), C::text("sources")}),
        T::recordTable("profile_figure", T::Owner::Profile, T::Merge::PerRecord,
                       {C::text("label"), C::real("value"), C::text("unit"), C::integer("year"),
                        C::text("source"), C::optionalText("theme_id"), C::integer("position")},
                       {themeSetNull}),
        T::recordTable("migrant_origin", T::Owner::Profile, T::Merge::PerRecord,
                       {C::text("country"), C::integer("number"), C::integer("year"),
                        C::text("source"), C::integer("position")}),
        T::recordTable("district", T::Owner::Profile, T::Merge::PerRecord,
                       {C::text("name"), C::optionalInteger("population"),
                        C::optionalInteger("migrant_population"), C::optionalInteger("year"),
                        C::text("source"), C::text("notes"), C::integer("position")}),
    };
}

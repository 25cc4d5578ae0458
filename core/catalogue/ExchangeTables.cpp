// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/CatalogueTables.h"

// Twinning and exchange with partner cities.
QList<TableDescription> CatalogueTables::exchange()
{
    using C = ColumnDescription;
    using F = ForeignKeyDescription;
    using T = TableDescription;
    const F partnerSetNull{"partner_id", "partner_city", F::OnDelete::SetNull};
    const F themeSetNull{"theme_id", "theme", F::OnDelete::SetNull};
    return {
        T::recordTable("partner_city", T::Owner::Exchange, T::Merge::PerRecord,
                       {C::text("name"), C::text("country"), C::text("role"),
                        C::optionalText("partner_city_uuid"), C::optionalText("since"),
                        C::text("notes"), C::text("contact_name").personalData(),
                        C::text("contact_email").personalData(),
                        C::text("contact_phone").personalData(), C::optionalText("until")}),
        T::recordTable("exchange", T::Owner::Exchange, T::Merge::PerRecord,
                       {C::optionalText("partner_id"), C::text("kind"), C::text("title"),
                        C::text("start_date"), C::optionalText("end_date"), C::text("place"),
                        C::optionalText("theme_id"), C::text("participants").personalData(),
                        C::text("lessons")},
                       {partnerSetNull, themeSetNull}),
        T::recordTable("good_practice", T::Owner::Exchange, T::Merge::PerRecord,
                       {C::text("title"), C::text("city_name"), C::optionalText("theme_id"),
                        C::text("description"), C::text("source"), C::optionalText("partner_id"),
                        C::text("tags")},
                       {themeSetNull, partnerSetNull}),
    };
}

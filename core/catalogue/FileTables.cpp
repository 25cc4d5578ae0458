// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/CatalogueTables.h"

QList<TableDescription> CatalogueTables::file()
{
    using C = ColumnDescription;
    TableDescription meta;
    meta.name = "file_meta";
    meta.columns = {C::text("key"), C::text("value")};
    meta.record = false;
    meta.primaryKey = {"key"};

    // Written from this catalogue when a file is created (storage/PersonalData).
    TableDescription personal;
    personal.name = "personal_data";
    personal.columns = {C::text("table_name"), C::text("column_name"),
                        C::optionalText("private_flag_column")};
    personal.record = false;
    personal.primaryKey = {"table_name", "column_name"};
    return {meta, personal};
}

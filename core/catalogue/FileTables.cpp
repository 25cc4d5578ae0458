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

// What was last imported from each partner city (schema version 3): the base of a merge.
QList<TableDescription> CatalogueTables::merging()
{
    using C = ColumnDescription;
    TableDescription partnerImport;
    partnerImport.name = "partner_import";
    partnerImport.columns = {C::text("partner_city"), C::text("imported_at"),
                             C::optionalText("shared_at"), C::text("city_name")};
    partnerImport.record = false;
    partnerImport.primaryKey = {"partner_city"};

    TableDescription mergeBase;
    mergeBase.name = "merge_base";
    mergeBase.columns = {C::text("partner_city"), C::text("table_name"), C::text("record_id"),
                         C::text("row_hash")};
    mergeBase.record = false;
    mergeBase.primaryKey = {"partner_city", "table_name", "record_id"};
    return {partnerImport, mergeBase};
}

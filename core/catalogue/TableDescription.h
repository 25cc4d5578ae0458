// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/ColumnDescription.h"
#include "catalogue/ForeignKeyDescription.h"

#include <QAnyStringView>
#include <QList>
#include <QStringList>

// One table of the city file, described once: its columns, its identity, the repository that
// owns its rows, its references and what a merge between two files may take from it. The
// schema's text (schema_v1.sql) stays the source of CHECK rules, defaults and indexes;
// test_catalogue checks that the two say the same of everything described here.
struct TableDescription
{
    // The repository that writes a table's rows and announces their changes. A row a delete
    // takes or changes elsewhere (a cascade, a reference set to NULL) is announced by its
    // owner, whatever removed it.
    enum class Owner
    {
        File, // the file's own tables (file_meta, personal_data): no repository, no records
        Profile,
        Themes,
        Stakeholders,
        Group,
        Checklists,
        Plan,
        Actions,
        Exchange
    };

    // What merging another city's file (a partner's, or a copy of one's own) may take from a
    // table. Records are matched by id, which they keep in every file.
    enum class Merge
    {
        // Nothing: the file's own description of itself (its city, file_meta, personal_data).
        Never,
        // Records the file does not hold yet; a record it holds is never changed by a merge
        // (checklist templates, whose versions are upgraded by installing them instead).
        TakeNew,
        // Records the file does not hold yet, and, for a record both hold, a three-way merge
        // against what was last taken from that partner (merge_base; docs/merging.md): the
        // partner's change comes in, a change on both sides is a conflict for the officer.
        PerRecord
    };

    // The identity and history every record table starts with (RecordMeta).
    static constexpr const char* idColumn = "id";
    static constexpr const char* createdAtColumn = "created_at";
    static constexpr const char* updatedAtColumn = "updated_at";
    static constexpr const char* originCityColumn = "origin_city";

    const char* name = nullptr;
    Owner owner = Owner::File;
    Merge merge = Merge::Never;
    // Every column in the schema's order, the four of RecordMeta first for a record table.
    QList<ColumnDescription> columns;
    QList<ForeignKeyDescription> foreignKeys;
    // A record table: its rows are records with RecordMeta's identity, timestamps and city of
    // origin; the other tables belong to the file itself.
    bool record = true;
    // The primary key's columns; "id" for a record table.
    QList<const char*> primaryKey;

    // A record table: id, created_at, updated_at, origin_city, then columns.
    static TableDescription recordTable(const char* name, Owner owner, Merge merge,
                                        const QList<ColumnDescription>& columns,
                                        const QList<ForeignKeyDescription>& foreignKeys = {});

    QString tableName() const { return QLatin1String(name); }
    QStringList columnNames() const;
    // -1 when the table has no such column.
    int indexOf(QAnyStringView column) const;
    const ColumnDescription* column(QAnyStringView name) const;
    const ForeignKeyDescription* foreignKey(QAnyStringView column) const;
};

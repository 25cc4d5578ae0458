// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A reference from a column of one table to the id of a record of another, and what deleting
// that record does to the rows that refer to it. Deletes go through RecordStore, which follows
// these to snapshot (for undo) and announce every row a delete takes or changes.
struct ForeignKeyDescription
{
    enum class OnDelete
    {
        // The referring row goes with the record.
        Cascade,
        // The referring row stays, its reference set to NULL.
        SetNull,
        // The delete is refused while a row refers to the record.
        Restrict
    };

    const char* column = nullptr;     // in the referring table
    const char* references = nullptr; // the table referred to, always by its id
    OnDelete onDelete = OnDelete::Cascade;

    QString columnName() const { return QLatin1String(column); }
    QString referencedTable() const { return QLatin1String(references); }
    // As PRAGMA foreign_key_list reports it: "CASCADE", "SET NULL", "RESTRICT".
    QString onDeleteText() const;
};

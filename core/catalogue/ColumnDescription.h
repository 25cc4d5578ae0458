// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One column of a table of the city file, as schema_v1.sql declares it (test_catalogue checks
// the two agree), and whether it holds personal data.
struct ColumnDescription
{
    // The SQLite type each column is declared with.
    enum class Type
    {
        Text,
        Integer,
        Real
    };

    // Whether a column holds personal data: what sharing removes from the bytes of a copy and
    // every export leaves out unless the officer includes it (storage/PersonalData).
    enum class Personal
    {
        No,
        // In every row ("contact_person.email").
        Always,
        // Only in the rows where privateFlag, a 0/1 column of the same table, is 1
        // ("stakeholder.notes" with "notes_private").
        WhereFlagged
    };

    const char* name = nullptr;
    Type type = Type::Text;
    bool notNull = true;
    Personal personal = Personal::No;
    const char* privateFlag = nullptr; // set with Personal::WhereFlagged only

    static ColumnDescription text(const char* name) { return {name, Type::Text, true}; }
    static ColumnDescription optionalText(const char* name) { return {name, Type::Text, false}; }
    static ColumnDescription integer(const char* name) { return {name, Type::Integer, true}; }
    static ColumnDescription optionalInteger(const char* name)
    {
        return {name, Type::Integer, false};
    }
    static ColumnDescription real(const char* name) { return {name, Type::Real, true}; }
    static ColumnDescription optionalReal(const char* name) { return {name, Type::Real, false}; }

    // This column, holding personal data in every row.
    ColumnDescription personalData() const;
    // This column, holding personal data where flag is 1.
    ColumnDescription personalWhere(const char* flag) const;

    QString columnName() const { return QLatin1String(name); }
    // As PRAGMA table_info reports the declared type: "TEXT", "INTEGER", "REAL".
    QString sqlType() const;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/TableDescription.h"

#include <QString>

// A SELECT of every column of a described table, in the catalogue's order, and where each
// column is in its rows. A repository keeps one per table for the life of the program and
// names the columns it reads once, when it is made: rows are then read by index, with no
// lookup by name (the stakeholder table of a network-sized file reads tens of thousands).
// The four RecordMeta columns come first, as RecordMeta::read expects.
class TableSelect
{
public:
    // table must be described by the catalogue.
    explicit TableSelect(const char* table);

    const TableDescription& table() const { return *m_table; }
    // "SELECT <every column> FROM <table> <tail>"; tail holds WHERE and ORDER BY, with bound
    // values only.
    QString sql(const QString& tail = {}) const;
    // The index of a described column in each row.
    int column(const char* name) const;

private:
    const TableDescription* m_table;
    QString m_select;
};

// The one instance of a repository's TableSelect (a subclass naming its columns), made on first
// use and kept for the life of the program.
template <typename Select> const Select& tableSelect()
{
    static const Select select;
    return select;
}

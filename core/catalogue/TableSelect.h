// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/TableDescription.h"

#include <QString>
#include <QStringList>

#include <initializer_list>

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
    // Only the columns named, in that order, each described by the catalogue: what a read of
    // tens of thousands of rows needs when it shows a few columns (the first screenful of the
    // stakeholder table) or when an index holds them all (a stakeholder's theme links). Its
    // rows have no RecordMeta unless the four columns are named first.
    TableSelect(const char* table, std::initializer_list<const char*> columns);

    const TableDescription& table() const { return *m_table; }
    // "SELECT <the columns> FROM <table> <tail>"; tail holds WHERE, ORDER BY and LIMIT, with
    // bound values only.
    QString sql(const QString& tail = {}) const;
    // The index of a selected column in each row.
    int column(const char* name) const;

private:
    const TableDescription* m_table;
    QStringList m_columns;
    QString m_select;
};

// The one instance of a repository's TableSelect (a subclass naming its columns), made on first
// use and kept for the life of the program.
template <typename Select> const Select& tableSelect()
{
    static const Select select;
    return select;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/TableDescription.h"

#include <QAnyStringView>
#include <QList>
#include <QStringList>

// Every table of the current format version, described once (issue 10): the storage layer
// follows its references to snapshot and announce what a delete takes, writes the file's
// personal_data rows from it, and the tests check it against the schema. Constant data built on
// first use; nothing in it changes while the program runs.
class Catalogue
{
public:
    // A foreign key seen from the table it refers to.
    struct Reference
    {
        const TableDescription* table; // the referring table
        const ForeignKeyDescription* key;
    };

    // In the order schema_v1.sql creates them.
    static const QList<TableDescription>& tables();
    // nullptr for a name the catalogue does not describe.
    static const TableDescription* table(QAnyStringView name);
    static QStringList tableNames();
    // The tables holding records, in the schema's order.
    static QStringList recordTableNames();
    // The keys referring to table's id, in the schema's order of the referring tables.
    static const QList<Reference>& referencesTo(QAnyStringView table);
};

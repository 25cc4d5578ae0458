// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/TableDescription.h"
#include "merge/MergeSelection.h"

#include <QList>
#include <QStringList>
#include <QVariantMap>

// Which tables a merge from a partner reads, and which of their columns travel: described once,
// for the planner, the hash and the documentation (docs/merging.md) to agree.
//
// A table's shared columns are its catalogue columns less the identity (id and timestamps, which
// the record keeps, and origin_city), less personal data (never copied, even when the partner's
// file holds it: storage/PersonalData), less the columns that are each file's own: the partner a
// practice or an exchange came from (a reference into each file's own list of partners), a
// stakeholder's place on the network picture and its private-notes flag, and name_key, which
// this program derives from the name. A column personal only where a flag is set (a
// stakeholder's private notes) travels as '' in the rows where it is set.
class MergeTables
{
public:
    enum class Kind
    {
        Practices,
        Templates,
        Exchanges,
        Stakeholders
    };

    struct Table
    {
        const TableDescription* description = nullptr;
        Kind kind = Kind::Practices;
        QStringList shared;
        QString name() const { return description->tableName(); }
    };

    // The top-level tables of a selection, in the order a merge takes them (a template's areas
    // and items travel with it: templateChildren()).
    static QList<Table> tables(const MergeSelection& selection);
    static Table table(Kind kind);
    // checklist_area and checklist_item, parents first.
    static QList<Table> templateChildren();

    // The value of each shared column as it travels: a flagged private column as ''.
    static QVariantMap sharedValues(const Table& table, const QVariantMap& row);
    // A value for a column a row lacks (an older file has no good_practice.tags): what the
    // schema would give it.
    static QVariant defaultFor(const ColumnDescription& column);
    // The columns of the table that a row must have to be inserted, in the catalogue's order.
    static QVariantMap withDefaults(const TableDescription& table, const QVariantMap& row);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/RowSnapshot.h"

#include <QHash>
#include <QStringList>

class RecordStore;

// Rows that link a record to others and have no kind of their own (an action's partners, the
// stakeholders of a consultation): a record table of two references, read and written as a
// list belonging to the owning record.
class LinkRows
{
public:
    // linkTable's rows for ownerColumn, targetColumn; "action_partner", "action_id",
    // "stakeholder_id".
    LinkRows(RecordStore& store, const char* linkTable, const char* ownerColumn,
             const char* targetColumn);

    // The targets of the owners that ownerTable's where selects (columns qualified with the
    // owner table's name), by owner id, each list sorted.
    QHash<QString, QStringList> read(const char* ownerTable, const QString& where,
                                     const QVariantList& bindings) const;
    // Makes the owner's rows match targets, inside the caller's transaction. Links that stay
    // keep their row, so that their identity survives for merges.
    Result<void> write(const QString& ownerId, const QStringList& targets);
    // The owners, still there, whose links the snapshot's removal took or its restoration put
    // back, leaving out those of ownerTable that the snapshot removes, restores or changes
    // itself (announced already).
    QStringList ownersChanged(const RowSnapshot& snapshot, const char* ownerTable) const;

    // Targets as stored: sorted by id and without repeats or blanks, so that a record read back
    // equals the one written and a target is never listed twice.
    static QStringList normalized(const QStringList& ids);

private:
    RecordStore& m_store;
    const char* m_table;
    const char* m_owner;
    const char* m_target;
};

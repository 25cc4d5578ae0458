// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "merge/MergeChanges.h"
#include "merge/MergePlan.h"

#include <QDateTime>

class RecordStore;

// Writes a merge into the officer's file, and takes it back: every write in one transaction of
// the store, announced to the repositories (RowAnnouncer) once it has committed, so that the
// panes show the rows a merge added, changed or removed, and never those of a merge that failed.
class MergeApplier
{
public:
    explicit MergeApplier(RecordStore& store) : m_store(store) {}

    // The plan with the officer's decisions (a conflict not in takeTheirs keeps the officer's
    // version; a removal not in remove keeps the record). A merge that would change nothing
    // (the same file imported again) writes nothing and returns empty changes.
    Result<MergeChanges> apply(const MergePlan& plan, const MergeDecisions& decisions,
                               const QDateTime& now);
    // Puts back what changes took or changed, then writes it again.
    Result<void> undo(const MergeChanges& changes);
    Result<void> redo(MergeChanges& changes);

private:
    Result<void> write(MergeChanges& changes);
    Result<void> insertRows(const QList<RowSnapshot::Row>& rows);
    Result<void> writeRow(const QString& table, const QVariantMap& values);
    Result<void> deleteRow(const QString& table, const QString& id);
    void announceWritten(const MergeChanges& changes);
    void announceTakenBack(const MergeChanges& changes);

    RecordStore& m_store;
};

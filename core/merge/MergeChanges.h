// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/MergeState.h"
#include "storage/RowSnapshot.h"

#include <QList>
#include <QVariantMap>

// What one merge changed in the officer's file, kept exactly, so that undo puts every row back
// as it was (same values, timestamps included) and redo writes the same rows again.
struct MergeChanges
{
    struct Update
    {
        QString table;
        QVariantMap before;
        QVariantMap after;
    };

    QString partnerCity;
    // Rows the merge inserted, parents first (a partner_city row, a checklist and its items).
    QList<RowSnapshot::Row> added;
    QList<Update> updated;
    // What each removal the officer accepted took, in the order removed.
    QList<RowSnapshot> removed;
    MergeState before;
    MergeState after;

    int recordsChanged() const { return int(added.size() + updated.size() + removed.size()); }
    bool isEmpty() const { return recordsChanged() == 0 && before == after; }
};

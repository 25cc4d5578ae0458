// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "merge/MergeState.h"
#include "storage/RowSnapshot.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// One record of a merge from a partner, as the three-way comparison found it (docs/merging.md).
struct MergeRecord
{
    enum class Outcome
    {
        // Not held here, never taken before: taken.
        Added,
        // Changed by the partner only: the partner's version replaces the officer's.
        Updated,
        // Nothing to do: changed by neither, by the officer only, or the same way by both.
        Unchanged,
        // Changed on both sides (or deleted here and changed there): the officer settles it;
        // the officer's version is kept unless they take the partner's.
        Conflict,
        // Deleted by the partner: the officer may remove it; kept unless they do.
        RemovalOffered,
        // Not taken, for reason (a stakeholder of the same name, a checklist of the same key).
        Skipped
    };

    QString table;
    QString id;
    Outcome outcome = Outcome::Unchanged;
    // Every column of the officer's row; empty when the officer's file does not hold it.
    QVariantMap mine;
    // Every column of the row the partner's version would write here (references mapped,
    // personal data left out); empty when the partner's file no longer holds the record.
    QVariantMap theirs;
    QString theirsHash;
    // The columns compared (MergeTables), in the catalogue's order.
    QStringList shared;
    // A checklist's areas and items, parents first, written with it.
    QList<RowSnapshot::Row> children;
    QString reason;

    QString key() const { return MergeState::key(table, id); }
    // The record's name or title, as the officer knows it.
    QString title() const;
    // The shared columns whose values differ between mine and theirs.
    QStringList differingColumns() const;
};

// Everything a merge would do, computed without writing: what the preview shows, and what the
// officer's decisions apply (MergeApplier).
struct MergePlan
{
    QString ownCity;
    QString partnerCity;
    QString partnerName;
    QString sharedAt;
    QList<MergeRecord> records;
    // The merge state for this partner as the officer's file holds it now.
    MergeState before;
    // Keys of the base no side holds any more: forgotten by the merge.
    QSet<QString> forgotten;
    // The officer's partner_city row that records taken from this partner refer to; when the
    // file has none, the row the merge creates (role peer) once a record needs it.
    QString partnerRowId;
    QVariantMap newPartnerRow;

    int count(MergeRecord::Outcome outcome) const;
};

// The officer's answers: the keys (MergeRecord::key) of the conflicts settled by taking the
// partner's version, and of the records the partner deleted that the officer removes too.
struct MergeDecisions
{
    QSet<QString> takeTheirs;
    QSet<QString> remove;
};

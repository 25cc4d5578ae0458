// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/TableDescription.h"
#include "storage/RowListener.h"
#include "storage/RowSnapshot.h"

#include <QList>

#include <array>

// Hands what a delete took or a restore put back to the repositories that own its rows, as the
// catalogue says, so that every row is announced whatever removed it. A repository listens for
// its own tables (RecordStore::announcer()); the one whose record was removed speaks last on
// removal and first on restore, so the order children-before-parents (and back) holds across
// repositories too: the schema has no reference from a repository's table back into the
// repository of a table it depends on, below the root record.
class RowAnnouncer
{
public:
    using Owner = TableDescription::Owner;

    // One listener per owner; nullptr stops announcing that owner's rows.
    void setListener(Owner owner, RowListener* listener);

    void removed(const RowSnapshot& snapshot) const;
    void restored(const RowSnapshot& snapshot) const;

    // The owners of the snapshot's rows in the order they first appear (the removed record's
    // first), then the owners of rows whose reference only was cleared.
    static QList<Owner> owners(const RowSnapshot& snapshot);

private:
    static constexpr int ownerCount = int(Owner::Exchange) + 1;
    std::array<RowListener*, ownerCount> m_listeners{};
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/RowSnapshot.h"

// What a repository does when rows of its tables went or came back with a record of any
// repository (a cascade, the undo of an insert, an import taken back), or a record of its lost
// or got back a reference (ON DELETE SET NULL): it emits its own per-kind signals.
class RowListener
{
public:
    virtual ~RowListener() = default;
    // Children before their parents (a snapshot lists parents first); then the records still
    // there whose reference was cleared, as updated.
    virtual void announceRemoved(const RowSnapshot& snapshot) = 0;
    // Parents before their children, once every row is back; then the records whose reference
    // came back, as updated.
    virtual void announceRestored(const RowSnapshot& snapshot) = 0;
};

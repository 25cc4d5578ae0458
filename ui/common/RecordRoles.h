// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

// Item roles shared by record tables (RecordTableModel), RecordSortProxy and their delegates.
namespace RecordRoles {
enum Role
{
    // The raw value to sort on (numbers as numbers, so that 9 comes before 10; unknown as null).
    SortRole = Qt::UserRole + 1,
    // The record's id, so that views and tests can find a row whatever the sorting.
    IdRole,
};
} // namespace RecordRoles

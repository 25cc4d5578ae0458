// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowSnapshot.h"

int RowSnapshot::count(const QString& table) const
{
    int n = 0;
    for (const Row& row : rows)
        n += row.table == table ? 1 : 0;
    return n;
}

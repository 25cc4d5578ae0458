// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

// The hash a three-way merge compares (merge_base.row_hash): SHA-256 over a record's shared
// columns (MergeTables), in the catalogue's order, each as its name, its kind of value (NULL,
// integer, real or text) and the value, so that '' and NULL, or 1 and '1', differ. Both sides
// are hashed alike: the partner's row after its references were mapped into this file (its theme
// as this file's theme), the officer's row as it is. "1:" before the hex digits names this way of
// hashing, should it ever change.
class RowHash
{
public:
    static QString of(const QStringList& columns, const QVariantMap& values);
};

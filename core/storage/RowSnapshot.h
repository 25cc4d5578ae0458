// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

// Everything a delete takes away: the record, the rows that cascade with it (parents first) and
// the references set to NULL. Restoring it puts back the same identities, so undo is exact.
struct RowSnapshot
{
    struct Row
    {
        QString table;
        QVariantMap values;
    };
    struct Reference
    {
        QString table;
        QString id;
        QString column;
        QVariant value;
    };

    QList<Row> rows;
    QList<Reference> nullified;

    bool isEmpty() const { return rows.isEmpty(); }
    // How many rows of a table go with the record (for a confirmation that names them).
    int count(const QString& table) const;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/RowSnapshot.h"

#include <QHash>
#include <QString>

#include <functional>

// The part of a repository's RowListener that is the same for every record kind: a row a
// delete took is announced by its kind's removed signal, children first; a row a restore put
// back is read again and announced as added, parents first; a record whose reference a delete
// cleared (or a restore set again) is read again and announced as updated, once. A repository
// follows each of its kinds here (RecordTable::announceAs does it from the kind's signals) and
// adds what is its own, such as the link tables that change a record without removing it.
class KindAnnouncements
{
public:
    struct Kind
    {
        std::function<void(const QString& id)> removed;
        // Reads the record by id and announces it, if it is there.
        std::function<void(const QString& id)> added;
        std::function<void(const QString& id)> updated;
    };

    void follow(const QString& table, Kind kind);
    bool follows(const QString& table) const { return m_kinds.contains(table); }

    void removed(const RowSnapshot& snapshot) const;
    void restored(const RowSnapshot& snapshot) const;
    void referencesChanged(const RowSnapshot& snapshot) const;

private:
    QHash<QString, Kind> m_kinds;
};

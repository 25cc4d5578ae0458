// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/KindAnnouncements.h"

#include <QSet>

namespace {
QString idOf(const RowSnapshot::Row& row)
{
    return row.values.value(QStringLiteral("id")).toString();
}
} // namespace

void KindAnnouncements::follow(const QString& table, Kind kind)
{
    m_kinds.insert(table, std::move(kind));
}

void KindAnnouncements::removed(const RowSnapshot& snapshot) const
{
    // Snapshots list parents first: children go first, so that no view shows an orphan.
    for (auto row = snapshot.rows.crbegin(); row != snapshot.rows.crend(); ++row) {
        if (const auto kind = m_kinds.constFind(row->table); kind != m_kinds.cend())
            kind->removed(idOf(*row));
    }
}

void KindAnnouncements::restored(const RowSnapshot& snapshot) const
{
    for (const RowSnapshot::Row& row : snapshot.rows) {
        if (const auto kind = m_kinds.constFind(row.table); kind != m_kinds.cend())
            kind->added(idOf(row));
    }
}

void KindAnnouncements::referencesChanged(const RowSnapshot& snapshot) const
{
    // A record may have lost several references to the removed one (two columns, or rows of
    // several cascaded records): one announcement is enough.
    QSet<std::pair<QString, QString>> seen;
    for (const RowSnapshot::Reference& ref : snapshot.nullified) {
        const auto kind = m_kinds.constFind(ref.table);
        if (kind == m_kinds.cend() || seen.contains({ref.table, ref.id}))
            continue;
        seen.insert({ref.table, ref.id});
        kind->updated(ref.id);
    }
}

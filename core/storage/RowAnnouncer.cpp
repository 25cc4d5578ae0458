// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowAnnouncer.h"

#include "catalogue/Catalogue.h"

void RowAnnouncer::setListener(Owner owner, RowListener* listener)
{
    m_listeners.at(std::size_t(owner)) = listener;
}

QList<RowAnnouncer::Owner> RowAnnouncer::owners(const RowSnapshot& snapshot)
{
    QList<Owner> found;
    const auto note = [&found](const QString& table) {
        if (const TableDescription* t = Catalogue::table(table); t && !found.contains(t->owner))
            found.append(t->owner);
    };
    for (const RowSnapshot::Row& row : snapshot.rows)
        note(row.table);
    for (const RowSnapshot::Reference& ref : snapshot.nullified)
        note(ref.table);
    return found;
}

void RowAnnouncer::removed(const RowSnapshot& snapshot) const
{
    const QList<Owner> order = owners(snapshot);
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        if (RowListener* listener = m_listeners.at(std::size_t(*it)))
            listener->announceRemoved(snapshot);
    }
}

void RowAnnouncer::restored(const RowSnapshot& snapshot) const
{
    for (Owner owner : owners(snapshot)) {
        if (RowListener* listener = m_listeners.at(std::size_t(owner)))
            listener->announceRestored(snapshot);
    }
}

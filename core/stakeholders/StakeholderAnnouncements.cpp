// SPDX-License-Identifier: GPL-3.0-or-later
// StakeholderRepository's announcements of what a delete took or a restore put back, whichever
// repository removed it (RecordStore's announcer calls them).
#include "StakeholderRepository.h"

#include <QSet>

#include <algorithm>

void StakeholderRepository::announceRemoved(const RowSnapshot& snapshot)
{
    // Children first (KindAnnouncements), so that no model is left showing a row whose
    // stakeholder is gone.
    m_kinds.removed(snapshot);
    announceThemesChanged(snapshot);
    if (takesStakeholder(snapshot))
        emit rowsRemoved(snapshot);
}

void StakeholderRepository::announceRestored(const RowSnapshot& snapshot)
{
    // Parents first, so a stakeholder is announced (with its themes) before its contacts.
    m_kinds.restored(snapshot);
    announceThemesChanged(snapshot);
    if (takesStakeholder(snapshot))
        emit rowsRestored(snapshot);
}

bool StakeholderRepository::takesStakeholder(const RowSnapshot& snapshot)
{
    return std::any_of(snapshot.rows.cbegin(), snapshot.rows.cend(), [](const RowSnapshot::Row& r) {
        return r.table == QLatin1String("stakeholder");
    });
}

void StakeholderRepository::announceThemesChanged(const RowSnapshot& snapshot)
{
    // A theme's removal takes its links to stakeholders (and its undo brings them back): those
    // stakeholders are still there, with one theme less or more.
    QSet<QString> whole;
    QStringList changed;
    for (const RowSnapshot::Row& row : snapshot.rows) {
        if (row.table == QLatin1String("stakeholder"))
            whole.insert(row.values.value(QStringLiteral("id")).toString());
        else if (row.table == QLatin1String("stakeholder_theme"))
            changed << row.values.value(QStringLiteral("stakeholder_id")).toString();
    }
    changed.removeDuplicates();
    changed.removeIf([&whole](const QString& id) { return whole.contains(id); });
    if (changed.isEmpty())
        return;
    // A theme may tag thousands of stakeholders: one burst, which a model may catch up at once.
    emit bulkChangeAboutToStart();
    for (const QString& id : std::as_const(changed)) {
        if (auto s = stakeholder(id))
            emit stakeholderUpdated(*s);
    }
    emit bulkChangeFinished();
}

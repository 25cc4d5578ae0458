// SPDX-License-Identifier: GPL-3.0-or-later
// StakeholderRepository's announcements of what a delete took or a restore put back, whichever
// repository removed it (RecordStore's announcer calls them).
#include "StakeholderRepository.h"

#include <QSet>

void StakeholderRepository::announceRemoved(const RowSnapshot& snapshot)
{
    // Children first, so that no model is left showing a row whose stakeholder is gone.
    bool whole = false;
    for (auto row = snapshot.rows.crbegin(); row != snapshot.rows.crend(); ++row) {
        const QString id = row->values.value(QStringLiteral("id")).toString();
        if (row->table == QLatin1String("contact_person"))
            emit contactRemoved(id);
        else if (row->table == QLatin1String("stakeholder_relation"))
            emit relationRemoved(id);
        else if (row->table == QLatin1String("engagement"))
            emit engagementRemoved(id);
        else if (row->table == QLatin1String("stakeholder")) {
            whole = true;
            emit stakeholderRemoved(id);
        }
    }
    announceThemesChanged(snapshot);
    if (whole)
        emit rowsRemoved(snapshot);
}

void StakeholderRepository::announceRestored(const RowSnapshot& snapshot)
{
    // Snapshots list parents first, so a stakeholder is announced before its contacts.
    bool whole = false;
    for (const RowSnapshot::Row& row : snapshot.rows) {
        const QString id = row.values.value(QStringLiteral("id")).toString();
        if (row.table == QLatin1String("stakeholder")) {
            whole = true;
            if (auto s = stakeholder(id))
                emit stakeholderAdded(*s);
        } else if (row.table == QLatin1String("contact_person")) {
            if (auto c = contact(id))
                emit contactAdded(*c);
        } else if (row.table == QLatin1String("stakeholder_relation")) {
            if (auto rel = relation(id))
                emit relationAdded(*rel);
        } else if (row.table == QLatin1String("engagement")) {
            if (auto e = engagement(id))
                emit engagementAdded(*e);
        }
    }
    announceThemesChanged(snapshot);
    if (whole)
        emit rowsRestored(snapshot);
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

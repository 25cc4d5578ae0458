// SPDX-License-Identifier: GPL-3.0-or-later
// StakeholderTableModel, continued: catching up with a bulk change (a CSV import, its undo or
// its redo) at once. Row by row, 20,000 imported stakeholders cost a minute of notifications
// and contact queries; set aside and applied together, they cost one reset (docs/performance.md).
#include "StakeholderTableModel.h"

namespace {

// Up to this many signals, a bulk change still notifies row by row (a view keeps its
// selection and scroll position); beyond, one reset is far cheaper.
constexpr size_t rowByRowLimit = 50;

} // namespace

void StakeholderTableModel::onBulkStarted()
{
    ++m_bulkDepth;
}

void StakeholderTableModel::onBulkFinished()
{
    if (m_bulkDepth == 0 || --m_bulkDepth > 0)
        return;
    const std::vector<Deferred> deferred = std::exchange(m_deferred, {});
    if (deferred.size() > rowByRowLimit)
        return applyBulk(deferred);
    for (const Deferred& d : deferred) {
        switch (d.what) {
        case Deferred::StakeholderChanged:
            onStakeholderUpdated(d.stakeholder);
            break;
        case Deferred::StakeholderRemoved:
            onStakeholderRemoved(d.id);
            break;
        case Deferred::ContactChanged:
            onContactAdded(d.contact);
            break;
        case Deferred::ContactRemoved:
            onContactRemoved(d.id);
            break;
        }
    }
}

void StakeholderTableModel::applyBulk(const std::vector<Deferred>& deferred)
{
    ensurePrepared();
    beginResetModel();
    // Each stakeholder ends as its last signal left it.
    QHash<QString, const Deferred*> latest;
    bool contactsChanged = false;
    for (const Deferred& d : deferred) {
        if (d.what == Deferred::StakeholderChanged)
            latest.insert(d.stakeholder.meta.id, &d);
        else if (d.what == Deferred::StakeholderRemoved)
            latest.insert(d.id, &d);
        else
            contactsChanged = true;
    }
    // The contacts in one query instead of one per signal; the rows whose contacts changed
    // need their search text made again, unless they are made anew or go.
    QSet<QString> stale;
    if (contactsChanged)
        stale = m_index.setContactTexts(m_repository.contactTexts());
    // In the order of the signals, so that new rows come last as they would one by one.
    QList<Stakeholder> changed;
    QSet<QString> removed;
    for (const Deferred& d : deferred) {
        const bool isRemoval = d.what == Deferred::StakeholderRemoved;
        if (!isRemoval && d.what != Deferred::StakeholderChanged)
            continue;
        const QString& id = isRemoval ? d.id : d.stakeholder.meta.id;
        if (latest.value(id) != &d)
            continue;
        if (isRemoval)
            removed.insert(id);
        else
            changed.append(d.stakeholder);
    }
    m_index.applyChanges(changed, removed, std::move(stale));
    endResetModel();
    // Restored stakeholders may come back with engagements.
    scheduleLastContacts();
}

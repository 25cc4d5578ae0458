// SPDX-License-Identifier: GPL-3.0-or-later
// StakeholderTableModel, continued: catching up with a bulk change (a CSV import, its undo or
// its redo) at once. Row by row, 20,000 imported stakeholders cost a minute of notifications
// and contact queries; set aside and applied together, they cost one reset (docs/performance.md).
#include "StakeholderTableModel.h"

#include <numeric>

namespace {

// Up to this many signals, a bulk change still notifies row by row (a view keeps its
// selection and scroll position); beyond, one reset is far cheaper.
constexpr size_t rowByRowLimit = 50;

} // namespace

QSet<QString> StakeholderTableModel::reloadContactTexts()
{
    QHash<QString, QStringList> texts;
    QHash<QString, QString> owners;
    for (const StakeholderRepository::ContactText& c : m_repository.contactTexts()) {
        texts[c.stakeholderId] << c.name << c.email;
        owners.insert(c.id, c.stakeholderId);
    }
    QSet<QString> changed;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (m_contactTexts.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = m_contactTexts.cbegin(); it != m_contactTexts.cend(); ++it) {
        if (!texts.contains(it.key()))
            changed.insert(it.key());
    }
    m_contactTexts = std::move(texts);
    m_contactOwners = std::move(owners);
    return changed;
}

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
        stale = reloadContactTexts();
    std::vector<char> gone(m_rows.size(), 0);
    // In the order of the signals, so that new rows come last as they would one by one.
    for (const Deferred& d : deferred) {
        const bool removed = d.what == Deferred::StakeholderRemoved;
        if (!removed && d.what != Deferred::StakeholderChanged)
            continue;
        const QString& id = removed ? d.id : d.stakeholder.meta.id;
        if (latest.value(id) != &d)
            continue;
        stale.remove(id);
        const int storage = storageIndex(id);
        if (removed) {
            if (storage >= 0)
                gone[size_t(storage)] = 1;
        } else if (storage >= 0) {
            Row& row = m_rows[size_t(storage)];
            row.stakeholder = d.stakeholder;
            fillDerived(row);
        } else {
            m_rows.push_back(makeRow(d.stakeholder));
            gone.push_back(0);
        }
    }
    for (const QString& id : std::as_const(stale)) {
        const int storage = storageIndex(id);
        if (storage >= 0)
            m_rows[size_t(storage)].search = searchText(m_rows[size_t(storage)]);
    }
    size_t kept = 0;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (gone[i])
            continue;
        if (kept != i)
            m_rows[kept] = std::move(m_rows[i]);
        ++kept;
    }
    m_rows.erase(m_rows.begin() + qsizetype(kept), m_rows.end());
    m_storage.clear();
    m_storage.reserve(qsizetype(m_rows.size()));
    indexStorage(0);
    m_nameRanks.clear();
    m_order.resize(m_rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    sortOrder();
    rebuildVisible();
    endResetModel();
    // Restored stakeholders may come back with engagements.
    scheduleLastContacts();
}

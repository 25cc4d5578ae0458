// SPDX-License-Identifier: GPL-3.0-or-later
// StakeholderTableModel, continued: following the repositories row by row. Kept apart from
// reading, sorting and filtering so that each file stays readable.
#include "StakeholderTableModel.h"

#include "city/Repositories.h"
#include "common/ThemeNames.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/OverdueFollowUps.h"

#include <algorithm>

int StakeholderTableModel::rowOf(const QString& id)
{
    readRemainingRows();
    const int storage = m_index.storageOf(id);
    return storage < 0 ? -1 : m_index.visiblePosition(storage);
}

void StakeholderTableModel::reposition(int storage, int oldPos)
{
    m_index.placeInOrder(storage);
    const bool show = m_index.matches(storage);
    if (oldPos < 0) {
        if (!show)
            return;
        const int pos = m_index.visibleInsertionPoint(storage);
        beginInsertRows({}, pos, pos);
        m_index.insertVisible(pos, storage);
        endInsertRows();
        return;
    }
    if (!show) {
        beginRemoveRows({}, oldPos, oldPos);
        m_index.removeVisible(oldPos);
        endRemoveRows();
        return;
    }
    const int newPos = m_index.visibleTarget(storage, oldPos);
    if (newPos != oldPos) {
        beginMoveRows({}, oldPos, oldPos, {}, newPos > oldPos ? newPos + 1 : newPos);
        m_index.moveVisible(oldPos, newPos);
        endMoveRows();
    }
    emit dataChanged(index(newPos, 0), index(newPos, ColumnCount - 1));
}

void StakeholderTableModel::onStakeholderAdded(const Stakeholder& stakeholder)
{
    if (m_bulkDepth > 0)
        return m_deferred.push_back({Deferred::StakeholderChanged, stakeholder, {}, {}});
    ensurePrepared();
    if (m_index.storageOf(stakeholder.meta.id) >= 0)
        return onStakeholderUpdated(stakeholder);
    // Restored with its engagements, which announce themselves after it.
    reposition(m_index.append(stakeholder), -1);
}

void StakeholderTableModel::onStakeholderUpdated(const Stakeholder& stakeholder)
{
    if (m_bulkDepth > 0)
        return m_deferred.push_back({Deferred::StakeholderChanged, stakeholder, {}, {}});
    ensurePrepared();
    const int storage = m_index.storageOf(stakeholder.meta.id);
    if (storage < 0)
        return onStakeholderAdded(stakeholder);
    const int oldPos = m_index.visiblePosition(storage);
    m_index.update(storage, stakeholder);
    reposition(storage, oldPos);
}

void StakeholderTableModel::onStakeholderRemoved(const QString& id)
{
    if (m_bulkDepth > 0)
        return m_deferred.push_back({Deferred::StakeholderRemoved, {}, {}, id});
    ensurePrepared();
    const int storage = m_index.storageOf(id);
    if (storage < 0)
        return;
    const int pos = m_index.visiblePosition(storage);
    if (pos >= 0)
        beginRemoveRows({}, pos, pos);
    m_index.remove(storage);
    if (pos >= 0)
        endRemoveRows();
}

void StakeholderTableModel::refreshContactsOf(const QString& stakeholderId)
{
    QStringList texts;
    for (const ContactPerson& c : m_repository.contacts(stakeholderId))
        texts << c.name << c.email;
    const int storage = m_index.setContactTexts(stakeholderId, texts);
    // Contacts are not shown: only the filter can change what the table shows.
    if (storage >= 0 && !m_index.filter().text.isEmpty())
        reposition(storage, m_index.visiblePosition(storage));
}

void StakeholderTableModel::onContactAdded(const ContactPerson& contact)
{
    if (m_bulkDepth > 0)
        return m_deferred.push_back({Deferred::ContactChanged, {}, contact, {}});
    ensurePrepared();
    const QString previous = m_index.setContactOwner(contact.meta.id, contact.stakeholderId);
    if (!previous.isEmpty() && previous != contact.stakeholderId)
        refreshContactsOf(previous);
    refreshContactsOf(contact.stakeholderId);
}

void StakeholderTableModel::onContactRemoved(const QString& id)
{
    if (m_bulkDepth > 0)
        return m_deferred.push_back({Deferred::ContactRemoved, {}, {}, id});
    ensurePrepared();
    const QString owner = m_index.takeContactOwner(id);
    if (!owner.isEmpty())
        refreshContactsOf(owner);
}

void StakeholderTableModel::onMembersChanged()
{
    ensurePrepared();
    readMemberRoles();
    for (int i = 0; i < m_index.size(); ++i) {
        const std::optional<QString> now = m_index.memberRoleOf(m_index.row(i).stakeholder.meta.id);
        if (now != m_index.row(i).memberRole) {
            const int oldPos = m_index.visiblePosition(i);
            m_index.setMemberRole(i, now);
            reposition(i, oldPos);
        }
    }
}

void StakeholderTableModel::onThemesChanged()
{
    ensurePrepared();
    // A theme whose removal is undone comes back with its stakeholders' links, which the
    // file restores without announcing each stakeholder: read them again (one query).
    const QStringList& ids = m_themeNames->ids();
    if (std::any_of(ids.cbegin(), ids.cend(),
                    [this](const QString& id) { return !m_index.hasTheme(id); }))
        m_index.setStakeholderThemes(m_repository.themeIdsByStakeholder());
    // The file drops a removed theme from every stakeholder without announcing each one, and
    // a filter by that theme is dropped too.
    const bool filterDropped = m_index.setThemes(m_themeNames->names(), ids);
    if (!m_index.filter().themeId.isEmpty() || filterDropped) {
        beginResetModel();
        m_index.refilter();
        endResetModel();
    }
    if (m_sortColumn == Themes)
        sort(m_sortColumn, m_sortOrder);
    else
        emitColumnChanged(Themes);
}

void StakeholderTableModel::emitColumnChanged(int column)
{
    if (m_index.visibleCount() > 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
}

void StakeholderTableModel::scheduleLastContacts()
{
    if (m_lastContactsPending)
        return;
    m_lastContactsPending = true;
    QMetaObject::invokeMethod(this, &StakeholderTableModel::refreshLastContacts,
                              Qt::QueuedConnection);
}

void StakeholderTableModel::refreshLastContacts()
{
    ensurePrepared();
    m_lastContactsPending = false;
    m_today = QDate::currentDate();
    // What each overdue follow-up is about, for the name's tooltip: the oldest first.
    QHash<QString, QList<OverdueFollowUp>> overdue;
    for (const OverdueFollowUp& f :
         OverdueFollowUps::read(m_context.repositories.store().database(), m_today))
        overdue[f.stakeholderId].append(f);
    const bool tooltipsChanged = overdue != m_overdue;
    m_overdue = std::move(overdue);
    const std::vector<int> changed = m_index.setLastContacts(m_repository.lastContacts(m_today));
    if (changed.empty()) {
        if (tooltipsChanged)
            emitColumnChanged(Name);
        return;
    }
    // Only the overdue filter looks at the last contacts: a follow-up logged or done shows or
    // hides its row, one by one; the first reading (tens of thousands of rows) in one step.
    constexpr size_t rowByRowLimit = 50;
    if (m_index.filter().overdueOnly) {
        if (changed.size() <= rowByRowLimit) {
            for (int storage : changed)
                reposition(storage, m_index.visiblePosition(storage));
        } else {
            beginResetModel();
            m_index.refilter();
            endResetModel();
        }
    }
    if (m_sortColumn == LastContact)
        sort(m_sortColumn, m_sortOrder);
    emitColumnChanged(Name);
    emitColumnChanged(LastContact);
}

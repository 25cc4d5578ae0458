// SPDX-License-Identifier: GPL-3.0-or-later
// StakeholderTableModel, continued: following the repositories row by row. Kept apart from
// reading, sorting and filtering so that each file stays readable.
#include "StakeholderTableModel.h"

#include "city/Repositories.h"
#include "common/TextLimits.h"
#include "stakeholders/GroupRepository.h"
#include "themes/ThemeRepository.h"

#include <algorithm>

int StakeholderTableModel::storageIndex(const QString& id) const
{
    return m_storage.value(id, -1);
}

void StakeholderTableModel::indexStorage(size_t from)
{
    for (size_t i = from; i < m_rows.size(); ++i)
        m_storage.insert(m_rows[i].stakeholder.meta.id, int(i));
}

int StakeholderTableModel::visiblePosition(int storage) const
{
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    const auto it = std::lower_bound(m_visible.cbegin(), m_visible.cend(), storage, less);
    if (it != m_visible.cend() && *it == storage)
        return int(it - m_visible.cbegin());
    // Filtered out, or changed since it was placed: a scan of integers tells.
    const auto found = std::find(m_visible.cbegin(), m_visible.cend(), storage);
    return found == m_visible.cend() ? -1 : int(found - m_visible.cbegin());
}

int StakeholderTableModel::rowOf(const QString& id)
{
    readRemainingRows();
    const int storage = storageIndex(id);
    return storage < 0 ? -1 : visiblePosition(storage);
}

bool StakeholderTableModel::lessThan(int a, int b) const
{
    // Unsorted, the rows keep the file's order and new ones come last.
    if (m_sortColumn < 0)
        return a < b;
    const Row& ra = m_rows[size_t(a)];
    const Row& rb = m_rows[size_t(b)];
    int c = 0;
    switch (m_sortColumn) {
    case Name:
        break;
    case Influence:
        c = ra.stakeholder.influence - rb.stakeholder.influence;
        break;
    case Interest:
        c = ra.stakeholder.interest - rb.stakeholder.interest;
        break;
    case LastContact:
        c = ra.lastContact == rb.lastContact ? 0 : (ra.lastContact < rb.lastContact ? -1 : 1);
        break;
    default:
        c = m_collator.compare(text(ra, m_sortColumn), text(rb, m_sortColumn));
        break;
    }
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (c != 0)
        return descending ? c > 0 : c < 0;
    const int byName = ra.nameKey->compare(*rb.nameKey);
    if (byName != 0)
        return (m_sortColumn == Name && descending) ? byName > 0 : byName < 0;
    return a < b;
}

void StakeholderTableModel::reposition(int storage, int oldPos)
{
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    const auto placed = std::find(m_order.begin(), m_order.end(), storage);
    if (placed != m_order.end())
        m_order.erase(placed);
    m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), storage, less), storage);
    const bool show = matches(m_rows[size_t(storage)]);
    if (oldPos < 0) {
        if (!show)
            return;
        const auto at = std::lower_bound(m_visible.begin(), m_visible.end(), storage, less);
        const int pos = int(at - m_visible.begin());
        beginInsertRows({}, pos, pos);
        m_visible.insert(at, storage);
        endInsertRows();
        return;
    }
    if (!show) {
        beginRemoveRows({}, oldPos, oldPos);
        m_visible.erase(m_visible.begin() + oldPos);
        endRemoveRows();
        return;
    }
    // The other rows are still in order: search before the row, then after it.
    const auto first = m_visible.begin();
    const auto at = first + oldPos;
    const auto before = std::lower_bound(first, at, storage, less);
    const int newPos =
        before != at ? int(before - first)
                     : int(std::lower_bound(at + 1, m_visible.end(), storage, less) - first) - 1;
    if (newPos != oldPos) {
        beginMoveRows({}, oldPos, oldPos, {}, newPos > oldPos ? newPos + 1 : newPos);
        if (newPos < oldPos)
            std::rotate(first + newPos, at, at + 1);
        else
            std::rotate(at, at + 1, first + newPos + 1);
        endMoveRows();
    }
    emit dataChanged(index(newPos, 0), index(newPos, ColumnCount - 1));
}

void StakeholderTableModel::onStakeholderAdded(const Stakeholder& stakeholder)
{
    if (m_bulkDepth > 0)
        return m_deferred.push_back({Deferred::StakeholderChanged, stakeholder, {}, {}});
    ensurePrepared();
    if (storageIndex(stakeholder.meta.id) >= 0)
        return onStakeholderUpdated(stakeholder);
    m_nameRanks.clear();
    Row row = makeRow(stakeholder);
    // Restored with its engagements, which announce themselves after it.
    m_rows.push_back(std::move(row));
    indexStorage(m_rows.size() - 1);
    reposition(int(m_rows.size()) - 1, -1);
}

void StakeholderTableModel::onStakeholderUpdated(const Stakeholder& stakeholder)
{
    if (m_bulkDepth > 0)
        return m_deferred.push_back({Deferred::StakeholderChanged, stakeholder, {}, {}});
    ensurePrepared();
    m_nameRanks.clear();
    const int storage = storageIndex(stakeholder.meta.id);
    if (storage < 0)
        return onStakeholderAdded(stakeholder);
    const int oldPos = visiblePosition(storage);
    Row& row = m_rows[size_t(storage)];
    row.stakeholder = stakeholder;
    fillDerived(row);
    reposition(storage, oldPos);
}

void StakeholderTableModel::onStakeholderRemoved(const QString& id)
{
    if (m_bulkDepth > 0)
        return m_deferred.push_back({Deferred::StakeholderRemoved, {}, {}, id});
    ensurePrepared();
    const int storage = storageIndex(id);
    if (storage < 0)
        return;
    const int pos = visiblePosition(storage);
    if (pos >= 0)
        beginRemoveRows({}, pos, pos);
    const auto forget = [storage](std::vector<int>& v) {
        v.erase(std::remove(v.begin(), v.end(), storage), v.end());
        for (int& i : v) {
            if (i > storage)
                --i;
        }
    };
    forget(m_order);
    forget(m_visible);
    m_rows.erase(m_rows.begin() + storage);
    m_storage.remove(id);
    // The rows after it moved up by one (none when the newest goes, as undo does it).
    indexStorage(size_t(storage));
    m_nameRanks.clear();
    if (pos >= 0)
        endRemoveRows();
}

void StakeholderTableModel::refreshContactsOf(const QString& stakeholderId)
{
    QStringList texts;
    for (const ContactPerson& c : m_repository.contacts(stakeholderId))
        texts << c.name << c.email;
    if (texts.isEmpty())
        m_contactTexts.remove(stakeholderId);
    else
        m_contactTexts.insert(stakeholderId, texts);
    const int storage = storageIndex(stakeholderId);
    if (storage < 0)
        return;
    m_rows[size_t(storage)].search = searchText(m_rows[size_t(storage)]);
    // Contacts are not shown: only the filter can change what the table shows.
    if (!m_filter.text.isEmpty())
        reposition(storage, visiblePosition(storage));
}

void StakeholderTableModel::onContactAdded(const ContactPerson& contact)
{
    if (m_bulkDepth > 0)
        return m_deferred.push_back({Deferred::ContactChanged, {}, contact, {}});
    ensurePrepared();
    const QString previous = m_contactOwners.value(contact.meta.id);
    m_contactOwners.insert(contact.meta.id, contact.stakeholderId);
    if (!previous.isEmpty() && previous != contact.stakeholderId)
        refreshContactsOf(previous);
    refreshContactsOf(contact.stakeholderId);
}

void StakeholderTableModel::onContactRemoved(const QString& id)
{
    if (m_bulkDepth > 0)
        return m_deferred.push_back({Deferred::ContactRemoved, {}, {}, id});
    ensurePrepared();
    const QString owner = m_contactOwners.take(id);
    if (!owner.isEmpty())
        refreshContactsOf(owner);
}

void StakeholderTableModel::onMembersChanged()
{
    ensurePrepared();
    m_memberRoles.clear();
    for (const GroupMember& m : m_context.repositories.group().members())
        m_memberRoles.insert(m.stakeholderId, m.role);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        const auto role = m_memberRoles.constFind(row.stakeholder.meta.id);
        const std::optional<QString> now =
            role == m_memberRoles.cend() ? std::nullopt : std::optional<QString>(role.value());
        if (now != row.memberRole) {
            const int oldPos = visiblePosition(int(i));
            row.memberRole = now;
            reposition(int(i), oldPos);
        }
    }
}

void StakeholderTableModel::onThemeAdded()
{
    ensurePrepared();
    // A theme whose removal is undone comes back with its stakeholders' links, which the
    // file restores without announcing each stakeholder: read them again (one query).
    const QHash<QString, QStringList> themeIds = m_repository.themeIdsByStakeholder();
    for (Row& row : m_rows)
        row.stakeholder.themeIds = themeIds.value(row.stakeholder.meta.id);
    onThemesChanged();
}

void StakeholderTableModel::onThemesChanged()
{
    ensurePrepared();
    const QString filteredTheme = m_filter.themeId;
    m_themeNames.clear();
    m_themeOrder.clear();
    for (const Theme& t : m_context.repositories.themes().themes()) {
        m_themeNames.insert(t.meta.id, TextLimits::shortened(t.name));
        m_themeOrder << t.meta.id;
    }
    // The file drops a removed theme from every stakeholder without announcing each one.
    for (Row& row : m_rows) {
        row.stakeholder.themeIds.removeIf(
            [this](const QString& id) { return !m_themeNames.contains(id); });
        row.themes = themesText(row.stakeholder.themeIds);
    }
    // A removed theme no longer narrows the table: the filter would otherwise show nothing.
    if (!m_filter.themeId.isEmpty() && !m_themeNames.contains(m_filter.themeId))
        m_filter.themeId.clear();
    const bool filterDropped = m_filter.themeId != filteredTheme;
    if (!m_filter.themeId.isEmpty() || filterDropped) {
        beginResetModel();
        rebuildVisible();
        endResetModel();
    }
    if (m_sortColumn == Themes)
        sort(m_sortColumn, m_sortOrder);
    else
        emitColumnChanged(Themes);
}

void StakeholderTableModel::emitColumnChanged(int column)
{
    if (!m_visible.empty())
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
    const QHash<QString, StakeholderRepository::LastContact> last =
        m_repository.lastContacts(m_today);
    bool changed = false;
    for (Row& row : m_rows) {
        const StakeholderRepository::LastContact lc = last.value(row.stakeholder.meta.id);
        if (lc.date == row.lastContact && lc.overdueFollowUp == row.overdue)
            continue;
        row.lastContact = lc.date;
        row.overdue = lc.overdueFollowUp;
        changed = true;
    }
    if (!changed)
        return;
    // No filter looks at the last contact: only its sorting can move rows, all in one step
    // (the first reading changes tens of thousands of rows).
    if (m_sortColumn == LastContact)
        sort(m_sortColumn, m_sortOrder);
    emitColumnChanged(Name);
    emitColumnChanged(LastContact);
}

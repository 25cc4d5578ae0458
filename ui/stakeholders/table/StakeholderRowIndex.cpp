// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderRowIndex.h"

#include "common/TextFolding.h"
#include "stakeholders/NameOrder.h"

#include <algorithm>
#include <iterator>
#include <numeric>

StakeholderRowIndex::StakeholderRowIndex(Texts texts)
    : m_texts(std::move(texts)), m_collator(NameOrder::collator())
{
}

void StakeholderRowIndex::readFirstRows(const QList<Stakeholder>& rows,
                                        std::optional<int> fileCount)
{
    m_rows.reserve(size_t(rows.size()));
    for (const Stakeholder& s : rows)
        m_rows.push_back(summaryRow(s));
    indexStorage(0);
    m_phase = fileCount ? Phase::FirstScreenRead : Phase::AllRowsRead;
    m_fileCount = fileCount.value_or(0);
    // The file gives the rows by folded name, close to the reader's order: no sort at load.
    m_order.resize(m_rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    m_visible = m_order;
}

QString StakeholderRowIndex::lastReadName() const
{
    return m_rows.empty() ? QString() : m_rows.back().stakeholder.name;
}

int StakeholderRowIndex::readRemainingRows(QList<Stakeholder> rows)
{
    m_phase = Phase::AllRowsRead;
    // A stakeholder renamed since the first rows were read may come again.
    rows.removeIf([this](const Stakeholder& s) { return m_storage.contains(s.meta.id); });
    // Nothing can be sorted or filtered yet (both wait for the preparation): the new rows go
    // last, in the file's order.
    const size_t from = m_rows.size();
    m_rows.reserve(from + size_t(rows.size()));
    for (const Stakeholder& s : rows)
        m_rows.push_back(summaryRow(s));
    indexStorage(from);
    for (size_t i = from; i < m_rows.size(); ++i) {
        m_order.push_back(int(i));
        m_visible.push_back(int(i));
    }
    return int(rows.size());
}

void StakeholderRowIndex::readThemes(const QHash<QString, QStringList>& themeIdsByStakeholder)
{
    m_pendingThemes = themeIdsByStakeholder;
    m_phase = Phase::ThemesRead;
}

void StakeholderRowIndex::readContacts(const QList<StakeholderRepository::ContactText>& contacts)
{
    setContactTexts(contacts);
    m_preparedRows = 0;
    m_phase = Phase::ContactsRead;
}

StakeholderRowIndex::Phase StakeholderRowIndex::prepareRows(size_t count)
{
    if (m_phase != Phase::ContactsRead)
        return m_phase;
    const size_t end = std::min(m_rows.size(), m_preparedRows + count);
    for (size_t i = m_preparedRows; i < end; ++i) {
        Row& row = m_rows[i];
        row.stakeholder.themeIds = m_pendingThemes.value(row.stakeholder.meta.id);
        fillDerived(row);
    }
    m_preparedRows = end;
    if (end == m_rows.size()) {
        m_phase = Phase::Prepared;
        m_pendingThemes.clear();
    }
    return m_phase;
}

StakeholderRowIndex::Row StakeholderRowIndex::summaryRow(const Stakeholder& stakeholder) const
{
    Row row;
    row.stakeholder = stakeholder;
    row.memberRole = memberRoleOf(stakeholder.meta.id);
    return row;
}

StakeholderRowIndex::Row StakeholderRowIndex::makeRow(const Stakeholder& stakeholder) const
{
    Row row;
    row.stakeholder = stakeholder;
    fillDerived(row);
    return row;
}

void StakeholderRowIndex::fillDerived(Row& row) const
{
    const Stakeholder& s = row.stakeholder;
    row.themes = themesText(s.themeIds);
    row.memberRole = memberRoleOf(s.meta.id);
    row.search = searchText(row);
    row.nameKey = m_collator.sortKey(s.name);
}

QString StakeholderRowIndex::themesText(const QStringList& themeIds) const
{
    if (themeIds.isEmpty())
        return {};
    QStringList names;
    // In the themes' own order, as everywhere else in the program.
    for (const QString& id : m_themeOrder) {
        if (themeIds.contains(id))
            names << m_themeNames.value(id);
    }
    return names.join(m_texts.themeSeparator);
}

QString StakeholderRowIndex::searchText(const Row& row) const
{
    const Stakeholder& s = row.stakeholder;
    QString text = s.name + QLatin1Char('\n') + s.notes;
    for (const QString& c : m_contactTexts.value(s.meta.id))
        text += QLatin1Char('\n') + c;
    return TextFolding::fold(text);
}

void StakeholderRowIndex::indexStorage(size_t from)
{
    for (size_t i = from; i < m_rows.size(); ++i)
        m_storage.insert(m_rows[i].stakeholder.meta.id, int(i));
}

int StakeholderRowIndex::append(const Stakeholder& stakeholder)
{
    m_nameRanks.clear();
    m_rows.push_back(makeRow(stakeholder));
    indexStorage(m_rows.size() - 1);
    return int(m_rows.size()) - 1;
}

void StakeholderRowIndex::update(int storage, const Stakeholder& stakeholder)
{
    m_nameRanks.clear();
    Row& row = m_rows[size_t(storage)];
    row.stakeholder = stakeholder;
    fillDerived(row);
}

void StakeholderRowIndex::remove(int storage)
{
    const auto forget = [storage](std::vector<int>& v) {
        v.erase(std::remove(v.begin(), v.end(), storage), v.end());
        for (int& i : v) {
            if (i > storage)
                --i;
        }
    };
    forget(m_order);
    forget(m_visible);
    m_storage.remove(m_rows[size_t(storage)].stakeholder.meta.id);
    m_rows.erase(m_rows.begin() + storage);
    // The rows after it moved up by one (none when the newest goes, as undo does it).
    indexStorage(size_t(storage));
    m_nameRanks.clear();
}

bool StakeholderRowIndex::setThemes(const QHash<QString, QString>& names, const QStringList& order)
{
    m_themeNames = names;
    m_themeOrder = order;
    // The file drops a removed theme from every stakeholder without announcing each one.
    for (Row& row : m_rows) {
        row.stakeholder.themeIds.removeIf(
            [this](const QString& id) { return !m_themeNames.contains(id); });
        row.themes = themesText(row.stakeholder.themeIds);
    }
    // A removed theme no longer narrows the table: the filter would otherwise show nothing.
    if (m_filter.themeId.isEmpty() || m_themeNames.contains(m_filter.themeId))
        return false;
    m_filter.themeId.clear();
    return true;
}

void StakeholderRowIndex::setStakeholderThemes(
    const QHash<QString, QStringList>& themeIdsByStakeholder)
{
    for (Row& row : m_rows)
        row.stakeholder.themeIds = themeIdsByStakeholder.value(row.stakeholder.meta.id);
}

void StakeholderRowIndex::setMemberRoles(QHash<QString, QString> roles)
{
    m_memberRoles = std::move(roles);
}

std::optional<QString> StakeholderRowIndex::memberRoleOf(const QString& stakeholderId) const
{
    const auto role = m_memberRoles.constFind(stakeholderId);
    return role == m_memberRoles.cend() ? std::nullopt : std::optional<QString>(role.value());
}

void StakeholderRowIndex::setMemberRole(int storage, const std::optional<QString>& role)
{
    m_rows[size_t(storage)].memberRole = role;
}

QString StakeholderRowIndex::groupText(const Row& row) const
{
    if (!row.memberRole)
        return {};
    return row.memberRole->isEmpty() ? m_texts.member : *row.memberRole;
}

QString StakeholderRowIndex::setContactOwner(const QString& contactId, const QString& stakeholderId)
{
    const QString previous = m_contactOwners.value(contactId);
    m_contactOwners.insert(contactId, stakeholderId);
    return previous;
}

QString StakeholderRowIndex::takeContactOwner(const QString& contactId)
{
    return m_contactOwners.take(contactId);
}

int StakeholderRowIndex::setContactTexts(const QString& stakeholderId, const QStringList& texts)
{
    if (texts.isEmpty())
        m_contactTexts.remove(stakeholderId);
    else
        m_contactTexts.insert(stakeholderId, texts);
    const int storage = storageOf(stakeholderId);
    if (storage >= 0)
        m_rows[size_t(storage)].search = searchText(m_rows[size_t(storage)]);
    return storage;
}

QSet<QString>
StakeholderRowIndex::setContactTexts(const QList<StakeholderRepository::ContactText>& contacts)
{
    QHash<QString, QStringList> texts;
    QHash<QString, QString> owners;
    for (const StakeholderRepository::ContactText& c : contacts) {
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

std::vector<int>
StakeholderRowIndex::setLastContacts(const QHash<QString, StakeholderRepository::LastContact>& last)
{
    std::vector<int> changed;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        const StakeholderRepository::LastContact lc = last.value(row.stakeholder.meta.id);
        if (lc.date == row.lastContact && lc.overdueFollowUp == row.overdue)
            continue;
        row.lastContact = lc.date;
        row.overdue = lc.overdueFollowUp;
        changed.push_back(int(i));
    }
    return changed;
}

void StakeholderRowIndex::applyChanges(const QList<Stakeholder>& changed,
                                       const QSet<QString>& removed, QSet<QString> stale)
{
    std::vector<char> gone(m_rows.size(), 0);
    for (const QString& id : removed) {
        stale.remove(id);
        const int storage = storageOf(id);
        if (storage >= 0)
            gone[size_t(storage)] = 1;
    }
    for (const Stakeholder& s : changed) {
        stale.remove(s.meta.id);
        const int storage = storageOf(s.meta.id);
        if (storage >= 0) {
            Row& row = m_rows[size_t(storage)];
            row.stakeholder = s;
            fillDerived(row);
        } else {
            m_rows.push_back(makeRow(s));
            gone.push_back(0);
        }
    }
    for (const QString& id : std::as_const(stale)) {
        const int storage = storageOf(id);
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
    refilter();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// StakeholderTableModel, continued: filtering and sorting, done by the row index, with the
// notifications views expect (no proxy model, see docs/performance.md).
#include "StakeholderTableModel.h"

namespace {

StakeholderRowIndex::SortKey sortKeyOf(int column)
{
    using Key = StakeholderRowIndex::SortKey;
    switch (column) {
    case StakeholderTableModel::Name:
        return Key::Name;
    case StakeholderTableModel::Kind:
        return Key::Kind;
    case StakeholderTableModel::Level:
        return Key::Level;
    case StakeholderTableModel::Themes:
        return Key::Themes;
    case StakeholderTableModel::Influence:
        return Key::Influence;
    case StakeholderTableModel::Interest:
        return Key::Interest;
    case StakeholderTableModel::Stance:
        return Key::Stance;
    case StakeholderTableModel::Group:
        return Key::Group;
    case StakeholderTableModel::LastContact:
        return Key::LastContact;
    default:
        return Key::None;
    }
}

} // namespace

void StakeholderTableModel::setFilterText(const QString& text)
{
    Filter f = filter();
    f.text = text;
    setFilter(f);
}

void StakeholderTableModel::setFilter(const Filter& filter)
{
    ensurePrepared();
    if (StakeholderRowIndex::folded(filter) == m_index.filter())
        return;
    beginResetModel();
    m_index.setFilter(filter);
    endResetModel();
}

void StakeholderTableModel::sort(int column, Qt::SortOrder order)
{
    ensurePrepared();
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> storage;
    storage.reserve(size_t(before.size()));
    for (const QModelIndex& i : before)
        storage.push_back(m_index.visibleAt(i.row()));
    m_index.sort(sortKeyOf(column), order);
    if (!before.isEmpty()) {
        const std::vector<int> position = m_index.visiblePositions();
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype k = 0; k < before.size(); ++k)
            after << index(position[size_t(storage[size_t(k)])], before.at(k).column());
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// StakeholderTableModel, continued: filtering and sorting the cached rows (no proxy model, see
// docs/performance.md).
#include "StakeholderTableModel.h"

#include "common/TextFolding.h"

#include <algorithm>
#include <iterator>
#include <limits>

namespace {

// The collation rank of each value's label, by the value's number: a few labels are
// collated instead of one translated label per row.
template <typename E> std::vector<int> labelRanks(const QList<E>& all, const QCollator& collator)
{
    QList<E> sorted = all;
    std::sort(sorted.begin(), sorted.end(), [&collator](E a, E b) {
        return collator.compare(Stakeholder::label(a), Stakeholder::label(b)) < 0;
    });
    std::vector<int> ranks(size_t(all.size()));
    for (qsizetype i = 0; i < sorted.size(); ++i)
        ranks[size_t(sorted.at(i))] = int(i);
    return ranks;
}

template <typename Rows, typename Field>
std::vector<int> perRow(const std::vector<int>& ranks, const Rows& rows, Field field)
{
    std::vector<int> out;
    out.reserve(rows.size());
    for (const auto& row : rows)
        out.push_back(ranks[size_t(field(row.stakeholder))]);
    return out;
}

} // namespace

void StakeholderTableModel::setFilterText(const QString& text)
{
    Filter f = m_filter;
    f.text = text;
    setFilter(f);
}

void StakeholderTableModel::setFilter(const Filter& filter)
{
    ensurePrepared();
    Filter next = filter;
    next.text = TextFolding::fold(filter.text);
    if (next == m_filter)
        return;
    // Typing one more letter only narrows: scan the rows shown, not the whole file.
    Filter narrowed = m_filter;
    narrowed.text = next.text;
    const bool narrowing = narrowed == next && next.text.contains(m_filter.text);
    m_filter = next;
    beginResetModel();
    if (narrowing) {
        std::erase_if(m_visible, [this](int i) { return !matches(m_rows[size_t(i)]); });
    } else {
        rebuildVisible();
    }
    endResetModel();
}

bool StakeholderTableModel::matches(const Row& row) const
{
    const Stakeholder& s = row.stakeholder;
    if (m_filter.kind && s.kind != *m_filter.kind)
        return false;
    if (m_filter.level && s.level != *m_filter.level)
        return false;
    if (!m_filter.themeId.isEmpty() && !s.themeIds.contains(m_filter.themeId))
        return false;
    if (m_filter.membership != Membership::Any &&
        row.memberRole.has_value() != (m_filter.membership == Membership::Members))
        return false;
    return m_filter.text.isEmpty() || row.search.contains(m_filter.text);
}

void StakeholderTableModel::rebuildVisible()
{
    m_visible.clear();
    m_visible.reserve(m_order.size());
    std::copy_if(m_order.cbegin(), m_order.cend(), std::back_inserter(m_visible),
                 [this](int i) { return matches(m_rows[size_t(i)]); });
}

std::vector<int> StakeholderTableModel::textRanks(int column) const
{
    // Few distinct values (theme lists, roles): collate those, not every row.
    QHash<QString, int> distinct;
    std::vector<int> ranks(m_rows.size());
    for (const Row& row : m_rows)
        distinct.insert(text(row, column), 0);
    QStringList values = distinct.keys();
    std::sort(values.begin(), values.end(), m_collator);
    for (int i = 0; i < values.size(); ++i)
        distinct[values.at(i)] = i;
    for (size_t i = 0; i < m_rows.size(); ++i)
        ranks[i] = distinct.value(text(m_rows[i], column));
    return ranks;
}

void StakeholderTableModel::sortOrder()
{
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    std::vector<int> ranks;
    switch (m_sortColumn) {
    case Kind:
        ranks = perRow(labelRanks(Stakeholder::allKinds(), m_collator), m_rows,
                       [](const Stakeholder& s) { return s.kind; });
        break;
    case Level:
        ranks = perRow(labelRanks(Stakeholder::allLevels(), m_collator), m_rows,
                       [](const Stakeholder& s) { return s.level; });
        break;
    case Stance:
        ranks = perRow(labelRanks(Stakeholder::allStances(), m_collator), m_rows,
                       [](const Stakeholder& s) { return s.stance; });
        break;
    case Themes:
    case Group:
        ranks = textRanks(m_sortColumn);
        break;
    default:
        break;
    }
    const auto key = [this, &ranks](int i) -> qint64 {
        const Row& row = m_rows[size_t(i)];
        switch (m_sortColumn) {
        case Influence:
            return row.stakeholder.influence;
        case Interest:
            return row.stakeholder.interest;
        case LastContact:
            // Never contacted sorts before every date, and after them once negated for a
            // descending sort (min() itself cannot be negated).
            return row.lastContact.isValid() ? row.lastContact.toJulianDay()
                                             : std::numeric_limits<qint64>::min() + 1;
        default:
            return ranks.empty() ? 0 : ranks[size_t(i)];
        }
    };
    if (m_nameRanks.size() != m_rows.size())
        computeNameRanks();
    // One pair of integers per row, so the sort compares no text at all. Equal values keep the
    // reader's name order, whichever the direction.
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::vector<std::pair<qint64, qint64>> keys(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const qint64 name = m_nameRanks[i];
        const qint64 primary = m_sortColumn == Name ? name : key(int(i));
        keys[i] = {descending ? -primary : primary, m_sortColumn == Name ? 0 : name};
    }
    std::sort(m_order.begin(), m_order.end(),
              [&keys](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
}

void StakeholderTableModel::computeNameRanks()
{
    std::vector<int> byName(m_rows.size());
    for (size_t i = 0; i < byName.size(); ++i)
        byName[i] = int(i);
    std::stable_sort(byName.begin(), byName.end(), [this](int a, int b) {
        return m_rows[size_t(a)].nameKey->compare(*m_rows[size_t(b)].nameKey) < 0;
    });
    m_nameRanks.assign(m_rows.size(), 0);
    for (size_t r = 0; r < byName.size(); ++r)
        m_nameRanks[size_t(byName[r])] = int(r);
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
        storage.push_back(m_visible[size_t(i.row())]);
    sortOrder();
    rebuildVisible();
    if (!before.isEmpty()) {
        std::vector<int> position(m_rows.size(), -1);
        for (size_t p = 0; p < m_visible.size(); ++p)
            position[size_t(m_visible[p])] = int(p);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype k = 0; k < before.size(); ++k)
            after << index(position[size_t(storage[size_t(k)])], before.at(k).column());
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// StakeholderRowIndex, continued: filtering and sorting the rows, and placing a changed row
// (no proxy model, see docs/performance.md).
#include "StakeholderRowIndex.h"

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

StakeholderRowIndex::Filter StakeholderRowIndex::folded(const Filter& filter)
{
    Filter f = filter;
    f.text = TextFolding::fold(filter.text);
    return f;
}

void StakeholderRowIndex::setFilter(const Filter& filter)
{
    const Filter next = folded(filter);
    if (next == m_filter)
        return;
    // Typing one more letter only narrows: scan the rows shown, not the whole file.
    Filter narrowed = m_filter;
    narrowed.text = next.text;
    const bool narrowing = narrowed == next && next.text.contains(m_filter.text);
    m_filter = next;
    if (narrowing)
        std::erase_if(m_visible, [this](int i) { return !matches(m_rows[size_t(i)]); });
    else
        refilter();
}

bool StakeholderRowIndex::matches(const Row& row) const
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
    if (m_filter.overdueOnly && !row.overdue)
        return false;
    return m_filter.text.isEmpty() || row.search.contains(m_filter.text);
}

void StakeholderRowIndex::refilter()
{
    m_visible.clear();
    m_visible.reserve(m_order.size());
    std::copy_if(m_order.cbegin(), m_order.cend(), std::back_inserter(m_visible),
                 [this](int i) { return matches(m_rows[size_t(i)]); });
}

QString StakeholderRowIndex::collationText(const Row& row, SortKey key) const
{
    const Stakeholder& s = row.stakeholder;
    switch (key) {
    case SortKey::Kind:
        return Stakeholder::label(s.kind);
    case SortKey::Level:
        return Stakeholder::label(s.level);
    case SortKey::Stance:
        return Stakeholder::label(s.stance);
    case SortKey::Themes:
        return row.themes;
    case SortKey::Group:
        return groupText(row);
    default:
        return {};
    }
}

std::vector<int> StakeholderRowIndex::textRanks(SortKey key) const
{
    // Few distinct values (theme lists, roles): collate those, not every row.
    QHash<QString, int> distinct;
    std::vector<int> ranks(m_rows.size());
    for (const Row& row : m_rows)
        distinct.insert(collationText(row, key), 0);
    QStringList values = distinct.keys();
    std::sort(values.begin(), values.end(), m_collator);
    for (int i = 0; i < values.size(); ++i)
        distinct[values.at(i)] = i;
    for (size_t i = 0; i < m_rows.size(); ++i)
        ranks[i] = distinct.value(collationText(m_rows[i], key));
    return ranks;
}

void StakeholderRowIndex::sort(SortKey key, Qt::SortOrder order)
{
    m_sortKey = key;
    m_sortOrder = order;
    sortOrder();
    refilter();
}

void StakeholderRowIndex::sortOrder()
{
    std::vector<int> ranks;
    switch (m_sortKey) {
    case SortKey::Kind:
        ranks = perRow(labelRanks(Stakeholder::allKinds(), m_collator), m_rows,
                       [](const Stakeholder& s) { return s.kind; });
        break;
    case SortKey::Level:
        ranks = perRow(labelRanks(Stakeholder::allLevels(), m_collator), m_rows,
                       [](const Stakeholder& s) { return s.level; });
        break;
    case SortKey::Stance:
        ranks = perRow(labelRanks(Stakeholder::allStances(), m_collator), m_rows,
                       [](const Stakeholder& s) { return s.stance; });
        break;
    case SortKey::Themes:
    case SortKey::Group:
        ranks = textRanks(m_sortKey);
        break;
    default:
        break;
    }
    const auto key = [this, &ranks](int i) -> qint64 {
        const Row& row = m_rows[size_t(i)];
        switch (m_sortKey) {
        case SortKey::Influence:
            return row.stakeholder.influence;
        case SortKey::Interest:
            return row.stakeholder.interest;
        case SortKey::LastContact:
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
    // No column chosen is the reader's name order, whatever direction the view last showed.
    const bool none = m_sortKey == SortKey::None;
    const bool byName = none || m_sortKey == SortKey::Name;
    const bool descending = !none && m_sortOrder == Qt::DescendingOrder;
    std::vector<std::pair<qint64, qint64>> keys(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const qint64 name = m_nameRanks[i];
        const qint64 primary = byName ? name : key(int(i));
        keys[i] = {descending ? -primary : primary, byName ? 0 : name};
    }
    std::sort(m_order.begin(), m_order.end(),
              [&keys](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
}

void StakeholderRowIndex::computeNameRanks()
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

bool StakeholderRowIndex::lessThan(int a, int b) const
{
    const Row& ra = m_rows[size_t(a)];
    const Row& rb = m_rows[size_t(b)];
    int c = 0;
    switch (m_sortKey) {
    case SortKey::None:
        // Before the rows are prepared they are in the file's order and have no collation key;
        // after, the reader's name order (see SortKey), where a new row takes its place.
        if (!ra.nameKey || !rb.nameKey)
            return a < b;
        if (const int byName = ra.nameKey->compare(*rb.nameKey); byName != 0)
            return byName < 0;
        return a < b;
    case SortKey::Name:
        break;
    case SortKey::Influence:
        c = ra.stakeholder.influence - rb.stakeholder.influence;
        break;
    case SortKey::Interest:
        c = ra.stakeholder.interest - rb.stakeholder.interest;
        break;
    case SortKey::LastContact:
        c = ra.lastContact == rb.lastContact ? 0 : (ra.lastContact < rb.lastContact ? -1 : 1);
        break;
    default:
        c = m_collator.compare(collationText(ra, m_sortKey), collationText(rb, m_sortKey));
        break;
    }
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (c != 0)
        return descending ? c > 0 : c < 0;
    const int byName = ra.nameKey->compare(*rb.nameKey);
    if (byName != 0)
        return (m_sortKey == SortKey::Name && descending) ? byName > 0 : byName < 0;
    return a < b;
}

int StakeholderRowIndex::visiblePosition(int storage) const
{
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    const auto it = std::lower_bound(m_visible.cbegin(), m_visible.cend(), storage, less);
    if (it != m_visible.cend() && *it == storage)
        return int(it - m_visible.cbegin());
    // Filtered out, or changed since it was placed: a scan of integers tells.
    const auto found = std::find(m_visible.cbegin(), m_visible.cend(), storage);
    return found == m_visible.cend() ? -1 : int(found - m_visible.cbegin());
}

std::vector<int> StakeholderRowIndex::visiblePositions() const
{
    std::vector<int> position(m_rows.size(), -1);
    for (size_t p = 0; p < m_visible.size(); ++p)
        position[size_t(m_visible[p])] = int(p);
    return position;
}

void StakeholderRowIndex::placeInOrder(int storage)
{
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    const auto placed = std::find(m_order.begin(), m_order.end(), storage);
    if (placed != m_order.end())
        m_order.erase(placed);
    m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), storage, less), storage);
}

int StakeholderRowIndex::visibleInsertionPoint(int storage) const
{
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    return int(std::lower_bound(m_visible.cbegin(), m_visible.cend(), storage, less) -
               m_visible.cbegin());
}

void StakeholderRowIndex::insertVisible(int position, int storage)
{
    m_visible.insert(m_visible.begin() + position, storage);
}

void StakeholderRowIndex::removeVisible(int position)
{
    m_visible.erase(m_visible.begin() + position);
}

int StakeholderRowIndex::visibleTarget(int storage, int position) const
{
    // The other rows are still in order: search before the row, then after it.
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    const auto first = m_visible.cbegin();
    const auto at = first + position;
    const auto before = std::lower_bound(first, at, storage, less);
    return before != at
               ? int(before - first)
               : int(std::lower_bound(at + 1, m_visible.cend(), storage, less) - first) - 1;
}

void StakeholderRowIndex::moveVisible(int from, int to)
{
    const auto first = m_visible.begin();
    const auto at = first + from;
    if (to < from)
        std::rotate(first + to, at, at + 1);
    else
        std::rotate(at, at + 1, first + to + 1);
}

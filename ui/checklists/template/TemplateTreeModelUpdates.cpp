// SPDX-License-Identifier: GPL-3.0-or-later
// TemplateTreeModel: following the repository's signals row by row.
#include "TemplateTreeModel.h"

#include "checklists/ChecklistRepository.h"
#include "city/Repositories.h"

#include <algorithm>

namespace {

// The file's order: by position, then by text (ChecklistRepository::areas() and items()).
bool before(const ChecklistArea& a, const ChecklistArea& b)
{
    return a.position != b.position ? a.position < b.position : a.title < b.title;
}

bool before(const ChecklistItem& a, const ChecklistItem& b)
{
    return a.position != b.position ? a.position < b.position : a.statement < b.statement;
}

// Where `value` belongs in `list` leaving out the row it is at (-1: not in the list).
template <typename T, typename Get> int sortedRow(int count, int at, const T& value, Get get)
{
    int row = 0;
    for (int i = 0; i < count; ++i) {
        if (i != at && !before(value, get(i)))
            ++row;
    }
    return row;
}

} // namespace

void TemplateTreeModel::insertArea(const ChecklistArea& area)
{
    const int row = sortedRow(int(m_areas.size()), -1, area, [this](int i) -> const ChecklistArea& {
        return m_areas[std::size_t(i)]->area;
    });
    auto node = std::make_unique<AreaNode>();
    node->area = area;
    // An area put back by undo brings its items, announced after it: they are loaded here and
    // their announcements find them already shown.
    node->items = repository().items(area.meta.id);
    beginInsertRows({}, row, row);
    m_areas.insert(m_areas.begin() + row, std::move(node));
    endInsertRows();
}

void TemplateTreeModel::insertItem(AreaNode& node, const ChecklistItem& item)
{
    const int row = sortedRow(int(node.items.size()), -1, item,
                              [&node](int i) -> const ChecklistItem& { return node.items[i]; });
    beginInsertRows(index(rowOfNode(&node), 0), row, row);
    node.items.insert(row, item);
    endInsertRows();
}

void TemplateTreeModel::removeItemAt(int areaRow, int itemRow)
{
    beginRemoveRows(index(areaRow, 0), itemRow, itemRow);
    m_areas[std::size_t(areaRow)]->items.removeAt(itemRow);
    endRemoveRows();
    // The area's count of items in use.
    const QModelIndex status = index(areaRow, StatusColumn);
    emit dataChanged(status, status);
}

void TemplateTreeModel::placeArea(int row)
{
    const int target =
        sortedRow(int(m_areas.size()), row, m_areas[std::size_t(row)]->area,
                  [this](int i) -> const ChecklistArea& { return m_areas[std::size_t(i)]->area; });
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        auto node = std::move(m_areas[std::size_t(row)]);
        m_areas.erase(m_areas.begin() + row);
        m_areas.insert(m_areas.begin() + target, std::move(node));
        endMoveRows();
    }
    emit dataChanged(index(target, 0), index(target, ColumnCount - 1));
}

void TemplateTreeModel::placeItem(int areaRow, int itemRow)
{
    AreaNode& node = *m_areas[std::size_t(areaRow)];
    const int target = sortedRow(int(node.items.size()), itemRow, node.items[itemRow],
                                 [&node](int i) -> const ChecklistItem& { return node.items[i]; });
    const QModelIndex parent = index(areaRow, 0);
    if (target != itemRow) {
        beginMoveRows(parent, itemRow, itemRow, parent, target > itemRow ? target + 1 : target);
        node.items.move(itemRow, target);
        endMoveRows();
    }
    emit dataChanged(index(target, 0, parent), index(target, ColumnCount - 1, parent));
    const QModelIndex status = index(areaRow, StatusColumn);
    emit dataChanged(status, status);
}

void TemplateTreeModel::onAreaAdded(const ChecklistArea& area)
{
    if (area.templateId == m_templateId && rowOfArea(area.meta.id) < 0)
        insertArea(area);
}

void TemplateTreeModel::onAreaUpdated(const ChecklistArea& area)
{
    const int row = rowOfArea(area.meta.id);
    if (row < 0)
        return;
    m_areas[std::size_t(row)]->area = area;
    placeArea(row);
}

void TemplateTreeModel::onAreaRemoved(const QString& id)
{
    const int row = rowOfArea(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_areas.erase(m_areas.begin() + row);
    endRemoveRows();
}

void TemplateTreeModel::onItemAdded(const ChecklistItem& item)
{
    const int areaRow = rowOfArea(item.areaId);
    if (areaRow < 0 || indexOfItem(item.meta.id).isValid())
        return;
    insertItem(*m_areas[std::size_t(areaRow)], item);
    const QModelIndex status = index(areaRow, StatusColumn);
    emit dataChanged(status, status);
}

void TemplateTreeModel::onItemUpdated(const ChecklistItem& item)
{
    const QModelIndex at = indexOfItem(item.meta.id);
    if (!at.isValid()) {
        onItemAdded(item); // moved here from another checklist's area: not possible, but safe
        return;
    }
    const int areaRow = at.parent().row();
    if (m_areas[std::size_t(areaRow)]->area.meta.id != item.areaId) {
        // An upgrade moved it to another area.
        removeItemAt(areaRow, at.row());
        onItemAdded(item);
        return;
    }
    m_areas[std::size_t(areaRow)]->items[at.row()] = item;
    placeItem(areaRow, at.row());
}

void TemplateTreeModel::onItemRemoved(const QString& id)
{
    const QModelIndex at = indexOfItem(id);
    if (at.isValid())
        removeItemAt(at.parent().row(), at.row());
}

void TemplateTreeModel::onTemplateRemoved(const QString& id)
{
    if (id == m_templateId)
        setTemplate({});
}

void TemplateTreeModel::onThemesChanged()
{
    for (int row = 0; row < int(m_areas.size()); ++row) {
        const QModelIndex area = index(row, ThemeColumn);
        emit dataChanged(area, area);
        const int items = rowCount(index(row, 0));
        if (items > 0)
            emit dataChanged(index(0, ThemeColumn, index(row, 0)),
                             index(items - 1, ThemeColumn, index(row, 0)));
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateTreeModel.h"

#include "checklists/ChecklistRepository.h"
#include "checklists/TemplateInstaller.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "common/DateText.h"
#include "common/TextLimits.h"
#include "common/ThemeNames.h"
#include "shell/FileEdits.h"
#include "themes/ThemeRepository.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

TemplateTreeModel::TemplateTreeModel(const PaneContext& context, QObject* parent)
    : QAbstractItemModel(parent), m_context(context),
      m_themeNames(new ThemeNames(context.repositories.themes(), this))
{
    ChecklistRepository& repo = repository();
    connect(&repo, &ChecklistRepository::areaAdded, this, &TemplateTreeModel::onAreaAdded);
    connect(&repo, &ChecklistRepository::areaUpdated, this, &TemplateTreeModel::onAreaUpdated);
    connect(&repo, &ChecklistRepository::areaRemoved, this, &TemplateTreeModel::onAreaRemoved);
    connect(&repo, &ChecklistRepository::itemAdded, this, &TemplateTreeModel::onItemAdded);
    connect(&repo, &ChecklistRepository::itemUpdated, this, &TemplateTreeModel::onItemUpdated);
    connect(&repo, &ChecklistRepository::itemRemoved, this, &TemplateTreeModel::onItemRemoved);
    connect(&repo, &ChecklistRepository::templateRemoved, this,
            &TemplateTreeModel::onTemplateRemoved);
    connect(m_themeNames, &ThemeNames::changed, this, &TemplateTreeModel::onThemesChanged);
}

TemplateTreeModel::~TemplateTreeModel() = default;

ChecklistRepository& TemplateTreeModel::repository() const
{
    return m_context.repositories.checklists();
}

void TemplateTreeModel::setTemplate(const QString& templateId)
{
    beginResetModel();
    m_templateId = templateId;
    m_areas.clear();
    if (!templateId.isEmpty()) {
        for (const ChecklistArea& a : repository().areas(templateId)) {
            auto node = std::make_unique<AreaNode>();
            node->area = a;
            node->items = repository().items(a.meta.id);
            m_areas.push_back(std::move(node));
        }
    }
    endResetModel();
}

void TemplateTreeModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

// Structure --------------------------------------------------------------------------------

QModelIndex TemplateTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_areas.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= int(m_areas.size()))
        return {};
    AreaNode* node = m_areas[std::size_t(parent.row())].get();
    return row < node->items.size() ? createIndex(row, column, node) : QModelIndex();
}

QModelIndex TemplateTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int row = rowOfNode(static_cast<const AreaNode*>(child.internalPointer()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int TemplateTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_areas.size());
    if (parent.internalPointer() || parent.column() != 0 || parent.row() >= int(m_areas.size()))
        return 0;
    return int(m_areas[std::size_t(parent.row())]->items.size());
}

int TemplateTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

int TemplateTreeModel::rowOfArea(const QString& id) const
{
    for (std::size_t row = 0; row < m_areas.size(); ++row) {
        if (m_areas[row]->area.meta.id == id)
            return int(row);
    }
    return -1;
}

int TemplateTreeModel::rowOfNode(const AreaNode* node) const
{
    for (std::size_t row = 0; row < m_areas.size(); ++row) {
        if (m_areas[row].get() == node)
            return int(row);
    }
    return -1;
}

bool TemplateTreeModel::isArea(const QModelIndex& index) const
{
    return index.isValid() && !index.internalPointer();
}

const ChecklistArea* TemplateTreeModel::areaAt(const QModelIndex& index) const
{
    if (!isArea(index) || index.row() >= int(m_areas.size()))
        return nullptr;
    return &m_areas[std::size_t(index.row())]->area;
}

const ChecklistItem* TemplateTreeModel::itemAt(const QModelIndex& index) const
{
    if (!index.isValid() || !index.internalPointer())
        return nullptr;
    const auto* node = static_cast<const AreaNode*>(index.internalPointer());
    return index.row() < node->items.size() ? &node->items[index.row()] : nullptr;
}

QModelIndex TemplateTreeModel::indexOfArea(const QString& id, int column) const
{
    const int row = rowOfArea(id);
    return row < 0 ? QModelIndex() : createIndex(row, column, nullptr);
}

QModelIndex TemplateTreeModel::indexOfItem(const QString& id, int column) const
{
    for (const auto& node : m_areas) {
        for (int row = 0; row < node->items.size(); ++row) {
            if (node->items[row].meta.id == id)
                return createIndex(row, column, node.get());
        }
    }
    return {};
}

QStringList TemplateTreeModel::areaIds() const
{
    QStringList ids;
    for (const auto& node : m_areas)
        ids << node->area.meta.id;
    return ids;
}

QStringList TemplateTreeModel::itemIds(const QString& areaId) const
{
    QStringList ids;
    if (const int row = rowOfArea(areaId); row >= 0) {
        for (const ChecklistItem& i : m_areas[std::size_t(row)]->items)
            ids << i.meta.id;
    }
    return ids;
}

QString TemplateTreeModel::shortText(const QString& text)
{
    constexpr int longest = 48;
    return TextLimits::shortened(text, longest);
}

int TemplateTreeModel::nextAreaPosition() const
{
    return m_areas.empty() ? 0 : m_areas.back()->area.position + 1;
}

int TemplateTreeModel::nextItemPosition(const QString& areaId) const
{
    const int row = rowOfArea(areaId);
    if (row < 0 || m_areas[std::size_t(row)]->items.isEmpty())
        return 0;
    return m_areas[std::size_t(row)]->items.last().position + 1;
}

// Display ----------------------------------------------------------------------------------

QString TemplateTreeModel::themeName(const QString& themeId) const
{
    return m_themeNames->name(themeId);
}

QVariant TemplateTreeModel::data(const QModelIndex& index, int role) const
{
    if (const ChecklistArea* area = areaAt(index))
        return areaData(*area, index.column(), role);
    if (const ChecklistItem* item = itemAt(index))
        return itemData(*item, index.column(), role);
    return {};
}

QVariant TemplateTreeModel::areaData(const ChecklistArea& area, int column, int role) const
{
    if (role == IdRole)
        return area.meta.id;
    if (role == IsAreaRole)
        return true;
    if (role == IsRetiredRole)
        return false;
    if (role == Qt::FontRole && column == StatementColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::EditRole && column == ThemeColumn)
        return area.themeId;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case StatementColumn:
        return TextLimits::forRole(area.title, role);
    case GuidanceColumn:
        return TextLimits::forRole(area.description, role);
    case ThemeColumn:
        return themeName(area.themeId);
    case StatusColumn: {
        const int row = rowOfArea(area.meta.id);
        const auto& items = m_areas[std::size_t(row)]->items;
        const int inUse = int(std::count_if(items.cbegin(), items.cend(),
                                            [](const ChecklistItem& i) { return !i.isRetired(); }));
        return tr("%n item(s) in use", nullptr, inUse);
    }
    case OriginColumn:
        return TemplateInstaller::isOfficersOwn(area.key) ? tr("Added by the city")
                                                          : tr("Built-in");
    default:
        return {};
    }
}

QVariant TemplateTreeModel::itemData(const ChecklistItem& item, int column, int role) const
{
    if (role == IdRole)
        return item.meta.id;
    if (role == IsAreaRole)
        return false;
    if (role == IsRetiredRole)
        return item.isRetired();
    if (role == Qt::ForegroundRole && item.isRetired())
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::EditRole && column == ThemeColumn)
        return item.themeId;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case StatementColumn:
        return TextLimits::forRole(item.statement, role);
    case GuidanceColumn:
        return TextLimits::forRole(item.guidance, role);
    case ThemeColumn:
        return themeName(item.themeId);
    case StatusColumn:
        if (!item.isRetired())
            return tr("In use");
        return tr("Retired on %1").arg(DateText::shown(item.retiredOn));
    case OriginColumn:
        return TemplateInstaller::isOfficersOwn(item.key)
                   ? tr("Added by the city")
                   : tr("Built-in, version %1").arg(item.addedInVersion);
    default:
        return {};
    }
}

QVariant TemplateTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatementColumn:
        return tr("Area / statement");
    case GuidanceColumn:
        return tr("Guidance on evidence");
    case ThemeColumn:
        return tr("Theme");
    case StatusColumn:
        return tr("Status");
    case OriginColumn:
        return tr("Origin");
    default:
        return {};
    }
}

Qt::ItemFlags TemplateTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isArea(index))
        f |= Qt::ItemNeverHasChildren;
    if (!m_readOnly && index.column() <= ThemeColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

// Editing ----------------------------------------------------------------------------------

bool TemplateTreeModel::push(QUndoCommand* command)
{
    const QString failure = FileEdits::push(m_context, {command});
    emit messageChanged(failure);
    return failure.isEmpty();
}

namespace {

QString& fieldOf(ChecklistArea& area, int column)
{
    return column == TemplateTreeModel::StatementColumn  ? area.title
           : column == TemplateTreeModel::GuidanceColumn ? area.description
                                                         : area.themeId;
}

QString& fieldOf(ChecklistItem& item, int column)
{
    return column == TemplateTreeModel::StatementColumn  ? item.statement
           : column == TemplateTreeModel::GuidanceColumn ? item.guidance
                                                         : item.themeId;
}

} // namespace

template <typename T>
bool TemplateTreeModel::edit(const T& stored, int column, const QString& text,
                             const QString& commandText)
{
    T after = stored;
    QString& field = fieldOf(after, column);
    if (field == text)
        return true;
    field = text;
    if (std::optional<Error> e = repository().validate(after)) {
        emit messageChanged(e->message);
        return false;
    }
    return push(new EditRecordCommand<ChecklistRepository, T>(&m_context.file, repository(), stored,
                                                              after, commandText));
}

bool TemplateTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || m_readOnly || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text =
        index.column() == ThemeColumn ? value.toString() : value.toString().trimmed();
    if (const ChecklistArea* area = areaAt(index))
        return edit(*area, index.column(), text,
                    tr("Edit the area “%1”").arg(shortText(area->title)));
    if (const ChecklistItem* item = itemAt(index))
        return edit(*item, index.column(), text,
                    tr("Edit the item “%1”").arg(shortText(item->statement)));
    return false;
}

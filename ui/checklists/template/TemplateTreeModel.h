// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/ChecklistArea.h"
#include "checklists/ChecklistItem.h"
#include "shell/PaneContext.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class ChecklistRepository;
class ThemeNames;
class QUndoCommand;

// One checklist as a tree: its areas, each with its items (retired ones included, marked so).
// Statements, guidance and themes are edited in place, each edit one undo step; the rows follow
// the repository's signals one by one (an added, moved, retired or removed record), so an undo
// or an import elsewhere shows at once without resetting the view.
class TemplateTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatementColumn, // an area's title
        GuidanceColumn,  // an area's description
        ThemeColumn,
        StatusColumn,
        OriginColumn,
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        IsAreaRole,
        IsRetiredRole
    };

    explicit TemplateTreeModel(const PaneContext& context, QObject* parent = nullptr);
    ~TemplateTreeModel() override;

    // Shows a checklist (empty: none).
    void setTemplate(const QString& templateId);
    QString templateId() const { return m_templateId; }
    void setReadOnly(bool readOnly);

    bool isArea(const QModelIndex& index) const;
    // The record a row shows; nullptr for an index of the other kind.
    const ChecklistArea* areaAt(const QModelIndex& index) const;
    const ChecklistItem* itemAt(const QModelIndex& index) const;
    QModelIndex indexOfArea(const QString& id, int column = 0) const;
    QModelIndex indexOfItem(const QString& id, int column = 0) const;
    QStringList areaIds() const;
    QStringList itemIds(const QString& areaId) const;
    // A statement or title short enough to name an undo step in the Edit menu.
    static QString shortText(const QString& text);
    // The position after the last area / the last item of an area, for a new record.
    int nextAreaPosition() const;
    int nextItemPosition(const QString& areaId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Text columns take the new text; the theme column a theme id (empty: none).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // Why the last edit was refused; empty after one that was stored.
    void messageChanged(const QString& message);

private:
    struct AreaNode
    {
        ChecklistArea area;
        QList<ChecklistItem> items; // by position, then statement, as the file orders them
    };

    ChecklistRepository& repository() const;
    int rowOfArea(const QString& id) const;
    int rowOfNode(const AreaNode* node) const;
    QVariant areaData(const ChecklistArea& area, int column, int role) const;
    QVariant itemData(const ChecklistItem& item, int column, int role) const;
    QString themeName(const QString& themeId) const;
    bool push(QUndoCommand* command);
    template <typename T>
    bool edit(const T& stored, int column, const QString& text, const QString& commandText);
    void insertArea(const ChecklistArea& area);
    void insertItem(AreaNode& node, const ChecklistItem& item);
    void removeItemAt(int areaRow, int itemRow);
    void placeArea(int row);
    void placeItem(int areaRow, int itemRow);

    void onAreaAdded(const ChecklistArea& area);
    void onAreaUpdated(const ChecklistArea& area);
    void onAreaRemoved(const QString& id);
    void onItemAdded(const ChecklistItem& item);
    void onItemUpdated(const ChecklistItem& item);
    void onItemRemoved(const QString& id);
    void onTemplateRemoved(const QString& id);
    void onThemesChanged();

    PaneContext m_context;
    QString m_templateId;
    bool m_readOnly = false;
    std::vector<std::unique_ptr<AreaNode>> m_areas; // a child index points at its area's node
    ThemeNames* m_themeNames;
};

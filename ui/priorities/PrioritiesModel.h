// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Priority.h"
#include "shell/PaneContext.h"

#include <QAbstractTableModel>

class ThemeNames;

// The priorities of the document in rank order: rank, title, theme and status. It follows the
// plan's signals row by row (a rank changed elsewhere moves its row, never a reset), and a drag
// among its rows renumbers the ranks 1..N as one undo step (ReorderPrioritiesCommand).
class PrioritiesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RankColumn,
        TitleColumn,
        ThemeColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit PrioritiesModel(const PaneContext& context, QObject* parent = nullptr);

    const Priority& priority(int row) const { return m_rows.at(row); }
    int rowOf(const QString& id) const;
    QStringList order() const;
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // Moves the priorities at rows so that they come before row (the end when rowCount());
    // one undo step. Returns the failure, empty when stored or when nothing moves.
    QString moveTo(const QList<int>& rows, int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    // Why a reorder was not stored.
    void messageChanged(const QString& message);

private:
    void onAdded(const Priority& priority);
    void onUpdated(const Priority& priority);
    void onRemoved(const QString& id);
    // Moves rows until the list is in the file's order again (rank, title), one row at a time.
    void settle();
    static bool before(const Priority& a, const Priority& b);

    PaneContext m_context;
    ThemeNames* m_themes;
    QList<Priority> m_rows;
    bool m_readOnly = false;
};

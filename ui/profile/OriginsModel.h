// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProfileTableModel.h"
#include "profile/MigrantOrigin.h"

// Migrants by country of origin, one row per origin, in the order the file keeps them.
class OriginsModel : public ProfileTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Country,
        Number,
        Year,
        Source,
        ColumnCount
    };

    explicit OriginsModel(const PaneContext& context, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    int addRecord() override;
    void removeRecords(const QList<int>& rows) override;
    QString summary() const override;

    const MigrantOrigin& origin(int row) const { return m_origins.at(row); }
    int rowOf(const QString& id) const;
    qint64 total() const;

protected:
    int recordCount() const override { return int(m_origins.size()); }
    bool isEditableColumn(int column) const override { return column < ColumnCount; }

private:
    void onAdded(const MigrantOrigin& origin);
    void onUpdated(const MigrantOrigin& origin);
    void onRemoved(const QString& id);
    // Where the file's own order (position, then largest number first) puts a record.
    int insertionRow(const MigrantOrigin& origin) const;

    QList<MigrantOrigin> m_origins;
};

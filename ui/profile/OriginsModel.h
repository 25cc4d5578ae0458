// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordListModel.h"
#include "profile/ProfileRepository.h"

// Migrants by country of origin, one row per origin, in the order the file keeps them
// (position, then largest number first).
class OriginsModel : public RecordListModel<ProfileRepository, MigrantOrigin>
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
    QString summary() const override;

    const MigrantOrigin& origin(int row) const { return record(row); }
    qint64 total() const;

protected:
    bool isEditableColumn(int column) const override { return column < ColumnCount; }

private:
    MigrantOrigin newRecord() const override;
    bool sortsBefore(const MigrantOrigin& origin, const MigrantOrigin& other) const override;
    bool setField(MigrantOrigin& origin, int column, const QVariant& value) override;
    QString addText() const override;
    QString editText(const MigrantOrigin& origin) const override;
    QString removeText(const MigrantOrigin& origin) const override;
    QString removeManyText(int count) const override;
};

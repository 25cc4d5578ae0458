// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProfileTableModel.h"
#include "profile/District.h"

// The spatial distribution of migrants: one row per district, with the migrants' share
// worked out from the two populations.
class DistrictsModel : public ProfileTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Population,
        MigrantPopulation,
        Share,
        Year,
        Source,
        Notes,
        ColumnCount
    };

    explicit DistrictsModel(const PaneContext& context, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    int addRecord() override;
    void removeRecords(const QList<int>& rows) override;
    QString summary() const override;

    const District& district(int row) const { return m_districts.at(row); }
    int rowOf(const QString& id) const;
    // Migrants per hundred residents, when both populations are known and the district is not
    // empty.
    static std::optional<double> share(const District& district);

protected:
    int recordCount() const override { return int(m_districts.size()); }
    bool isEditableColumn(int column) const override { return column != Share; }

private:
    QVariant displayData(const District& d, Column column) const;
    QVariant editData(const District& d, Column column) const;
    void onAdded(const District& district);
    void onUpdated(const District& district);
    void onRemoved(const QString& id);
    // Where the file's own order (position, then name) puts a record.
    int insertionRow(const District& district) const;

    QList<District> m_districts;
};

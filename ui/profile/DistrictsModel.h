// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordListModel.h"
#include "profile/ProfileRepository.h"

// The spatial distribution of migrants: one row per district (in the file's order: position,
// then name), with the migrants' share worked out from the two populations.
class DistrictsModel : public RecordListModel<ProfileRepository, District>
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
    QString summary() const override;

    const District& district(int row) const { return record(row); }
    // Migrants per hundred residents, when both populations are known and the district is not
    // empty.
    static std::optional<double> share(const District& district);

protected:
    bool isEditableColumn(int column) const override { return column != Share; }

private:
    QVariant displayData(const District& d, Column column) const;
    QVariant editData(const District& d, Column column) const;

    District newRecord() const override;
    bool sortsBefore(const District& district, const District& other) const override;
    bool setField(District& district, int column, const QVariant& value) override;
    QString addText() const override;
    QString editText(const District& district) const override;
    QString removeText(const District& district) const override;
    QString removeManyText(int count) const override;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DuplicableListModel.h"
#include "exchange/ExchangeRepository.h"

// The partner cities, one row each, by name: role, twinning period, contact person. The contact
// is personal data: shown here, in the officer's own file, and left out of shared copies.
class PartnerCitiesModel : public DuplicableListModel<ExchangeRepository, PartnerCity>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Country,
        Role,
        Since,
        Until,
        ContactName,
        ContactEmail,
        ContactPhone,
        CityId,
        Notes,
        ColumnCount
    };

    explicit PartnerCitiesModel(const PaneContext& context, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QString summary() const override;

protected:
    bool isEditableColumn(int column) const override { return column < ColumnCount; }

private:
    PartnerCity newRecord() const override;
    bool sortsBefore(const PartnerCity& partner, const PartnerCity& other) const override;
    bool setField(PartnerCity& partner, int column, const QVariant& value) override;
    QString addText() const override;
    QString editText(const PartnerCity& partner) const override;
    QString removeText(const PartnerCity& partner) const override;
    QString removeManyText(int count) const override;
    void markAsCopy(PartnerCity& partner) const override;
    QString duplicateText(const PartnerCity& partner) const override;
};

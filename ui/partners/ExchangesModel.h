// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DuplicableListModel.h"
#include "exchange/ExchangeRepository.h"

class PartnerNames;
class ThemeNames;

// The exchanges, oldest first: study visits, peer-learning meetings, training academies and
// online meetings, each with its partner (if any), dates, place, theme, participants (personal
// data) and the lessons learned.
class ExchangesModel : public DuplicableListModel<ExchangeRepository, Exchange>
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Kind,
        Partner,
        Start,
        End,
        Place,
        Theme,
        Participants,
        Lessons,
        ColumnCount
    };

    ExchangesModel(const PaneContext& context, PartnerNames& partners, ThemeNames& themes,
                   QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QString summary() const override;

protected:
    bool isEditableColumn(int column) const override { return column < ColumnCount; }

private:
    Exchange newRecord() const override;
    bool sortsBefore(const Exchange& exchange, const Exchange& other) const override;
    bool setField(Exchange& exchange, int column, const QVariant& value) override;
    QString addText() const override;
    QString editText(const Exchange& exchange) const override;
    QString removeText(const Exchange& exchange) const override;
    QString removeManyText(int count) const override;
    void markAsCopy(Exchange& exchange) const override;
    QString duplicateText(const Exchange& exchange) const override;
    void repaintColumn(int column);

    PartnerNames& m_partners;
    ThemeNames& m_themes;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordListModel.h"
#include "plan/ActionRepository.h"
#include "plan/Indicator.h"

// The indicators of one action, edited in place: name, unit, baseline, target, how often and
// from where they are measured, whether values add up; and, computed, where each stands now
// (IndicatorMeasure). A target equal to the baseline is said under the table, allowed.
class IndicatorsModel : public RecordListModel<ActionRepository, Indicator>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Unit,
        Baseline,
        Target,
        Now,
        Frequency,
        Source,
        AddUp,
        ColumnCount
    };

    explicit IndicatorsModel(const PaneContext& context, QObject* parent = nullptr);

    void setAction(const QString& actionId);
    QString actionId() const { return m_actionId; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool canAddRecord() const override;
    int addRecord() override;
    QString summary() const override;

protected:
    bool isEditableColumn(int column) const override { return column != Now; }
    bool belongs(const Indicator& indicator) const override;
    Indicator newRecord() const override;
    bool sortsBefore(const Indicator&, const Indicator&) const override { return false; }
    bool setField(Indicator& indicator, int column, const QVariant& value) override;
    QString addText() const override;
    QString editText(const Indicator& indicator) const override;
    QString removeText(const Indicator& indicator) const override;
    QString removeManyText(int count) const override;

private:
    QString m_actionId;
};

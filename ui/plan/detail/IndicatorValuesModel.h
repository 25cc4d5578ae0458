// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordListModel.h"
#include "plan/ActionRepository.h"
#include "plan/IndicatorValue.h"

// The values measured for one indicator, by date, edited in place.
class IndicatorValuesModel : public RecordListModel<ActionRepository, IndicatorValue>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Value,
        Note,
        ColumnCount
    };

    explicit IndicatorValuesModel(const PaneContext& context, QObject* parent = nullptr);

    void setIndicator(const QString& indicatorId);
    QString indicatorId() const { return m_indicatorId; }
    QList<IndicatorValue> values() const;
    void setToday(const QDate& today) { m_today = today; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canAddRecord() const override;
    int addRecord() override;
    int firstEditableColumn() const override { return Value; }

protected:
    bool isEditableColumn(int) const override { return true; }
    bool belongs(const IndicatorValue& value) const override;
    IndicatorValue newRecord() const override;
    bool sortsBefore(const IndicatorValue& a, const IndicatorValue& b) const override
    {
        return a.measuredOn < b.measuredOn;
    }
    bool setField(IndicatorValue& value, int column, const QVariant& input) override;
    QString addText() const override;
    QString editText(const IndicatorValue& value) const override;
    QString removeText(const IndicatorValue& value) const override;
    QString removeManyText(int count) const override;

private:
    QString m_indicatorId;
    QDate m_today = QDate::currentDate();
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordListModel.h"
#include "plan/ActionRepository.h"
#include "plan/BudgetLine.h"

// The budget lines of one action, edited in place: label, funding source, currency, and the
// amounts planned, committed and spent. Each change is one undo step stored at once; the file
// refuses a negative amount or a currency that is not a code, and spending over the plan is
// said under the table, allowed.
class BudgetLinesModel : public RecordListModel<ActionRepository, BudgetLine>
{
    Q_OBJECT

public:
    enum Column
    {
        Label,
        Source,
        Currency,
        Planned,
        Committed,
        Spent,
        ColumnCount
    };

    explicit BudgetLinesModel(const PaneContext& context, QObject* parent = nullptr);

    void setAction(const QString& actionId);
    QString actionId() const { return m_actionId; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canAddRecord() const override;
    int addRecord() override;
    QString summary() const override;

protected:
    bool isEditableColumn(int) const override { return true; }
    bool belongs(const BudgetLine& line) const override;
    BudgetLine newRecord() const override;
    bool sortsBefore(const BudgetLine&, const BudgetLine&) const override { return false; }
    bool setField(BudgetLine& line, int column, const QVariant& value) override;
    QString addText() const override;
    QString editText(const BudgetLine& line) const override;
    QString removeText(const BudgetLine& line) const override;
    QString removeManyText(int count) const override;

private:
    QString m_actionId;
};

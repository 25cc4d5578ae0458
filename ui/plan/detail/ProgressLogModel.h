// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordListModel.h"
#include "plan/ActionRepository.h"
#include "plan/ProgressEntry.h"

// The dated progress log of one action (what happened, why it is late), oldest first, edited in
// place. The author is personal data: shown here, left out of shared copies and exports.
class ProgressLogModel : public RecordListModel<ActionRepository, ProgressEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Text,
        Author,
        ColumnCount
    };

    explicit ProgressLogModel(const PaneContext& context, QObject* parent = nullptr);

    void setAction(const QString& actionId);
    QString actionId() const { return m_actionId; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canAddRecord() const override;
    int addRecord() override;
    int firstEditableColumn() const override { return Text; }

    // The day a new entry is dated (tests fix it).
    void setToday(const QDate& today) { m_today = today; }

protected:
    bool isEditableColumn(int) const override { return true; }
    bool belongs(const ProgressEntry& entry) const override;
    ProgressEntry newRecord() const override;
    bool sortsBefore(const ProgressEntry& a, const ProgressEntry& b) const override
    {
        return a.date < b.date;
    }
    bool setField(ProgressEntry& entry, int column, const QVariant& value) override;
    QString addText() const override;
    QString editText(const ProgressEntry& entry) const override;
    QString removeText(const ProgressEntry& entry) const override;
    QString removeManyText(int count) const override;

private:
    QString m_actionId;
    QDate m_today = QDate::currentDate();
};

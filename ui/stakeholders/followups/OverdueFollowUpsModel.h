// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/OverdueFollowUps.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// The officer's to-do: every overdue follow-up across stakeholders, the oldest first, as the
// file gave them on a given day. It is shown in a modal dialog, where nothing can change the
// file, so it holds what was read when the dialog opened and follows no signal.
class OverdueFollowUpsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StakeholderName,
        Due,
        What,
        ColumnCount
    };
    enum Role
    {
        StakeholderIdRole = Qt::UserRole + 1,
        EngagementIdRole
    };

    OverdueFollowUpsModel(QList<OverdueFollowUp> followUps, const QDate& today,
                          QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const OverdueFollowUp& followUp(int row) const { return m_followUps.at(row); }

private:
    QList<OverdueFollowUp> m_followUps;
    QDate m_today;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/DatedRecordsModel.h"
#include "stakeholders/Engagement.h"

#include <QDate>

class StakeholderRepository;

// One stakeholder's engagement log, newest first. Follows the repository's engagement signals
// row by row. A follow-up promised for before today and not done is overdue: shown with a
// warning icon, a colour and words, never the colour alone.
class EngagementLogModel : public DatedRecordsModel<Engagement>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Kind,
        Summary,
        FollowUp,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        OverdueRole,
    };

    explicit EngagementLogModel(StakeholderRepository& repository, QObject* parent = nullptr);

    void setStakeholder(const QString& id);
    QString stakeholderId() const { return m_stakeholderId; }
    // The day before which a pending follow-up is overdue (today; tests may fix it).
    void setToday(const QDate& today);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Engagement& engagement(int row) const { return record(row); }
    bool isOverdue(const Engagement& engagement) const;
    int overdueCount() const;

private:
    QString followUpText(const Engagement& e) const;
    void onAdded(const Engagement& e);
    void onUpdated(const Engagement& e);

    StakeholderRepository& m_repository;
    QString m_stakeholderId;
    QDate m_today;
};

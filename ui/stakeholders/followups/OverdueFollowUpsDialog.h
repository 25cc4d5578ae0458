// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class OverdueFollowUpsModel;
class QPushButton;
class QTableView;
class Repositories;

// The officer's to-do, opened from the stakeholders pane: every follow-up promised for a day
// already past and not logged as done, across stakeholders, the oldest first. Double-clicking
// one (or Open) closes the list and the pane opens its stakeholder's engagements.
class OverdueFollowUpsDialog : public QDialog
{
    Q_OBJECT

public:
    OverdueFollowUpsDialog(Repositories& repositories, const QDate& today,
                           QWidget* parent = nullptr);

    OverdueFollowUpsModel* model() const { return m_model; }
    // The follow-up chosen when the dialog was accepted: its stakeholder and engagement.
    QString chosenStakeholderId() const { return m_stakeholderId; }
    QString chosenEngagementId() const { return m_engagementId; }

private:
    void choose(const QModelIndex& index);

    OverdueFollowUpsModel* m_model;
    QTableView* m_view;
    QPushButton* m_open;
    QString m_stakeholderId;
    QString m_engagementId;
};

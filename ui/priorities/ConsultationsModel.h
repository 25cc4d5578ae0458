// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Consultation.h"
#include "shell/PaneContext.h"

#include <QAbstractTableModel>

// Who was consulted on one priority, by date: the stakeholder-group meeting, the stakeholders,
// the participants and what they said. It follows the plan's consultations row by row.
class ConsultationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        MeetingColumn,
        StakeholdersColumn,
        ParticipantsColumn,
        SummaryColumn,
        ColumnCount
    };

    explicit ConsultationsModel(const PaneContext& context, QObject* parent = nullptr);

    void setPriority(const QString& priorityId);
    QString priorityId() const { return m_priorityId; }
    const Consultation& consultation(int row) const { return m_rows.at(row); }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onAdded(const Consultation& consultation);
    void onUpdated(const Consultation& consultation);
    void onRemoved(const QString& id);
    QString meetingText(const QString& meetingId) const;
    QString stakeholdersText(const QStringList& ids) const;

    PaneContext m_context;
    QString m_priorityId;
    QList<Consultation> m_rows;
};

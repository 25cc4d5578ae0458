// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"
#include "stakeholders/GroupMeeting.h"

#include <QAbstractTableModel>

// The decisions of one group meeting, in the order they were taken. Editing a decision's text
// (empty removes it), adding and removing are undo steps; the meeting's signals update the
// rows that changed. Not a RecordTableModel: its rows are texts inside one meeting record,
// not records of a repository, and every edit is an edit of that meeting.
class GroupDecisionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Decision,
        ColumnCount
    };

    explicit GroupDecisionsModel(const PaneContext& context, QObject* parent = nullptr);

    void setMeeting(const QString& id);
    QString meetingId() const { return m_meeting.meta.id; }
    void setReadOnly(bool readOnly);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Each returns the reason nothing was stored, empty on success.
    QString addDecision(const QString& text);
    QString removeDecision(int row);

signals:
    void messageChanged(const QString& message);

private:
    QString push(const QStringList& decisions, const QString& text);
    // Brings the rows to the meeting's decisions, announcing only the span that differs.
    void follow(const GroupMeeting& meeting);
    void onMeetingRemoved(const QString& id);

    PaneContext m_context;
    GroupMeeting m_meeting;
    bool m_readOnly = false;
};

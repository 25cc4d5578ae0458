// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"
#include "stakeholders/GroupMeeting.h"

#include <QIdentityProxyModel>

class GroupMembersModel;

// Attendance at one meeting, taken from the members: the members' rows (GroupMembersModel's
// columns), each name with a check box ticked when the member attended. Ticking pushes an undo
// step. The group is small (tens of seats), so a proxy costs nothing and follows the members'
// rows as they come and go.
class GroupAttendanceModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    GroupAttendanceModel(const PaneContext& context, GroupMembersModel* members,
                         QObject* parent = nullptr);

    // The meeting shown; empty for none.
    void setMeeting(const QString& id);
    QString meetingId() const { return m_meeting.meta.id; }
    void setReadOnly(bool readOnly);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void messageChanged(const QString& message);

private:
    void onMeetingUpdated(const GroupMeeting& meeting);
    void onMeetingRemoved(const QString& id);
    void announceChecks();

    PaneContext m_context;
    GroupMeeting m_meeting;
    bool m_readOnly = false;
};

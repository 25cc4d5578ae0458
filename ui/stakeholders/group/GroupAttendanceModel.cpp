// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupAttendanceModel.h"

#include "GroupEdits.h"
#include "GroupMembersModel.h"
#include "city/Repositories.h"
#include "stakeholders/GroupRepository.h"

GroupAttendanceModel::GroupAttendanceModel(const PaneContext& context, GroupMembersModel* members,
                                           QObject* parent)
    : QIdentityProxyModel(parent), m_context(context)
{
    setSourceModel(members);
    GroupRepository* group = &context.repositories.group();
    connect(group, &GroupRepository::meetingUpdated, this, &GroupAttendanceModel::onMeetingUpdated);
    connect(group, &GroupRepository::meetingRemoved, this, &GroupAttendanceModel::onMeetingRemoved);
}

void GroupAttendanceModel::setMeeting(const QString& id)
{
    std::optional<GroupMeeting> found = m_context.repositories.group().meeting(id);
    m_meeting = found.value_or(GroupMeeting());
    announceChecks();
}

void GroupAttendanceModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    announceChecks();
}

void GroupAttendanceModel::announceChecks()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, GroupMembersModel::Name),
                         index(rowCount() - 1, GroupMembersModel::Name), {Qt::CheckStateRole});
}

QVariant GroupAttendanceModel::data(const QModelIndex& index, int role) const
{
    if (role == Qt::CheckStateRole && index.column() == GroupMembersModel::Name &&
        !m_meeting.meta.id.isEmpty()) {
        const QString memberId = index.data(GroupMembersModel::IdRole).toString();
        return m_meeting.attendeeMemberIds.contains(memberId) ? Qt::Checked : Qt::Unchecked;
    }
    return QIdentityProxyModel::data(index, role);
}

Qt::ItemFlags GroupAttendanceModel::flags(const QModelIndex& index) const
{
    // Attendance is ticked here; roles are edited in the members' list.
    Qt::ItemFlags f = QIdentityProxyModel::flags(index) & ~Qt::ItemIsEditable;
    if (index.isValid() && index.column() == GroupMembersModel::Name &&
        !m_meeting.meta.id.isEmpty() && !m_readOnly)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool GroupAttendanceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const QString memberId = index.data(GroupMembersModel::IdRole).toString();
    GroupMeeting after = m_meeting;
    after.attendeeMemberIds.removeAll(memberId);
    const bool attended = value.toInt() == Qt::Checked;
    if (attended)
        after.attendeeMemberIds << memberId;
    const QString name = index.data(Qt::DisplayRole).toString();
    const QString failure = GroupEdits::editMeeting(m_context, m_meeting, after,
                                                    attended ? tr("Mark %1 present").arg(name)
                                                             : tr("Mark %1 absent").arg(name));
    emit messageChanged(failure);
    return failure.isEmpty();
}

void GroupAttendanceModel::onMeetingUpdated(const GroupMeeting& meeting)
{
    if (meeting.meta.id != m_meeting.meta.id)
        return;
    m_meeting = meeting;
    announceChecks();
}

void GroupAttendanceModel::onMeetingRemoved(const QString& id)
{
    if (id == m_meeting.meta.id)
        setMeeting({});
}

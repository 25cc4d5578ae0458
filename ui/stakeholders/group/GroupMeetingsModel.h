// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/DatedRecordsModel.h"
#include "stakeholders/GroupMeeting.h"

class GroupRepository;

// The meetings of the City Stakeholder Group, newest first, each with "N of M members
// attended" (M: the group's members now). Follows the group's signals row by row.
class GroupMeetingsModel : public DatedRecordsModel<GroupMeeting>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        // Before the long texts, so that it shows without scrolling in a narrow list.
        Attendance,
        Place,
        Agenda,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit GroupMeetingsModel(GroupRepository& repository, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const GroupMeeting& meeting(int row) const { return record(row); }
    int memberCount() const { return m_memberCount; }
    static QString attendanceText(int attended, int members);

private:
    void onMembersChanged();

    GroupRepository& m_repository;
    int m_memberCount = 0;
};

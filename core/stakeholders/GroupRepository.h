// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "stakeholders/GroupMeeting.h"
#include "stakeholders/GroupMember.h"
#include "storage/KindAnnouncements.h"
#include "storage/RecordTable.h"
#include "storage/RowAnnouncer.h"

#include <QObject>

#include <memory>
#include <optional>

namespace StakeholderSql {
class Lookups;
}

// The City Stakeholder Group: its members and its meetings with attendance and decisions.
// A meeting is written with its attendance and decision rows in one transaction. add() and
// update() leave the record exactly as stored (attendees sorted, blank decisions dropped);
// on failure the record is left untouched.
class GroupRepository : public QObject, public RowListener
{
    Q_OBJECT

public:
    explicit GroupRepository(RecordStore& store, QObject* parent = nullptr);
    ~GroupRepository() override;

    // Members by their stakeholder's folded name.
    QList<GroupMember> members() const;
    std::optional<GroupMember> member(const QString& id) const;
    // The seat a stakeholder holds in the group, if any.
    std::optional<GroupMember> memberFor(const QString& stakeholderId) const;
    Result<void> add(GroupMember& member);
    Result<void> update(GroupMember& member);
    // Takes the member's attendance with it; the meetings concerned are announced as updated.
    Result<RowSnapshot> remove(const GroupMember& member);

    // Meetings oldest first, with attendees and decisions: three queries whatever the size.
    QList<GroupMeeting> meetings() const;
    std::optional<GroupMeeting> meeting(const QString& id) const;
    Result<void> add(GroupMeeting& meeting);
    Result<void> update(GroupMeeting& meeting);
    Result<RowSnapshot> remove(const GroupMeeting& meeting);

    // Puts back what a remove() took away (undo), with the same identities.
    Result<void> restore(const RowSnapshot& snapshot);

    std::optional<Error> validate(const GroupMember& member) const;
    std::optional<Error> validate(const GroupMeeting& meeting) const;

public slots:
    // Announces group rows that went with, or came back with, a record of this or another
    // repository (a stakeholder's seat and attendance): called by RecordStore's announcer.
    void announceRemoved(const RowSnapshot& snapshot) override;
    void announceRestored(const RowSnapshot& snapshot) override;

signals:
    void memberAdded(const GroupMember& member);
    void memberUpdated(const GroupMember& member);
    void memberRemoved(const QString& id);
    void meetingAdded(const GroupMeeting& meeting);
    void meetingUpdated(const GroupMeeting& meeting);
    void meetingRemoved(const QString& id);

private:
    // All meetings, or only the one with meetingId.
    QList<GroupMeeting> readMeetings(const QString& meetingId) const;
    Result<void> writeAttendance(const QString& meetingId, const QStringList& memberIds);
    Result<void> writeDecisions(const QString& meetingId, const QStringList& decisions);
    // Both, for a meeting being stored.
    Result<void> writeMeetingRows(const GroupMeeting& meeting);
    // Meetings that stay but whose attendance or decisions a snapshot took or put back.
    void announceMeetingRowsChanged(const RowSnapshot& snapshot);

    RecordStore& m_store;
    std::unique_ptr<StakeholderSql::Lookups> m_lookups;
    KindAnnouncements m_kinds;
    RecordTable<GroupMember> m_members;
    RecordTable<GroupMeeting> m_meetings;
};

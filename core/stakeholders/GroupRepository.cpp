// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupRepository.h"

#include "common/Validation.h"
#include "stakeholders/StakeholderSql.h"
#include "storage/RecordMapping.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>

#include <algorithm>

using namespace StakeholderSql;

namespace {

class Fields
{
    Q_DECLARE_TR_FUNCTIONS(GroupRepository)
public:
    static QString stakeholder() { return tr("The member's stakeholder"); }
    static QString member() { return tr("The group member"); }
    static QString date() { return tr("The meeting's date"); }
    static QString attendee() { return tr("An attendee of the meeting"); }
};

GroupMeeting normalized(GroupMeeting m)
{
    m.attendeeMemberIds.removeAll(QString());
    std::sort(m.attendeeMemberIds.begin(), m.attendeeMemberIds.end());
    m.attendeeMemberIds.erase(std::unique(m.attendeeMemberIds.begin(), m.attendeeMemberIds.end()),
                              m.attendeeMemberIds.end());
    QStringList decisions;
    for (const QString& d : std::as_const(m.decisions)) {
        if (!d.trimmed().isEmpty())
            decisions << d.trimmed();
    }
    m.decisions = decisions;
    return m;
}

const QString memberOrder = QStringLiteral(
    "ORDER BY (SELECT name_key FROM stakeholder s WHERE s.id = group_member.stakeholder_id), id");

// Each kind's fields bound to its table's columns, once (RecordMapping).
using namespace RecordFields;

const RecordMapping<GroupMember>& memberMapping()
{
    static const RecordMapping<GroupMember> mapping(
        "group_member",
        {reference("stakeholder_id", &GroupMember::stakeholderId),
         field("role", &GroupMember::role), field("joined_on", &GroupMember::joinedOn)});
    return mapping;
}

// The meeting's own row; its attendance and decisions are rows of their own tables, read and
// written with it by the repository (valuesByOwner, writeMeetingRows).
const RecordMapping<GroupMeeting>& meetingMapping()
{
    static const RecordMapping<GroupMeeting> mapping(
        "group_meeting",
        {field("date", &GroupMeeting::date), field("place", &GroupMeeting::place),
         field("agenda", &GroupMeeting::agenda), field("minutes", &GroupMeeting::minutes)});
    return mapping;
}

} // namespace

GroupRepository::GroupRepository(RecordStore& store, QObject* parent)
    : QObject(parent), m_store(store), m_lookups(std::make_unique<Lookups>(store.database())),
      m_members(store, memberMapping()), m_meetings(store, meetingMapping())
{
    m_members.announceAs(m_kinds, this, &GroupRepository::memberAdded,
                         &GroupRepository::memberUpdated, &GroupRepository::memberRemoved);
    // A meeting put back is announced with its attendance and decisions.
    m_meetings.announceAs(m_kinds, this, &GroupRepository::meetingAdded,
                          &GroupRepository::meetingUpdated, &GroupRepository::meetingRemoved,
                          &GroupRepository::meeting);
    m_store.announcer().setListener(RowAnnouncer::Owner::Group, this);
}

GroupRepository::~GroupRepository()
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Group, nullptr);
}

// ---- Members

QList<GroupMember> GroupRepository::members() const
{
    return m_members.all(memberOrder);
}

std::optional<GroupMember> GroupRepository::member(const QString& id) const
{
    return m_members.one(id);
}

std::optional<GroupMember> GroupRepository::memberFor(const QString& stakeholderId) const
{
    // The UNIQUE stakeholder_id: one row at most.
    const QList<GroupMember> found =
        m_members.all(QStringLiteral("WHERE stakeholder_id = ?"), {stakeholderId});
    return found.isEmpty() ? std::nullopt : std::optional<GroupMember>(found.constFirst());
}

Result<void> GroupRepository::add(GroupMember& member)
{
    if (std::optional<Error> e = validate(member))
        return *e;
    return m_members.add(member);
}

Result<void> GroupRepository::update(GroupMember& member)
{
    if (std::optional<Error> e = validate(member))
        return *e;
    return m_members.update(member);
}

Result<RowSnapshot> GroupRepository::remove(const GroupMember& member)
{
    return m_members.remove(member);
}

// ---- Meetings

QList<GroupMeeting> GroupRepository::readMeetings(const QString& meetingId) const
{
    const QSqlDatabase db = m_store.database();
    const bool one = !meetingId.isEmpty();
    const QVariantList bindings = one ? QVariantList{meetingId} : QVariantList{};
    QList<GroupMeeting> meetings = m_meetings.all(
        one ? QStringLiteral("WHERE id = ?") : QStringLiteral("ORDER BY date, created_at, id"),
        bindings);
    // One query per child table for all the meetings read, never one per meeting.
    const QHash<QString, QStringList> attendance =
        valuesByOwner(db, Values::MeetingAttendance, meetingId);
    const QHash<QString, QStringList> decisions =
        valuesByOwner(db, Values::MeetingDecisions, meetingId);
    for (GroupMeeting& m : meetings) {
        m.attendeeMemberIds = attendance.value(m.meta.id);
        m.decisions = decisions.value(m.meta.id);
    }
    return meetings;
}

QList<GroupMeeting> GroupRepository::meetings() const
{
    return readMeetings({});
}

std::optional<GroupMeeting> GroupRepository::meeting(const QString& id) const
{
    const QList<GroupMeeting> found = id.isEmpty() ? QList<GroupMeeting>() : readMeetings(id);
    return found.isEmpty() ? std::nullopt : std::optional<GroupMeeting>(found.first());
}

Result<void> GroupRepository::writeMeetingRows(const GroupMeeting& meeting)
{
    if (Result<void> w = writeAttendance(meeting.meta.id, meeting.attendeeMemberIds); !w)
        return w;
    return writeDecisions(meeting.meta.id, meeting.decisions);
}

Result<void> GroupRepository::add(GroupMeeting& meeting)
{
    GroupMeeting next = normalized(meeting);
    if (std::optional<Error> e = validate(next))
        return *e;
    Result<void> r = m_meetings.addWith(next, [&] { return writeMeetingRows(next); });
    if (r)
        meeting = next;
    return r;
}

Result<void> GroupRepository::update(GroupMeeting& meeting)
{
    GroupMeeting next = normalized(meeting);
    if (std::optional<Error> e = validate(next))
        return *e;
    Result<void> r = m_meetings.updateWith(next, [&] { return writeMeetingRows(next); });
    if (r)
        meeting = next;
    return r;
}

Result<RowSnapshot> GroupRepository::remove(const GroupMeeting& meeting)
{
    return m_meetings.remove(meeting);
}

Result<void> GroupRepository::writeAttendance(const QString& meetingId,
                                              const QStringList& memberIds)
{
    Result<QList<ValueRow>> rows =
        valueRows(m_store.database(), Values::MeetingAttendance, meetingId);
    if (!rows)
        return rows.error();
    QStringList kept;        // member ids whose row stays as it is
    QStringList droppedRows; // row ids of members no longer listed
    for (const ValueRow& row : std::as_const(rows.value())) {
        if (memberIds.contains(row.value))
            kept << row.value;
        else
            droppedRows << row.id;
    }
    for (const QString& rowId : std::as_const(droppedRows)) {
        if (Result<RowSnapshot> r = m_store.remove("meeting_attendance", rowId); !r)
            return r.error();
    }
    for (const QString& memberId : memberIds) {
        if (kept.contains(memberId))
            continue;
        RecordMeta meta;
        if (Result<void> r = m_store.insert("meeting_attendance", meta,
                                            {{"meeting_id", meetingId}, {"member_id", memberId}});
            !r)
            return r;
    }
    return {};
}

Result<void> GroupRepository::writeDecisions(const QString& meetingId, const QStringList& decisions)
{
    // Rows are matched by position and rewritten only when they changed, so a decision keeps
    // its identity across edits (partner cities merge records by id).
    Result<QList<ValueRow>> rows =
        valueRows(m_store.database(), Values::MeetingDecisions, meetingId);
    if (!rows)
        return rows.error();
    const QList<ValueRow>& existing = rows.value();
    for (qsizetype i = 0; i < existing.size(); ++i) {
        const ValueRow& row = existing.at(i);
        if (i >= decisions.size()) {
            if (Result<RowSnapshot> gone = m_store.remove("meeting_decision", row.id); !gone)
                return gone.error();
            continue;
        }
        if (row.value == decisions.at(i) && row.position == int(i))
            continue;
        RecordMeta meta;
        meta.id = row.id;
        if (Result<void> r = m_store.update("meeting_decision", meta,
                                            {{"text", decisions.at(i)}, {"position", int(i)}});
            !r)
            return r;
    }
    for (qsizetype i = existing.size(); i < decisions.size(); ++i) {
        RecordMeta meta;
        if (Result<void> r = m_store.insert(
                "meeting_decision", meta,
                {{"meeting_id", meetingId}, {"text", decisions.at(i)}, {"position", int(i)}});
            !r)
            return r;
    }
    return {};
}

// ---- Undo and announcements

Result<void> GroupRepository::restore(const RowSnapshot& snapshot)
{
    return m_store.restoreOne(snapshot);
}

void GroupRepository::announceRemoved(const RowSnapshot& snapshot)
{
    m_kinds.removed(snapshot);
    announceMeetingRowsChanged(snapshot);
}

void GroupRepository::announceRestored(const RowSnapshot& snapshot)
{
    m_kinds.restored(snapshot);
    announceMeetingRowsChanged(snapshot);
}

void GroupRepository::announceMeetingRowsChanged(const RowSnapshot& snapshot)
{
    // Attendance and decisions are rows of their own but part of their meeting: a member's
    // removal takes its attendance (and its undo brings it back), which changes meetings that
    // stay.
    QStringList wholeMeetings;   // removed or restored with the snapshot, announced as such
    QStringList touchedMeetings; // whose attendance or decisions changed
    for (const RowSnapshot::Row& row : snapshot.rows) {
        if (row.table == QLatin1String("group_meeting")) {
            wholeMeetings << row.values.value(QStringLiteral("id")).toString();
        } else if (row.table == QLatin1String("meeting_attendance") ||
                   row.table == QLatin1String("meeting_decision")) {
            const QString meetingId = row.values.value(QStringLiteral("meeting_id")).toString();
            if (!touchedMeetings.contains(meetingId))
                touchedMeetings << meetingId;
        }
    }
    for (const QString& id : std::as_const(touchedMeetings)) {
        if (wholeMeetings.contains(id))
            continue;
        if (auto m = meeting(id))
            emit meetingUpdated(*m);
    }
}

// ---- Validation

std::optional<Error> GroupRepository::validate(const GroupMember& member) const
{
    const QString name = m_lookups->firstValue(
        QStringLiteral("SELECT name FROM stakeholder WHERE id = ?"), {member.stakeholderId});
    if (member.stakeholderId.isEmpty() || name.isEmpty())
        return Validation::unknownReference(Fields::stakeholder());
    // The UNIQUE stakeholder_id: a stakeholder holds one seat.
    if (std::optional<GroupMember> other = memberFor(member.stakeholderId);
        other && other->meta.id != member.meta.id)
        return Validation::duplicate(name, Fields::member());
    return std::nullopt;
}

std::optional<Error> GroupRepository::validate(const GroupMeeting& meeting) const
{
    if (std::optional<Error> e = Validation::required(
            meeting.date.isValid() ? meeting.date.toString(Qt::ISODate) : QString(),
            Fields::date()))
        return e;
    for (const QString& memberId : meeting.attendeeMemberIds) {
        if (!m_lookups->exists("group_member", memberId))
            return Validation::unknownReference(Fields::attendee());
    }
    return std::nullopt;
}

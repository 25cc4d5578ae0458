// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupMeetingsModel.h"

#include "common/OptionalDateEdit.h"
#include "common/TextLimits.h"
#include "stakeholders/GroupRepository.h"

#include <QLocale>

GroupMeetingsModel::GroupMeetingsModel(GroupRepository& repository, QObject* parent)
    : DatedRecordsModel(parent), m_repository(repository),
      m_memberCount(int(repository.members().size()))
{
    resetRecords(repository.meetings());
    connect(&repository, &GroupRepository::meetingAdded, this, &GroupMeetingsModel::insertRecord);
    connect(&repository, &GroupRepository::meetingUpdated, this, &GroupMeetingsModel::updateRecord);
    connect(&repository, &GroupRepository::meetingRemoved, this, &GroupMeetingsModel::removeRecord);
    connect(&repository, &GroupRepository::memberAdded, this,
            &GroupMeetingsModel::onMembersChanged);
    connect(&repository, &GroupRepository::memberRemoved, this,
            &GroupMeetingsModel::onMembersChanged);
}

int GroupMeetingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GroupMeetingsModel::attendanceText(int attended, int members)
{
    return tr("%1 of %n member(s) attended", nullptr, members).arg(attended);
}

QVariant GroupMeetingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const GroupMeeting& m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return QLocale().toString(m.date, OptionalDateEdit::displayFormat());
        case Place:
            return TextLimits::shortened(m.place);
        case Agenda:
            return TextLimits::shortened(m.agenda.section(QLatin1Char('\n'), 0, 0));
        case Attendance:
            return attendanceText(int(m.attendeeMemberIds.size()), m_memberCount);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Agenda)
            return TextLimits::shortened(m.agenda, TextLimits::shownParagraphChars);
        return {};
    case IdRole:
        return m.meta.id;
    }
    return {};
}

QVariant GroupMeetingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return DatedRecordsModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Place:
        return tr("Place");
    case Agenda:
        return tr("Agenda");
    case Attendance:
        return tr("Attendance");
    }
    return {};
}

void GroupMeetingsModel::onMembersChanged()
{
    m_memberCount = int(m_repository.members().size());
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Attendance), index(rowCount() - 1, Attendance));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupDecisionsModel.h"

#include "GroupEdits.h"
#include "city/Repositories.h"
#include "common/TextLimits.h"
#include "stakeholders/GroupRepository.h"

GroupDecisionsModel::GroupDecisionsModel(const PaneContext& context, QObject* parent)
    : QAbstractTableModel(parent), m_context(context)
{
    GroupRepository* group = &context.repositories.group();
    connect(group, &GroupRepository::meetingUpdated, this, [this](const GroupMeeting& m) {
        if (m.meta.id == m_meeting.meta.id && !m.meta.id.isEmpty())
            follow(m);
    });
    connect(group, &GroupRepository::meetingRemoved, this, &GroupDecisionsModel::onMeetingRemoved);
}

void GroupDecisionsModel::setMeeting(const QString& id)
{
    beginResetModel();
    m_meeting = m_context.repositories.group().meeting(id).value_or(GroupMeeting());
    endResetModel();
}

void GroupDecisionsModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

int GroupDecisionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_meeting.decisions.size());
}

int GroupDecisionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupDecisionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
        return TextLimits::forRole(m_meeting.decisions.at(index.row()), role);
    return {};
}

QVariant GroupDecisionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == Decision)
        return tr("Decision");
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags GroupDecisionsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

bool GroupDecisionsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole || m_readOnly)
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return removeDecision(index.row()).isEmpty();
    QStringList decisions = m_meeting.decisions;
    decisions[index.row()] = text;
    const QString failure = push(decisions, tr("Edit a decision"));
    emit messageChanged(failure);
    return failure.isEmpty();
}

QString GroupDecisionsModel::addDecision(const QString& text)
{
    QString failure;
    if (m_meeting.meta.id.isEmpty() || m_readOnly)
        return tr("Choose a meeting first.");
    if (text.trimmed().isEmpty())
        failure = tr("A decision needs its text. Type what the group decided, then add it.");
    else
        failure = push(m_meeting.decisions + QStringList{text.trimmed()}, tr("Add a decision"));
    emit messageChanged(failure);
    return failure;
}

QString GroupDecisionsModel::removeDecision(int row)
{
    if (row < 0 || row >= rowCount() || m_readOnly)
        return tr("Select the decision to remove.");
    QStringList decisions = m_meeting.decisions;
    decisions.removeAt(row);
    const QString failure = push(decisions, tr("Remove a decision"));
    emit messageChanged(failure);
    return failure;
}

QString GroupDecisionsModel::push(const QStringList& decisions, const QString& text)
{
    GroupMeeting after = m_meeting;
    after.decisions = decisions;
    return GroupEdits::editMeeting(m_context, m_meeting, after, text);
}

void GroupDecisionsModel::follow(const GroupMeeting& meeting)
{
    const QStringList& before = m_meeting.decisions;
    const QStringList& after = meeting.decisions;
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before.at(head) == after.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head &&
           before.at(before.size() - 1 - tail) == after.at(after.size() - 1 - tail))
        ++tail;
    const int oldEnd = int(before.size() - tail); // rows [head, oldEnd) change
    const int newEnd = int(after.size() - tail);
    const int common = std::min(oldEnd, newEnd);
    GroupMeeting next = meeting;
    if (oldEnd > newEnd) {
        beginRemoveRows({}, common, oldEnd - 1);
        m_meeting = next;
        endRemoveRows();
    } else if (newEnd > oldEnd) {
        beginInsertRows({}, common, newEnd - 1);
        m_meeting = next;
        endInsertRows();
    } else {
        m_meeting = next;
    }
    if (common > head)
        emit dataChanged(index(int(head), 0), index(common - 1, 0));
}

void GroupDecisionsModel::onMeetingRemoved(const QString& id)
{
    if (id == m_meeting.meta.id)
        setMeeting({});
}

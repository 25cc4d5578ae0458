// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupMembersModel.h"

#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "common/OptionalDateEdit.h"
#include "common/TextLimits.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/KindPalette.h"
#include "stakeholders/NameOrder.h"
#include "stakeholders/StakeholderRepository.h"

#include <QLocale>

using EditMember = EditRecordCommand<GroupRepository, GroupMember>;
using RemoveMember = RemoveRecordCommand<GroupRepository, GroupMember>;

GroupMembersModel::GroupMembersModel(const PaneContext& context, QObject* parent)
    : RecordTableModel(context, parent), m_collator(NameOrder::collator())
{
    for (const GroupMember& m : context.repositories.group().members())
        m_rows.append(makeRow(m));
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [this](const Row& a, const Row& b) { return before(a.sortKey, b.sortKey); });

    GroupRepository* group = &context.repositories.group();
    connect(group, &GroupRepository::memberAdded, this, &GroupMembersModel::onAdded);
    connect(group, &GroupRepository::memberUpdated, this, &GroupMembersModel::onUpdated);
    connect(group, &GroupRepository::memberRemoved, this, &GroupMembersModel::onRemoved);
    connect(&context.repositories.stakeholders(), &StakeholderRepository::stakeholderUpdated, this,
            &GroupMembersModel::onStakeholderUpdated);
}

GroupMembersModel::Row GroupMembersModel::makeRow(const GroupMember& member) const
{
    Row row{member, {}, {}};
    if (auto s = repositories().stakeholders().stakeholder(member.stakeholderId))
        row.stakeholder = *s;
    row.sortKey = row.stakeholder.name;
    return row;
}

int GroupMembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMembersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::EditRole:
        if (index.column() == Since)
            return row.member.joinedOn;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return TextLimits::forRole(row.stakeholder.name, role);
        case Kind:
            return Stakeholder::label(row.stakeholder.kind);
        case Role:
            return TextLimits::forRole(row.member.role, role);
        case Since:
            return row.member.joinedOn.isValid()
                       ? QLocale().toString(row.member.joinedOn, OptionalDateEdit::displayFormat())
                       : QString();
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Kind)
            return KindPalette::swatch(row.stakeholder.kind);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return TextLimits::shortened(
                row.stakeholder.name,
                TextLimits::shownParagraphChars); // names are elided in the table
        if (index.column() == Role) {
            // The role may be elided in a narrow list: whole here, above the how-to.
            const QString role =
                TextLimits::shortened(row.member.role, TextLimits::shownParagraphChars);
            const QString how =
                isReadOnly() ? QString() : tr("Double-click to change the role in the group");
            return role.isEmpty() || how.isEmpty() ? role + how : role + QLatin1Char('\n') + how;
        }
        if (index.column() == Since && !isReadOnly())
            return tr("Double-click to change the date the member joined");
        return {};
    case IdRole:
        return row.member.meta.id;
    case StakeholderIdRole:
        return row.member.stakeholderId;
    }
    return {};
}

QVariant GroupMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Stakeholder");
    case Kind:
        return tr("Kind");
    case Role:
        return tr("Role in the group");
    case Since:
        return tr("Member since");
    }
    return {};
}

bool GroupMembersModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole ||
        !isEditableColumn(index.column()) || isReadOnly())
        return false;
    const GroupMember& before = m_rows.at(index.row()).member;
    GroupMember after = before;
    if (index.column() == Role)
        after.role = value.toString().trimmed();
    else
        after.joinedOn = value.toDate(); // invalid: not known
    if (after == before)
        return false;
    const QString text = index.column() == Role ? tr("Change a member's role")
                                                : tr("Change the date a member joined");
    return push(new EditMember(&file(), repositories().group(), before, after, text));
}

void GroupMembersModel::removeRecords(const QList<int>& rows)
{
    if (isReadOnly() || rows.isEmpty())
        return;
    QList<QUndoCommand*> commands;
    for (int row : rows) {
        commands << new RemoveMember(&file(), repositories().group(), m_rows.at(row).member,
                                     tr("Remove %1 from the group").arg(nameOf(row)));
    }
    pushAll(tr("Remove %n member(s) from the group", nullptr, int(commands.size())), commands);
}

int GroupMembersModel::rowOf(const QString& memberId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).member.meta.id == memberId)
            return i;
    }
    return -1;
}

QStringList GroupMembersModel::stakeholderIds() const
{
    QStringList ids;
    for (const Row& row : m_rows)
        ids << row.member.stakeholderId;
    return ids;
}

bool GroupMembersModel::before(const QString& a, const QString& b) const
{
    return m_collator.compare(a, b) < 0;
}

int GroupMembersModel::insertionRow(const QString& sortKey) const
{
    return int(std::upper_bound(
                   m_rows.cbegin(), m_rows.cend(), sortKey,
                   [this](const QString& key, const Row& r) { return before(key, r.sortKey); }) -
               m_rows.cbegin());
}

void GroupMembersModel::place(Row row)
{
    const int at = insertionRow(row.sortKey);
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::move(row));
    endInsertRows();
}

void GroupMembersModel::onAdded(const GroupMember& member)
{
    if (rowOf(member.meta.id) < 0)
        place(makeRow(member));
}

void GroupMembersModel::onUpdated(const GroupMember& member)
{
    const int row = rowOf(member.meta.id);
    if (row < 0) {
        onAdded(member);
        return;
    }
    m_rows[row].member = member;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void GroupMembersModel::onRemoved(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void GroupMembersModel::onStakeholderUpdated(const Stakeholder& stakeholder)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).member.stakeholderId != stakeholder.meta.id)
            continue;
        // A rename may move the row: taken out and placed again where its name now sorts.
        Row row = m_rows.at(i);
        row.stakeholder = stakeholder;
        row.sortKey = stakeholder.name;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
        place(std::move(row));
        return;
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordTableModel.h"
#include "stakeholders/GroupMember.h"
#include "stakeholders/Stakeholder.h"

#include <QCollator>

// The members of the City Stakeholder Group with their stakeholder's name and kind, by name.
// Follows the group's member signals and the stakeholders' renames row by row. The role and
// the date are edited in place: setData() pushes an undo step.
// A RecordTableModel, not a RecordListModel: its rows join each member to its stakeholder and
// sort by the stakeholder's name, so a rename (a signal of another kind) moves a row; and a
// member is added from the form under the table (a stakeholder to choose), never as a blank row.
class GroupMembersModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Role,
        Kind,
        Since,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StakeholderIdRole,
    };

    explicit GroupMembersModel(const PaneContext& context, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // A member needs its stakeholder, chosen in the form: never a blank row (see the class).
    int addRecord() override { return -1; }
    bool canAddRecord() const override { return false; }
    void removeRecords(const QList<int>& rows) override;

    const GroupMember& member(int row) const { return m_rows.at(row).member; }
    QString nameOf(int row) const { return m_rows.at(row).stakeholder.name; }
    int rowOf(const QString& memberId) const;
    QStringList stakeholderIds() const;

protected:
    int recordCount() const override { return int(m_rows.size()); }
    bool isEditableColumn(int column) const override { return column == Role || column == Since; }

private:
    struct Row
    {
        GroupMember member;
        Stakeholder stakeholder;
        QString sortKey; // the stakeholder's name, in NameOrder
    };

    Row makeRow(const GroupMember& member) const;
    int insertionRow(const QString& sortKey) const;
    bool before(const QString& a, const QString& b) const;
    void onAdded(const GroupMember& member);
    void onUpdated(const GroupMember& member);
    void onRemoved(const QString& id);
    void onStakeholderUpdated(const Stakeholder& stakeholder);
    void place(Row row);

    QList<Row> m_rows;
    QCollator m_collator; // NameOrder's: "Lot 9" before "Lot 10"
};

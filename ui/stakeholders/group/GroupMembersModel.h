// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"
#include "stakeholders/GroupMember.h"
#include "stakeholders/Stakeholder.h"

#include <QAbstractTableModel>

// The members of the City Stakeholder Group with their stakeholder's name and kind, by name.
// Follows the group's member signals and the stakeholders' renames row by row. The role is
// edited in place: setData() pushes an undo step.
class GroupMembersModel : public QAbstractTableModel
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

    void setReadOnly(bool readOnly);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const GroupMember& member(int row) const { return m_rows.at(row).member; }
    QString nameOf(int row) const { return m_rows.at(row).stakeholder.name; }
    int rowOf(const QString& memberId) const;
    QStringList stakeholderIds() const;

signals:
    // A refused edit or one the file could not store; empty when all went well.
    void messageChanged(const QString& message);

private:
    struct Row
    {
        GroupMember member;
        Stakeholder stakeholder;
        QString sortKey;
    };

    Row makeRow(const GroupMember& member) const;
    int insertionRow(const QString& sortKey) const;
    void onAdded(const GroupMember& member);
    void onUpdated(const GroupMember& member);
    void onRemoved(const QString& id);
    void onStakeholderUpdated(const Stakeholder& stakeholder);
    void place(Row row);

    PaneContext m_context;
    QList<Row> m_rows;
    bool m_readOnly = false;
};

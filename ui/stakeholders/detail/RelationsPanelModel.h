// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/StakeholderRelation.h"

#include <QAbstractTableModel>
#include <QHash>

class StakeholderRepository;
struct Stakeholder;

// The relations of one stakeholder, each seen from its side: the other stakeholder, the kind,
// which way it goes (funding and referral), the strength and the notes. Follows the
// repository's signals row by row; edits go through the panel's undo commands.
// Not a RecordListModel: nothing is edited in its cells (the panel's form does it), its rows
// show another record's name and a direction seen from the stakeholder shown, and a
// stakeholder's removal, which takes relations without a signal each, reads them again.
class RelationsPanelModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Other,
        Kind,
        Direction,
        Strength,
        Notes,
        ColumnCount
    };
    enum Role
    {
        RelationIdRole = Qt::UserRole + 1,
        OtherIdRole,
    };

    explicit RelationsPanelModel(StakeholderRepository& repository, QObject* parent = nullptr);

    void setStakeholder(const QString& id);
    const QString& stakeholderId() const { return m_stakeholderId; }
    const StakeholderRelation& relation(int row) const { return m_rows.at(row); }
    // The end of the relation that is not the stakeholder shown.
    QString otherId(const StakeholderRelation& relation) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    bool involves(const StakeholderRelation& relation) const;
    int rowOf(const QString& relationId) const;
    QString nameOf(const QString& stakeholderId) const;
    QString directionText(const StakeholderRelation& relation) const;
    void onRelationAdded(const StakeholderRelation& relation);
    void onRelationUpdated(const StakeholderRelation& relation);
    void onRelationRemoved(const QString& id);
    void onStakeholderUpdated(const Stakeholder& stakeholder);

    StakeholderRepository& m_repository;
    QString m_stakeholderId;
    QList<StakeholderRelation> m_rows;
    mutable QHash<QString, QString> m_names;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationsPanelModel.h"

#include "common/TextLimits.h"
#include "stakeholders/StakeholderRepository.h"

RelationsPanelModel::RelationsPanelModel(StakeholderRepository& repository, QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
    connect(&repository, &StakeholderRepository::relationAdded, this,
            &RelationsPanelModel::onRelationAdded);
    connect(&repository, &StakeholderRepository::relationUpdated, this,
            &RelationsPanelModel::onRelationUpdated);
    connect(&repository, &StakeholderRepository::relationRemoved, this,
            &RelationsPanelModel::onRelationRemoved);
    connect(&repository, &StakeholderRepository::stakeholderUpdated, this,
            &RelationsPanelModel::onStakeholderUpdated);
    // A stakeholder's removal (and its undo) takes (and brings back) its relations at once.
    connect(&repository, &StakeholderRepository::rowsRemoved, this, &RelationsPanelModel::reload);
    connect(&repository, &StakeholderRepository::rowsRestored, this, &RelationsPanelModel::reload);
}

void RelationsPanelModel::setStakeholder(const QString& id)
{
    m_stakeholderId = id;
    reload();
}

void RelationsPanelModel::reload()
{
    beginResetModel();
    m_names.clear();
    m_rows = m_stakeholderId.isEmpty() ? QList<StakeholderRelation>()
                                       : m_repository.relations(m_stakeholderId);
    endResetModel();
}

QString RelationsPanelModel::otherId(const StakeholderRelation& relation) const
{
    return relation.fromId == m_stakeholderId ? relation.toId : relation.fromId;
}

bool RelationsPanelModel::involves(const StakeholderRelation& relation) const
{
    return !m_stakeholderId.isEmpty() &&
           (relation.fromId == m_stakeholderId || relation.toId == m_stakeholderId);
}

int RelationsPanelModel::rowOf(const QString& relationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).meta.id == relationId)
            return row;
    }
    return -1;
}

QString RelationsPanelModel::nameOf(const QString& stakeholderId) const
{
    auto it = m_names.find(stakeholderId);
    if (it == m_names.end()) {
        const std::optional<Stakeholder> s = m_repository.stakeholder(stakeholderId);
        it = m_names.insert(stakeholderId, s ? s->name : QString());
    }
    return *it;
}

QString RelationsPanelModel::directionText(const StakeholderRelation& relation) const
{
    using K = StakeholderRelation::Kind;
    const bool outgoing = relation.fromId == m_stakeholderId;
    if (relation.kind == K::Funding)
        return outgoing ? tr("Funds them") : tr("Funded by them");
    if (relation.kind == K::Referral)
        return outgoing ? tr("Refers to them") : tr("Referred by them");
    return tr("Both ways");
}

int RelationsPanelModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RelationsPanelModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelationsPanelModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StakeholderRelation& r = m_rows.at(index.row());
    if (role == RelationIdRole)
        return r.meta.id;
    if (role == OtherIdRole)
        return otherId(r);
    if (role == Qt::TextAlignmentRole && index.column() == Strength)
        return QVariant(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Other:
        return TextLimits::forRole(nameOf(otherId(r)), role);
    case Kind:
        return StakeholderRelation::label(r.kind);
    case Direction:
        return directionText(r);
    case Strength:
        return role == Qt::ToolTipRole
                   ? QVariant(tr("%1 of %2").arg(r.strength).arg(StakeholderRelation::maxStrength))
                   : QVariant(r.strength);
    case Notes:
        return TextLimits::forRole(r.notes, role);
    }
    return {};
}

QVariant RelationsPanelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Other:
        return tr("With");
    case Kind:
        return tr("Kind");
    case Direction:
        return tr("Direction");
    case Strength:
        return tr("Strength");
    case Notes:
        return tr("Notes");
    }
    return {};
}

void RelationsPanelModel::onRelationAdded(const StakeholderRelation& relation)
{
    if (!involves(relation) || rowOf(relation.meta.id) >= 0)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(relation);
    endInsertRows();
}

void RelationsPanelModel::onRelationUpdated(const StakeholderRelation& relation)
{
    const int row = rowOf(relation.meta.id);
    if (row < 0) {
        onRelationAdded(relation);
    } else if (!involves(relation)) {
        onRelationRemoved(relation.meta.id);
    } else {
        m_rows[row] = relation;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void RelationsPanelModel::onRelationRemoved(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void RelationsPanelModel::onStakeholderUpdated(const Stakeholder& stakeholder)
{
    auto it = m_names.find(stakeholder.meta.id);
    if (it == m_names.end() || *it == stakeholder.name)
        return;
    *it = stakeholder.name;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (otherId(m_rows.at(row)) == stakeholder.meta.id)
            emit dataChanged(index(row, Other), index(row, Other));
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsultationsModel.h"

#include "city/Repositories.h"
#include "common/DateText.h"
#include "common/TextLimits.h"
#include "plan/PlanRepository.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderRepository.h"

#include <QLocale>

ConsultationsModel::ConsultationsModel(const PaneContext& context, QObject* parent)
    : QAbstractTableModel(parent), m_context(context)
{
    PlanRepository& plan = context.repositories.plan();
    connect(&plan, &PlanRepository::consultationAdded, this, &ConsultationsModel::onAdded);
    connect(&plan, &PlanRepository::consultationUpdated, this, &ConsultationsModel::onUpdated);
    connect(&plan, &PlanRepository::consultationRemoved, this, &ConsultationsModel::onRemoved);
}

void ConsultationsModel::setPriority(const QString& priorityId)
{
    beginResetModel();
    m_priorityId = priorityId;
    m_rows = priorityId.isEmpty() ? QList<Consultation>()
                                  : m_context.repositories.plan().consultations(priorityId);
    endResetModel();
}

int ConsultationsModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).meta.id == id)
            return row;
    }
    return -1;
}

int ConsultationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConsultationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsultationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Consultation& c = m_rows.at(index.row());
    switch (index.column()) {
    case DateColumn:
        return DateText::shown(c.date);
    case MeetingColumn:
        return meetingText(c.meetingId);
    case StakeholdersColumn:
        return TextLimits::forRole(stakeholdersText(c.stakeholderIds), role);
    case ParticipantsColumn:
        return TextLimits::forRole(c.participants, role);
    case SummaryColumn:
        return TextLimits::forRole(c.summary, role);
    }
    return {};
}

QVariant ConsultationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case MeetingColumn:
        return tr("Group meeting");
    case StakeholdersColumn:
        return tr("Stakeholders");
    case ParticipantsColumn:
        return tr("Participants");
    case SummaryColumn:
        return tr("What they said");
    }
    return {};
}

void ConsultationsModel::onAdded(const Consultation& consultation)
{
    if (m_priorityId.isEmpty() || consultation.priorityId != m_priorityId)
        return;
    if (rowOf(consultation.meta.id) >= 0)
        return onUpdated(consultation);
    // By date, as the file lists them; the same day after those already there.
    int row = 0;
    while (row < m_rows.size() && m_rows.at(row).date <= consultation.date)
        ++row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, consultation);
    endInsertRows();
}

void ConsultationsModel::onUpdated(const Consultation& consultation)
{
    const int row = rowOf(consultation.meta.id);
    if (row < 0)
        return onAdded(consultation);
    if (consultation.date != m_rows.at(row).date ||
        consultation.priorityId != m_rows.at(row).priorityId) {
        // A new date may move it; remove and add again keeps the order by date.
        onRemoved(consultation.meta.id);
        return onAdded(consultation);
    }
    m_rows[row] = consultation;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ConsultationsModel::onRemoved(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

QString ConsultationsModel::meetingText(const QString& meetingId) const
{
    if (meetingId.isEmpty())
        return {};
    const std::optional<GroupMeeting> m = m_context.repositories.group().meeting(meetingId);
    return m ? DateText::shown(m->date) : QString();
}

QString ConsultationsModel::stakeholdersText(const QStringList& ids) const
{
    QStringList names;
    for (const QString& id : ids) {
        if (std::optional<Stakeholder> s = m_context.repositories.stakeholders().stakeholder(id))
            names << TextLimits::shortened(s->name);
    }
    names.sort(Qt::CaseInsensitive);
    return names.join(QStringLiteral(", "));
}

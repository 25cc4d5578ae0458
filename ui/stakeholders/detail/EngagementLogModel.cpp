// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngagementLogModel.h"

#include "common/OptionalDateEdit.h"
#include "common/TextLimits.h"
#include "stakeholders/StakeholderRepository.h"

#include <QApplication>
#include <QBrush>
#include <QLocale>
#include <QStyle>

#include <algorithm>

EngagementLogModel::EngagementLogModel(StakeholderRepository& repository, QObject* parent)
    : DatedRecordsModel(parent), m_repository(repository), m_today(QDate::currentDate())
{
    connect(&m_repository, &StakeholderRepository::engagementAdded, this,
            &EngagementLogModel::onAdded);
    connect(&m_repository, &StakeholderRepository::engagementUpdated, this,
            &EngagementLogModel::onUpdated);
    connect(&m_repository, &StakeholderRepository::engagementRemoved, this,
            &EngagementLogModel::removeRecord);
}

void EngagementLogModel::setStakeholder(const QString& id)
{
    m_stakeholderId = id;
    resetRecords(id.isEmpty() ? QList<Engagement>() : m_repository.engagements(id));
}

void EngagementLogModel::setToday(const QDate& today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EngagementLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool EngagementLogModel::isOverdue(const Engagement& e) const
{
    return e.followUpPending() && e.followUpDate < m_today;
}

int EngagementLogModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [this](const Engagement& e) { return isOverdue(e); }));
}

QString EngagementLogModel::followUpText(const Engagement& e) const
{
    if (!e.followUpDate.isValid())
        return {};
    const QString date = QLocale().toString(e.followUpDate, OptionalDateEdit::displayFormat());
    if (e.followUpDone)
        return tr("Done (%1)").arg(date);
    if (isOverdue(e))
        return tr("Overdue since %1").arg(date);
    return tr("Due %1").arg(date);
}

QVariant EngagementLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Engagement& e = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Date:
            return QLocale().toString(e.date, OptionalDateEdit::displayFormat());
        case Kind:
            return Engagement::label(e.kind);
        case Summary:
            // One line in the table; the whole text is in the form below it.
            return TextLimits::shortened(e.summary.section(QLatin1Char('\n'), 0, 0));
        case FollowUp:
            return followUpText(e);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Summary)
            return TextLimits::shortened(e.summary, TextLimits::shownParagraphChars);
        if (column == FollowUp && isOverdue(e))
            return tr("The follow-up promised for %1 is still to be done.")
                .arg(QLocale().toString(e.followUpDate, QLocale::LongFormat));
        // Elided in a narrow panel: the whole text on hover.
        if (column == Kind || column == FollowUp)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DecorationRole:
        if (column == FollowUp && isOverdue(e))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (column == FollowUp && isOverdue(e))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case IdRole:
        return e.meta.id;
    case OverdueRole:
        return isOverdue(e);
    }
    return {};
}

QVariant EngagementLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return DatedRecordsModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Summary:
        return tr("Summary");
    case FollowUp:
        return tr("Follow-up");
    }
    return {};
}

void EngagementLogModel::onAdded(const Engagement& e)
{
    if (!m_stakeholderId.isEmpty() && e.stakeholderId == m_stakeholderId)
        insertRecord(e);
}

void EngagementLogModel::onUpdated(const Engagement& e)
{
    if (!m_stakeholderId.isEmpty() && e.stakeholderId == m_stakeholderId)
        updateRecord(e);
    else
        removeRecord(e.meta.id);
}

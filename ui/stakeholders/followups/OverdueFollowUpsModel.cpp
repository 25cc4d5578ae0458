// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverdueFollowUpsModel.h"

#include "common/DateText.h"
#include "common/TextLimits.h"

#include <QLocale>

OverdueFollowUpsModel::OverdueFollowUpsModel(QList<OverdueFollowUp> followUps, const QDate& today,
                                             QObject* parent)
    : QAbstractTableModel(parent), m_followUps(std::move(followUps)), m_today(today)
{
}

int OverdueFollowUpsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_followUps.size());
}

int OverdueFollowUpsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverdueFollowUpsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OverdueFollowUp& f = m_followUps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StakeholderName:
            return TextLimits::shortened(f.stakeholderName);
        case Due:
            return DateText::shown(f.due);
        case What:
            // One line per follow-up; the whole summary is in the tooltip.
            return TextLimits::shortened(f.what.simplified());
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case StakeholderName:
            return f.stakeholderName;
        case Due:
            return f.due;
        case What:
            return f.what;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Due) {
            const int late = int(f.due.daysTo(m_today));
            return tr("Due on %1, %n day(s) ago", nullptr, late)
                .arg(QLocale().toString(f.due, QLocale::LongFormat));
        }
        if (index.column() == What && !f.what.isEmpty())
            return TextLimits::shortened(f.what, TextLimits::shownParagraphChars);
        return {};
    case StakeholderIdRole:
        return f.stakeholderId;
    case EngagementIdRole:
        return f.engagementId;
    }
    return {};
}

QVariant OverdueFollowUpsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StakeholderName:
        return tr("Stakeholder");
    case Due:
        return tr("Due");
    case What:
        return tr("What");
    }
    return {};
}

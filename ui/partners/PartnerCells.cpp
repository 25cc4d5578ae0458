// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerCells.h"

#include "common/DateText.h"
#include "common/RecordRoles.h"
#include "common/TextLimits.h"

QVariant PartnerCells::text(const QString& text, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return TextLimits::forRole(text, role);
    case Qt::ToolTipRole:
        return text.isEmpty() ? QVariant() : TextLimits::forRole(text, role);
    case RecordRoles::SortRole:
        return text;
    default:
        return {};
    }
}

QVariant PartnerCells::date(const QDate& date, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return DateText::shown(date);
    case Qt::EditRole:
    case RecordRoles::SortRole:
        return date;
    default:
        return {};
    }
}

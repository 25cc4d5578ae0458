// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordSortProxy.h"

#include "RecordRoles.h"

RecordSortProxy::RecordSortProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RecordRoles::SortRole);
    // The C locale collates by code point ("Égypte" after "Maroc"); the root order that
    // English collation follows is right for far more readers.
    if (m_collator.locale().language() == QLocale::C)
        m_collator.setLocale(QLocale(QLocale::English));
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

bool RecordSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.isNull() || r.isNull())
        return l.isNull() && !r.isNull();
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

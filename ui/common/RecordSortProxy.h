// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

// Sorts record tables as a reader expects: text by the interface language's collation
// (accents and case folded, "District 9" before "District 10"), numbers as numbers, unknown
// figures first. Without a sort column the file's own order shows.
class RecordSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordSortProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QCollator m_collator;
};

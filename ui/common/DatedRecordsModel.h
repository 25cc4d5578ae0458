// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <algorithm>

// The rows of a read-only table of dated records that a form edits (engagements, group
// meetings), newest first, kept in place as the repository announces additions, updates and
// removals one record at a time: an update that changes the date moves the row, which keeps
// the selection on it. T has a `QDate date` and a `RecordMeta meta`. Unlike RecordListModel
// (in-place edits, the file's order), the rows follow the date, which a record may change.
template <typename T> class DatedRecordsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const T& record(int row) const { return m_rows.at(row); }

    // The row of the record with that id, or -1.
    int rowOf(const QString& id) const
    {
        const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                     [&id](const T& r) { return r.meta.id == id; });
        return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
    }

protected:
    void resetRecords(QList<T> records)
    {
        beginResetModel();
        std::stable_sort(records.begin(), records.end(), newerFirst);
        m_rows = std::move(records);
        endResetModel();
    }

    void insertRecord(const T& record)
    {
        if (rowOf(record.meta.id) >= 0)
            return;
        const int row = insertionRow(record);
        beginInsertRows({}, row, row);
        m_rows.insert(row, record);
        endInsertRows();
    }

    void updateRecord(const T& record)
    {
        const int row = rowOf(record.meta.id);
        if (row < 0) {
            insertRecord(record);
            return;
        }
        m_rows.removeAt(row);
        const int target = insertionRow(record);
        m_rows.insert(row, record);
        if (target != row && beginMoveRows({}, row, row, {}, target > row ? target + 1 : target)) {
            m_rows.move(row, target);
            endMoveRows();
        }
        emit dataChanged(index(target, 0), index(target, columnCount() - 1));
    }

    void removeRecord(const QString& id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }

    QList<T> m_rows;

private:
    // Newest first; records of the same day, the one entered last first.
    static bool newerFirst(const T& a, const T& b)
    {
        if (a.date != b.date)
            return a.date > b.date;
        return a.meta.createdAt > b.meta.createdAt;
    }

    int insertionRow(const T& record) const
    {
        return int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), record, newerFirst) -
                   m_rows.cbegin());
    }
};

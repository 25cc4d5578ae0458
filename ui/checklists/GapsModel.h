// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/GapList.h"

#include <QAbstractTableModel>

class AnswersModel;
class ThemeNames;
class ThemeRepository;

// The gaps of the round AnswersModel shows (items answered not met or partly met), sortable by
// area (checklist order), item, answer (not met first), theme and evidence. It follows the
// answers row by row: an item answered "met" leaves the list, one answered "not met" joins it
// at its sorted place.
class GapsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AreaColumn,
        ItemColumn,
        AnswerColumn,
        ThemeColumn,
        EvidenceColumn,
        ColumnCount
    };

    enum Role
    {
        ItemIdRole = Qt::UserRole + 1
    };

    GapsModel(AnswersModel& answers, ThemeRepository& themes, QObject* parent = nullptr);

    const GapList::Gap& gap(int row) const { return m_gaps.at(row); }
    int sortColumn() const { return m_sortColumn; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void reload();
    void onAnswerRowsChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void updateItem(int answerRow);
    int rowOfItem(const QString& itemId) const;
    QString themeOf(const GapList::Gap& gap) const;
    bool lessThan(const GapList::Gap& a, const GapList::Gap& b) const;
    void sortRows();

    AnswersModel& m_answers;
    ThemeNames* m_themeNames;
    QList<GapList::Gap> m_gaps;
    int m_sortColumn = AreaColumn;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/CityComparison.h"

#include <QAbstractTableModel>

// One table of a comparison, read-only: cities are rows (the officer's first, in the order
// chosen, never sorted by a score) and the columns depend on the kind.
// - Areas: a checklist's areas, each cell "score (answered/items)" and the change since the
//   city's previous round; a last row with the network's median. The coverage stands beside
//   every score, so a full score on two items of twenty cannot pass for a good one.
// - Themes: priorities per theme. Plan: the action plan's progress. Budget: planned,
//   committed, spent per funding source. Practices: good practices, own and taken.
class CompareModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Areas,
        Themes,
        Plan,
        Budget,
        Practices
    };
    // The number behind a cell (score, count, cents), for tests and sorting; null when none.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit CompareModel(Kind kind, QObject* parent = nullptr);

    // checklist: the table of comparison.tables() shown by Areas.
    void setComparison(const CityComparison& comparison, int checklist = 0);
    Kind kind() const { return m_kind; }
    // Areas: the row of the network's median (the last).
    bool isMedianRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant fullHeader(int section, Qt::Orientation orientation, int role) const;
    QVariant areaData(int row, int column, int role) const;
    QVariant planData(int row, int column, int role) const;
    QVariant budgetData(int row, int column, int role) const;
    QVariant practiceData(int row, int column, int role) const;
    QString percent(double fraction) const;
    QString money(qint64 cents, const QString& currency) const;
    const CityComparison::Table* table() const;

    Kind m_kind;
    CityComparison m_comparison;
    int m_checklist = 0;
};

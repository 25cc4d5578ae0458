// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/Scoring.h"

#include <QAbstractTableModel>
#include <QSet>

#include <optional>

class AnswersModel;
class ChecklistRepository;

// The shown round's score per area and overall (last row), with coverage always beside the
// score (a high score on a few answers must not read as a good result) and the change since the
// previous round of the same checklist. Computed with Scoring from what AnswersModel already
// holds, so an answer costs no query; only a change of round reads the previous round.
class AreaScoresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AreaColumn,
        ScoreColumn,
        CoverageColumn,
        MetColumn,
        PartlyMetColumn,
        NotMetColumn,
        UnknownColumn,
        NotApplicableColumn,
        UnansweredColumn,
        ChangeColumn,
        ColumnCount
    };

    enum Role
    {
        // Fractions 0..1 (invalid: no score / no previous score), for charts and tests.
        ScoreRole = Qt::UserRole + 1,
        CoverageRole,
        ChangeRole
    };

    AreaScoresModel(ChecklistRepository& repository, AnswersModel& answers,
                    QObject* parent = nullptr);

    // The round held before the shown one with the same checklist; empty when none.
    QString previousRoundId() const { return m_previous ? m_previous->round.meta.id : QString(); }
    const Scoring::RoundScore& current() const { return m_current; }
    // Row of the overall figures.
    int overallRow() const { return int(m_current.areas.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onRoundChanged();
    void onAnswersChanged();
    void computeCurrent();
    QVariant displayData(int row, int column) const;
    static QString percent(std::optional<double> fraction);

    ChecklistRepository& m_repository;
    AnswersModel& m_answers;
    Scoring::RoundScore m_current;
    std::optional<Scoring::RoundScore> m_previous;
    QSet<QString> m_previousAnswerIds;    // to tell when an undo removes one of them
    QList<Scoring::AreaChange> m_changes; // one per row, overall last
};

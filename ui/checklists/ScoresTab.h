// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/Scoring.h"
#include "common/Result.h"

#include <QSet>
#include <QWidget>

class AnswersModel;
class AreaScoresModel;
class ChecklistRepository;
class QPushButton;
class QTableView;
class ScoreChart;
class ScoreChartWidget;

// The Scores tab: the shown round's score per area with coverage and change (AreaScoresModel),
// and the chart of the last rounds up to the shown one, which can be saved as PNG or SVG.
class ScoresTab : public QWidget
{
    Q_OBJECT

public:
    ScoresTab(ChecklistRepository& repository, AnswersModel& answers, QWidget* parent = nullptr);

    AreaScoresModel* scoresModel() const { return m_scores; }
    ScoreChartWidget* chartWidget() const { return m_chart; }
    // The rounds the chart shows, oldest first (the shown round last).
    QList<Scoring::RoundScore> chartRounds() const;

    // Writes the chart to path: SVG when it ends in .svg, PNG otherwise.
    static Result<void> saveChart(const ScoreChart& chart, const QString& path, const QSize& size);

private:
    void onRoundChanged();
    void refreshChart();
    void exportChart();

    ChecklistRepository& m_repository;
    AnswersModel& m_answers;
    AreaScoresModel* m_scores;
    QTableView* m_table;
    ScoreChartWidget* m_chart;
    QPushButton* m_export;
    // Earlier rounds' scores, read once per change of round (answers of the shown round come
    // from AnswersModel and cost no query).
    QList<Scoring::RoundScore> m_earlier;
    QSet<QString> m_earlierAnswerIds; // to tell when an undo removes one of them
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "AreaScoresModel.h"
#include "common/NumberText.h"

#include "AnswersModel.h"
#include "checklists/ChecklistRepository.h"
#include "common/TextLimits.h"

#include <QFont>
#include <QLocale>

AreaScoresModel::AreaScoresModel(ChecklistRepository& repository, AnswersModel& answers,
                                 QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository), m_answers(answers)
{
    connect(&m_answers, &AnswersModel::roundChanged, this, &AreaScoresModel::onRoundChanged);
    connect(&m_answers, &AnswersModel::answersChanged, this, &AreaScoresModel::onAnswersChanged);
    // An undo may change the previous round's answers while this one is shown: the change
    // column must follow.
    const auto previousChanged = [this](const Answer& a) {
        if (m_previous && a.roundId == m_previous->round.meta.id)
            onRoundChanged();
    };
    connect(&m_repository, &ChecklistRepository::answerAdded, this, previousChanged);
    connect(&m_repository, &ChecklistRepository::answerUpdated, this, previousChanged);
    connect(&m_repository, &ChecklistRepository::answerRemoved, this, [this](const QString& id) {
        if (m_previousAnswerIds.contains(id))
            onRoundChanged();
    });
    onRoundChanged();
}

void AreaScoresModel::onRoundChanged()
{
    beginResetModel();
    m_previous.reset();
    m_previousAnswerIds.clear();
    const std::optional<AssessmentRound>& round = m_answers.round();
    if (round) {
        // rounds() is oldest first: the previous one is the last earlier one of this checklist.
        std::optional<AssessmentRound> previous;
        for (const AssessmentRound& r : m_repository.rounds()) {
            if (r.meta.id == round->meta.id)
                break;
            if (r.templateId == round->templateId)
                previous = r;
        }
        if (previous) {
            const QList<Answer> answers = m_repository.answers(previous->meta.id);
            m_previous = Scoring::score(*previous, m_answers.areas(), m_answers.items(), answers);
            for (const Answer& a : answers)
                m_previousAnswerIds.insert(a.meta.id);
        }
    }
    computeCurrent();
    endResetModel();
}

void AreaScoresModel::onAnswersChanged()
{
    const int rows = rowCount();
    computeCurrent();
    if (rowCount() != rows) {
        beginResetModel();
        endResetModel();
        return;
    }
    if (rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}

void AreaScoresModel::computeCurrent()
{
    const std::optional<AssessmentRound>& round = m_answers.round();
    if (!round) {
        m_current = {};
        m_changes.clear();
        return;
    }
    m_current = Scoring::score(*round, m_answers.areas(), m_answers.items(), m_answers.answers());
    m_changes.clear();
    if (!m_previous)
        return;
    // change() lists this round's areas in order, then areas only the previous round had,
    // then the overall one: keep one per row.
    const QList<Scoring::AreaChange> all = Scoring::change(*m_previous, m_current);
    for (qsizetype i = 0; i < m_current.areas.size(); ++i)
        m_changes << all.at(i);
    m_changes << all.last();
}

int AreaScoresModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_answers.round())
        return 0;
    return int(m_current.areas.size()) + 1;
}

int AreaScoresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AreaScoresModel::percent(std::optional<double> fraction)
{
    // An absent score is a dash, never 0 %: "we do not know" is not "not met".
    if (!fraction)
        return QStringLiteral("\u2014");
    return NumberText::percent(*fraction);
}

QVariant AreaScoresModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool overall = row == overallRow();
    const std::optional<double> score = overall ? m_current.overall : m_current.areas.at(row).score;
    const double coverage = overall ? m_current.overallCoverage : m_current.areas.at(row).coverage;
    switch (role) {
    case ScoreRole:
        return score ? QVariant(*score) : QVariant();
    case CoverageRole:
        return coverage;
    case ChangeRole:
        if (row < m_changes.size() && m_changes.at(row).delta)
            return *m_changes.at(row).delta;
        return {};
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == AreaColumn ? QVariant()
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (overall) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ScoreColumn && !score)
            return tr("No item of this area is answered met, partly met or not met yet.");
        if (index.column() == ChangeColumn && !m_previous)
            return tr("No earlier round of this checklist.");
        return {};
    }
    return {};
}

QVariant AreaScoresModel::displayData(int row, int column) const
{
    const bool overall = row == overallRow();
    const Scoring::Counts& counts =
        overall ? m_current.overallCounts : m_current.areas.at(row).counts;
    switch (column) {
    case AreaColumn:
        return overall ? tr("Overall") : TextLimits::shortened(m_current.areas.at(row).area.title);
    case ScoreColumn:
        return percent(overall ? m_current.overall : m_current.areas.at(row).score);
    case CoverageColumn:
        return percent(overall ? m_current.overallCoverage : m_current.areas.at(row).coverage);
    case MetColumn:
        return counts.of(Answer::Value::Met);
    case PartlyMetColumn:
        return counts.of(Answer::Value::PartlyMet);
    case NotMetColumn:
        return counts.of(Answer::Value::NotMet);
    case UnknownColumn:
        return counts.of(Answer::Value::Unknown);
    case NotApplicableColumn:
        return counts.of(Answer::Value::NotApplicable);
    case UnansweredColumn:
        return counts.unanswered;
    case ChangeColumn: {
        const std::optional<double> delta =
            row < m_changes.size() ? m_changes.at(row).delta : std::nullopt;
        if (!delta)
            return QStringLiteral("\u2014");
        const int points = qRound(*delta * 100);
        return tr("%1 pts").arg(NumberText::signedNumber(points));
    }
    }
    return {};
}

QVariant AreaScoresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AreaColumn:
        return tr("Area");
    case ScoreColumn:
        return tr("Score");
    case CoverageColumn:
        return tr("Coverage");
    case MetColumn:
        return Answer::label(Answer::Value::Met);
    case PartlyMetColumn:
        return Answer::label(Answer::Value::PartlyMet);
    case NotMetColumn:
        return Answer::label(Answer::Value::NotMet);
    case UnknownColumn:
        return Answer::label(Answer::Value::Unknown);
    case NotApplicableColumn:
        return Answer::label(Answer::Value::NotApplicable);
    case UnansweredColumn:
        return tr("Not answered");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

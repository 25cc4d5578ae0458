// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoresTab.h"

#include "AnswersModel.h"
#include "AreaScoresModel.h"
#include "ScoreChartWidget.h"
#include "checklists/ChecklistRepository.h"
#include "common/TextLimits.h"
#include "shell/DialogHooks.h"
#include "shell/ExportDone.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTableView>
#include <QVBoxLayout>

ScoresTab::ScoresTab(ChecklistRepository& repository, AnswersModel& answers, QWidget* parent)
    : QWidget(parent), m_repository(repository), m_answers(answers),
      m_scores(new AreaScoresModel(repository, answers, this)), m_table(new QTableView(this)),
      m_chart(new ScoreChartWidget(this)),
      m_export(new QPushButton(tr("E&xport chart\u2026"), this))
{
    setObjectName(QStringLiteral("scoresTab"));
    m_table->setObjectName(QStringLiteral("scoresTable"));
    m_table->setModel(m_scores);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AreaScoresModel::AreaColumn,
                                                      QHeaderView::Stretch);
    m_export->setObjectName(QStringLiteral("exportChart"));

    auto* intro = new QLabel(tr("Met counts 1, partly met ½, not met 0; unknown and not "
                                "applicable are left out. Read every score with its coverage: "
                                "the share of items answered."),
                             this);
    intro->setWordWrap(true);
    auto* chartBox = new QWidget(this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(chartBox);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);

    connect(&m_answers, &AnswersModel::roundChanged, this, &ScoresTab::onRoundChanged);
    connect(&m_answers, &AnswersModel::answersChanged, this, &ScoresTab::refreshChart);
    // An undo may change the answers of an earlier round while this one is shown.
    const auto earlierChanged = [this](const Answer& a) {
        if (a.roundId != m_answers.roundId())
            onRoundChanged();
    };
    connect(&m_repository, &ChecklistRepository::answerAdded, this, earlierChanged);
    connect(&m_repository, &ChecklistRepository::answerUpdated, this, earlierChanged);
    connect(&m_repository, &ChecklistRepository::answerRemoved, this, [this](const QString& id) {
        if (m_earlierAnswerIds.contains(id))
            onRoundChanged();
    });
    connect(m_export, &QPushButton::clicked, this, &ScoresTab::exportChart);
    onRoundChanged();
}

void ScoresTab::onRoundChanged()
{
    m_earlier.clear();
    m_earlierAnswerIds.clear();
    const std::optional<AssessmentRound>& shown = m_answers.round();
    if (shown) {
        // rounds() is oldest first: keep the last earlier ones of the same checklist.
        QList<AssessmentRound> earlier;
        for (const AssessmentRound& r : m_repository.rounds()) {
            if (r.meta.id == shown->meta.id)
                break;
            if (r.templateId == shown->templateId)
                earlier << r;
        }
        earlier = earlier.mid(qMax<qsizetype>(0, earlier.size() - (ScoreChart::maxSeries - 1)));
        for (const AssessmentRound& r : std::as_const(earlier)) {
            const QList<Answer> answers = m_repository.answers(r.meta.id);
            m_earlier << Scoring::score(r, m_answers.areas(), m_answers.items(), answers);
            for (const Answer& a : answers)
                m_earlierAnswerIds.insert(a.meta.id);
        }
    }
    refreshChart();
}

QList<Scoring::RoundScore> ScoresTab::chartRounds() const
{
    QList<Scoring::RoundScore> rounds = m_earlier;
    if (m_answers.round())
        rounds << m_scores->current();
    return rounds;
}

void ScoresTab::refreshChart()
{
    m_chart->setChart(ScoreChart::fromRounds(chartRounds()));
    m_export->setEnabled(!m_chart->chart().isEmpty());
}

Result<void> ScoresTab::saveChart(const ScoreChart& chart, const QString& path, const QSize& size)
{
    const QRectF rect(QPointF(0, 0), size);
    const Error failed{tr("The chart could not be written to %1. Choose a folder you can "
                          "write to.")
                           .arg(QDir::toNativeSeparators(path))};
    if (QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(rect);
        svg.setTitle(tr("Scores per area"));
        QPainter painter;
        if (!painter.begin(&svg))
            return failed;
        chart.render(painter, rect);
        painter.end();
    } else {
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        chart.render(painter, rect);
        painter.end();
        if (!image.save(path, "PNG"))
            return failed;
    }
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return failed;
    return {};
}

void ScoresTab::exportChart()
{
    const QString suggested =
        tr("scores-%1.png")
            .arg(m_answers.round() ? TextLimits::shortened(m_answers.round()->label, 40)
                                   : QString());
    const QString path = DialogHooks::saveFileName(this, tr("Export the chart"), suggested,
                                                   tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const QSize size = m_chart->size().expandedTo(QSize(960, 480));
    // The file reads in the direction the officer sees the chart in.
    ScoreChart chart = m_chart->chart();
    chart.setLayoutDirection(m_chart->layoutDirection());
    if (Result<void> r = saveChart(chart, path, size); !r) {
        DialogHooks::message(this, QMessageBox::Warning, tr("Export the chart"), r.error().message);
        return;
    }
    ExportDone::tell(this, tr("Export the chart"), tr("The chart of the scores was written."),
                     path);
}

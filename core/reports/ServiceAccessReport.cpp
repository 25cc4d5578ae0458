// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceAccessReport.h"

#include "ReportFrame.h"
#include "ReportLabels.h"
#include "ReportStyle.h"
#include "checklists/ChecklistRepository.h"
#include "checklists/GapList.h"
#include "checklists/ScoreChart.h"
#include "checklists/Scoring.h"
#include "city/Repositories.h"
#include "plan/PlanRepository.h"
#include "storage/PersonalData.h"

#include <QHash>
#include <QPainter>

namespace {

using Row = ReportTable::Row;

// What the report reads of the checklists: the latest round and the rounds of the same
// checklist up to it, scored.
struct Assessment
{
    std::optional<AssessmentRound> latest;
    QString checklistTitle;
    QList<ChecklistArea> areas;
    QList<ChecklistItem> items;
    QList<Answer> answers;
    QList<Scoring::RoundScore> scored; // oldest first, the latest last

    static Assessment read(Repositories& repos)
    {
        Assessment a;
        ChecklistRepository& checklists = repos.checklists();
        a.latest = checklists.latestRound();
        if (!a.latest)
            return a;
        const QString templateId = a.latest->templateId;
        if (const auto checklist = checklists.checklistTemplate(templateId))
            a.checklistTitle = checklist->title;
        a.areas = checklists.areas(templateId);
        a.items = checklists.allItems(templateId);
        a.answers = checklists.answers(a.latest->meta.id);
        QList<AssessmentRound> earlier;
        for (const AssessmentRound& r : checklists.rounds()) {
            if (r.templateId == templateId && r.meta.id != a.latest->meta.id &&
                r.heldOn <= a.latest->heldOn)
                earlier << r;
        }
        std::stable_sort(
            earlier.begin(), earlier.end(),
            [](const AssessmentRound& x, const AssessmentRound& y) { return x.heldOn < y.heldOn; });
        earlier = earlier.mid(std::max<qsizetype>(0, earlier.size() - (ScoreChart::maxSeries - 1)));
        for (const AssessmentRound& r : std::as_const(earlier))
            a.scored << Scoring::score(r, a.areas, a.items, checklists.answers(r.meta.id));
        a.scored << Scoring::score(*a.latest, a.areas, a.items, a.answers);
        return a;
    }
    const Scoring::RoundScore* previous() const
    {
        return scored.size() > 1 ? &scored.at(scored.size() - 2) : nullptr;
    }
};

// The markers of the gaps: not met in the report's "late" red, partly met in amber.
const QColor partlyMet(0xd9, 0x8c, 0x1f);

QString scoreText(const ReportLanguage& language, std::optional<double> score)
{
    return score ? language.percent(*score) : QStringLiteral("—");
}

QString coverageText(const ReportLanguage& language, const Scoring::Counts& counts)
{
    return language.translate("ServiceAccessReport", "%1 of %2")
        .arg(language.number(counts.covered()), language.number(counts.active()));
}

QString deltaText(const ReportLanguage& language, std::optional<double> delta)
{
    if (!delta)
        return QStringLiteral("—");
    const int points = qRound(*delta * 100);
    const QString number = language.number(std::abs(points));
    if (points == 0)
        return number;
    // A true minus sign: a hyphen reads as a dash in a column of figures.
    return (points > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + number;
}

ReportFigure chartFigure(const Assessment& a, const ReportLanguage& language, double width)
{
    ScoreChart chart = ScoreChart::fromRounds(a.scored);
    chart.setWords(ReportLabels::chartWords(language));
    chart.setFontFamily(ReportStyle::family());
    chart.setLayoutDirection(language.direction());
    // Drawn at this logical width and scaled to the text column: the chart's 12-pixel texts
    // come out near 8 points.
    constexpr double logicalWidth = 720;
    constexpr double logicalHeight = 470;
    const double scale = width / logicalWidth;
    ReportFigure figure;
    figure.width = width;
    figure.height = logicalHeight * scale;
    figure.paint = [chart](QPainter& painter, const QRectF& rect) {
        const double s = rect.width() / logicalWidth;
        painter.save();
        painter.translate(rect.topLeft());
        painter.scale(s, s);
        chart.render(painter, QRectF(0, 0, logicalWidth, rect.height() / s));
        painter.restore();
    };
    figure.caption = language.translate("ServiceAccessReport",
                                        "Scores per area, round by round, with the share of "
                                        "items answered under each bar.");
    figure.altText = language.translate("ServiceAccessReport",
                                        "A bar chart of the scores per area for %n round(s).", "",
                                        int(a.scored.size()));
    return figure;
}

void scoresTable(ReportDocument& doc, const Assessment& a, const ReportLanguage& language)
{
    const Scoring::RoundScore& latest = a.scored.last();
    ReportTable table;
    table.columns = {{language.translate("ServiceAccessReport", "Area"), 3.4, false},
                     {language.translate("ServiceAccessReport", "Score"), 1, true},
                     {ReportLabels::answer(language, Answer::Value::Met), 0.9, true},
                     {ReportLabels::answer(language, Answer::Value::PartlyMet), 1.1, true},
                     {ReportLabels::answer(language, Answer::Value::NotMet), 1, true},
                     {language.translate("ServiceAccessReport", "Items answered"), 1.4, true}};
    const auto row = [&](const QString& title, const Scoring::Counts& c,
                         std::optional<double> score, Row::Style style) {
        table.rows.append(
            {{title, scoreText(language, score), language.number(c.of(Answer::Value::Met)),
              language.number(c.of(Answer::Value::PartlyMet)),
              language.number(c.of(Answer::Value::NotMet)), coverageText(language, c)},
             style,
             {}});
    };
    for (const Scoring::AreaScore& area : latest.areas)
        row(area.area.title, area.counts, area.score, Row::Style::Normal);
    row(language.translate("ServiceAccessReport", "All areas"), latest.overallCounts,
        latest.overall, Row::Style::Total);
    table.caption = language.translate("ServiceAccessReport",
                                       "Score: met counts 1, partly met ½, not met 0, over the "
                                       "items answered one of the three; unknown and not "
                                       "applicable are left out. A dash: no score yet.");
    doc.add(table);
}

} // namespace

void ServiceAccessReport::appendScores(ReportDocument& doc, Repositories& repos,
                                       const ReportOptions& options, const ReportLanguage& language)
{
    const Assessment a = Assessment::read(repos);
    if (!a.latest) {
        doc.paragraph(language.translate("ServiceAccessReport",
                                         "No service-access assessment has been held yet: the "
                                         "scores will appear after the first round."));
        return;
    }
    const Scoring::RoundScore& latest = a.scored.last();
    doc.paragraph(
        language
            .translate("ServiceAccessReport",
                       "Round “%1” of the checklist “%2”, held on %3: an overall score of %4, "
                       "with %5 of the %6 items answered.")
            .arg(a.latest->label, a.checklistTitle, language.longDate(a.latest->heldOn),
                 scoreText(language, latest.overall),
                 language.number(latest.overallCounts.covered()),
                 language.number(latest.overallCounts.active())));
    scoresTable(doc, a, language);
    doc.add(chartFigure(a, language, ReportStyle(options.paper).body().width()));
}

Result<ReportDocument> ServiceAccessReport::build(Repositories& repos, const ReportOptions& options,
                                                  const ReportLanguage& language)
{
    ReportDocument doc;
    const QString city = ReportFrame::cityName(repos);
    const QString title = language.translate("ServiceAccessReport", "Access to basic services");
    ReportFrame::apply(doc, language, options, city, title,
                       language.translate("ServiceAccessReport",
                                          "How far migrants can reach the city’s basic "
                                          "services: scores per area, their change, the gaps "
                                          "and the priorities made from them"));
    const Assessment a = Assessment::read(repos);
    ReportCover cover;
    cover.city = city;
    cover.title = title;
    cover.subtitle = language.translate("ServiceAccessReport",
                                        "The service-access checklist: where the city stands "
                                        "and what it will improve");
    if (a.latest)
        cover.details << language.translate("ServiceAccessReport", "Round “%1”, %2")
                             .arg(a.latest->label, language.longDate(a.latest->heldOn));
    cover.date = doc.footerDate;
    doc.cover = cover;
    // Never assessed: a page of short notices, not a page per empty chapter.
    doc.chapterOnNewPage = a.latest.has_value();

    const QList<GapList::Gap> gaps =
        a.latest ? GapList::gaps(*a.latest, a.areas, a.items, a.answers) : QList<GapList::Gap>();
    // The priorities resting on the gaps of this round: through their evidence.
    QHash<QString, int> gapOfItem;
    for (int i = 0; i < gaps.size(); ++i)
        gapOfItem.insert(gaps.at(i).item.meta.id, i);
    QHash<QString, QStringList> prioritiesOfItem;     // item id -> priority titles
    QList<std::pair<Priority, QStringList>> fromGaps; // priority, statements of its gaps
    {
        QHash<QString, QStringList> itemsOf; // priority id -> item ids
        for (const PriorityEvidence& e : repos.plan().allEvidence()) {
            if (!e.itemId.isEmpty() && gapOfItem.contains(e.itemId))
                itemsOf[e.priorityId] << e.itemId;
        }
        for (const Priority& p : repos.plan().priorities()) {
            const QStringList itemIds = itemsOf.value(p.meta.id);
            if (itemIds.isEmpty())
                continue;
            QStringList statements;
            for (const QString& id : itemIds) {
                statements << gaps.at(gapOfItem.value(id)).item.statement;
                prioritiesOfItem[id] << p.title;
            }
            fromGaps.append({p, statements});
        }
    }

    // 1. Scores.
    doc.heading(1, language.translate("ServiceAccessReport", "Scores per area"));
    if (a.latest) {
        const Scoring::RoundScore& latest = a.scored.last();
        doc.add(ReportKeyFigures{
            {{scoreText(language, latest.overall),
              language.translate("ServiceAccessReport", "overall score"),
              {}},
             {language.percent(latest.overallCoverage),
              language.translate("ServiceAccessReport", "of the items answered"),
              {}},
             {language.number(gaps.size()),
              language.translate("ServiceAccessReport", "gaps: items not met or partly met"),
              {}},
             {language.number(fromGaps.size()),
              language.translate("ServiceAccessReport", "priorities made from the gaps"),
              {}}}});
    }
    appendScores(doc, repos, options, language);

    // 2. Change.
    doc.heading(1, language.translate("ServiceAccessReport", "Change since the previous round"));
    if (const Scoring::RoundScore* previous = a.previous()) {
        const Scoring::RoundScore& latest = a.scored.last();
        doc.paragraph(language
                          .translate("ServiceAccessReport",
                                     "Round “%1” (%2) against round “%3” (%4), in percentage "
                                     "points.")
                          .arg(latest.round.label, language.longDate(latest.round.heldOn),
                               previous->round.label, language.longDate(previous->round.heldOn)));
        QHash<QString, QString> titles;
        for (const ChecklistArea& area : a.areas)
            titles.insert(area.key, area.title);
        ReportTable table;
        table.columns = {{language.translate("ServiceAccessReport", "Area"), 3.6, false},
                         {previous->round.label, 1.2, true},
                         {latest.round.label, 1.2, true},
                         {language.translate("ServiceAccessReport", "Change"), 1.1, true}};
        for (const Scoring::AreaChange& c : Scoring::change(*previous, latest)) {
            const bool overall = c.areaKey.isEmpty();
            table.rows.append({{overall ? language.translate("ServiceAccessReport", "All areas")
                                        : titles.value(c.areaKey, c.areaKey),
                                scoreText(language, c.from), scoreText(language, c.to),
                                deltaText(language, c.delta)},
                               overall ? Row::Style::Total : Row::Style::Normal,
                               {}});
        }
        doc.add(table);
    } else {
        doc.paragraph(language.translate("ServiceAccessReport",
                                         "There is no earlier round of this checklist to "
                                         "compare with yet."));
    }

    // 3. Gaps.
    doc.heading(1, language.translate("ServiceAccessReport", "Gaps"));
    if (a.latest)
        doc.paragraph(language.translate("ServiceAccessReport",
                                         "The items of the latest round answered not met or "
                                         "partly met: the starting points of the city’s "
                                         "priorities."));
    const ReportStyle style(options.paper);
    // Who answered is personal data: a column only when the officer includes it.
    const bool answeredBy = PersonalData::writesColumn(
        options.personalData, QStringLiteral("answer"), QStringLiteral("answered_by"));
    ReportTable gapTable;
    gapTable.columns = {
        {language.translate("ServiceAccessReport", "Item"), 3.2, false},
        {language.translate("ServiceAccessReport", "Answer"), 1.5, false},
        {language.translate("ServiceAccessReport", "Evidence"), 2.5, false},
        {language.translate("ServiceAccessReport", "Priority made from it"), 1.8, false}};
    if (answeredBy)
        gapTable.columns.append(
            {language.translate("ServiceAccessReport", "Answered by"), 1.3, false});
    QString area;
    for (const GapList::Gap& gap : gaps) {
        if (gap.area.meta.id != area) {
            area = gap.area.meta.id;
            gapTable.rows.append({{gap.area.title}, Row::Style::Group, {}});
        }
        const bool notMet = gap.answer.value == Answer::Value::NotMet;
        Row row{{gap.item.statement, ReportLabels::answer(language, gap.answer.value),
                 gap.answer.evidence.trimmed(),
                 prioritiesOfItem.value(gap.item.meta.id).join(QStringLiteral("\n"))},
                Row::Style::Normal,
                notMet ? style.late() : partlyMet};
        if (answeredBy)
            row.cells << gap.answer.answeredBy;
        gapTable.rows.append(row);
    }
    gapTable.emptyText =
        a.latest ? language.translate("ServiceAccessReport", "The latest round found no gap.")
                 : language.translate("ServiceAccessReport", "No round has been held yet.");
    doc.add(gapTable);

    // 4. Priorities.
    doc.heading(1, language.translate("ServiceAccessReport", "Priorities made from the gaps"));
    if (fromGaps.isEmpty()) {
        doc.paragraph(language.translate("ServiceAccessReport",
                                         "No priority rests on a gap of the latest round yet."));
    }
    for (const auto& [priority, statements] : std::as_const(fromGaps)) {
        doc.heading(2, priority.title);
        doc.paragraph(ReportLabels::priorityStatus(language, priority.status),
                      ReportParagraph::Style::Small);
        if (!priority.rationale.trimmed().isEmpty())
            doc.paragraph(priority.rationale);
        if (!priority.expectedOutcome.trimmed().isEmpty())
            doc.add(ReportParagraph{
                {ReportRun{language.translate("ServiceAccessReport", "Expected outcome: "),
                           true,
                           false,
                           {}},
                 ReportRun{priority.expectedOutcome, false, false, {}}},
                ReportParagraph::Style::Body,
                0});
        doc.paragraph(language.translate("ServiceAccessReport", "The gaps it answers:"),
                      ReportParagraph::Style::Body);
        for (const QString& statement : statements)
            doc.paragraph(statement, ReportParagraph::Style::Bullet);
    }
    return doc;
}

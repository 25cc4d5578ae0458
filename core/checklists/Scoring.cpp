// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scoring.h"

#include <QHash>

int Scoring::Counts::active() const
{
    int n = unanswered;
    for (int v : values)
        n += v;
    return n;
}

int Scoring::Counts::scored() const
{
    return of(Answer::Value::Met) + of(Answer::Value::PartlyMet) + of(Answer::Value::NotMet);
}

int Scoring::Counts::covered() const
{
    return scored() + of(Answer::Value::NotApplicable);
}

std::optional<double> Scoring::Counts::score() const
{
    const int n = scored();
    if (n == 0)
        return std::nullopt;
    return (of(Answer::Value::Met) + 0.5 * of(Answer::Value::PartlyMet)) / n;
}

double Scoring::Counts::coverage() const
{
    const int n = active();
    return n == 0 ? 0.0 : double(covered()) / n;
}

Scoring::Counts& Scoring::Counts::operator+=(const Counts& other)
{
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] += other.values[i];
    unanswered += other.unanswered;
    return *this;
}

Scoring::RoundScore Scoring::score(const AssessmentRound& round, const QList<ChecklistArea>& areas,
                                   const QList<ChecklistItem>& items, const QList<Answer>& answers)
{
    // One pass to index, one pass to count: linear in items + answers.
    QHash<QString, Answer::Value> valueOf;
    valueOf.reserve(answers.size());
    for (const Answer& a : answers) {
        if (a.roundId == round.meta.id)
            valueOf.insert(a.itemId, a.value);
    }
    QHash<QString, qsizetype> areaIndex;
    areaIndex.reserve(areas.size());
    RoundScore result;
    result.round = round;
    result.areas.reserve(areas.size());
    for (const ChecklistArea& area : areas) {
        areaIndex.insert(area.meta.id, result.areas.size());
        result.areas.append(AreaScore{area, {}, std::nullopt, 0});
    }
    for (const ChecklistItem& item : items) {
        if (!item.isActiveOn(round.heldOn))
            continue;
        const auto at = areaIndex.constFind(item.areaId);
        if (at == areaIndex.cend())
            continue;
        Counts& counts = result.areas[*at].counts;
        const auto answer = valueOf.constFind(item.meta.id);
        if (answer == valueOf.cend())
            ++counts.unanswered;
        else
            ++counts.values[std::size_t(*answer)];
    }
    for (AreaScore& a : result.areas) {
        a.score = a.counts.score();
        a.coverage = a.counts.coverage();
        result.overallCounts += a.counts;
    }
    result.overall = result.overallCounts.score();
    result.overallCoverage = result.overallCounts.coverage();
    return result;
}

QList<Scoring::AreaChange> Scoring::change(const RoundScore& from, const RoundScore& to)
{
    auto make = [](const QString& key, std::optional<double> a, std::optional<double> b) {
        AreaChange c{key, a, b, std::nullopt};
        if (a && b)
            c.delta = *b - *a;
        return c;
    };
    QHash<QString, std::optional<double>> before;
    for (const AreaScore& a : from.areas)
        before.insert(a.area.key, a.score);
    QList<AreaChange> changes;
    QSet<QString> seen;
    for (const AreaScore& a : to.areas) {
        seen.insert(a.area.key);
        changes << make(a.area.key, before.value(a.area.key), a.score);
    }
    for (const AreaScore& a : from.areas) {
        if (!seen.contains(a.area.key))
            changes << make(a.area.key, a.score, std::nullopt);
    }
    changes << make(QString(), from.overall, to.overall);
    return changes;
}

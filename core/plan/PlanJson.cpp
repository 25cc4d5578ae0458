// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanJson.h"

#include <QJsonArray>

#include <cmath>

namespace {

double units(qint64 cents)
{
    return double(cents) / 100.0;
}

QJsonObject money(const MoneyTotals& m)
{
    return {{QStringLiteral("planned"), units(m.plannedCents)},
            {QStringLiteral("committed"), units(m.committedCents)},
            {QStringLiteral("spent"), units(m.spentCents)},
            {QStringLiteral("baseline_planned"), units(m.baselinePlannedCents)}};
}

// The budget in one currency, with its funding sources.
QJsonObject budget(const PlanRollup& r, const QString& currency)
{
    QJsonObject o = money(r.byCurrency.value(currency));
    o.insert(QStringLiteral("currency"), currency);
    QJsonObject sources;
    const QMap<QString, MoneyTotals> bySource = r.bySource.value(currency);
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
        sources.insert(it.key(), money(it.value()));
    o.insert(QStringLiteral("by_source"), sources);
    return o;
}

} // namespace

QJsonObject PlanJson::figures(const PlanRollup& r)
{
    QJsonObject o{{QStringLiteral("actions"), r.actions},
                  {QStringLiteral("done"), r.done},
                  {QStringLiteral("in_progress"), r.inProgress},
                  {QStringLiteral("planned"), r.planned},
                  {QStringLiteral("delayed"), r.delayed},
                  {QStringLiteral("cancelled"), r.cancelled},
                  {QStringLiteral("late"), r.late},
                  {QStringLiteral("milestones"), r.milestones},
                  {QStringLiteral("milestones_done"), r.milestonesDone},
                  {QStringLiteral("milestones_late"), r.milestonesLate},
                  {QStringLiteral("progress"), std::round(r.progress * 1000) / 1000},
                  {QStringLiteral("slipped"), r.slipped},
                  {QStringLiteral("most_slipped_days"), r.mostSlippedDays}};
    // The headline currency first; any other the plan uses, listed after it.
    const QString main = PlanRollups::mainCurrency(r);
    o.insert(QStringLiteral("budget"), budget(r, main));
    QJsonArray others;
    for (auto it = r.byCurrency.cbegin(); it != r.byCurrency.cend(); ++it) {
        if (it.key() != main)
            others.append(budget(r, it.key()));
    }
    if (!others.isEmpty())
        o.insert(QStringLiteral("other_currencies"), others);
    return o;
}

QJsonObject PlanJson::rollups(const PlanData& plan, const PlanRollups& rollups, const QDate& today)
{
    QJsonObject json = figures(rollups.whole());
    json.insert(QStringLiteral("today"), today.toString(Qt::ISODate));
    json.insert(QStringLiteral("title"), plan.document.title);
    json.insert(QStringLiteral("adopted_on"),
                plan.document.adoptedOn.isValid()
                    ? QJsonValue(plan.document.adoptedOn.toString(Qt::ISODate))
                    : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("priority_count"), int(plan.priorities.size()));
    QJsonArray priorities;
    for (const Priority& p : plan.priorities) {
        QJsonObject o = figures(rollups.priority(p.meta.id));
        o.insert(QStringLiteral("id"), p.meta.id);
        o.insert(QStringLiteral("rank"), p.rank);
        o.insert(QStringLiteral("title"), p.title);
        o.insert(QStringLiteral("status"), Priority::toText(p.status));
        priorities.append(o);
    }
    json.insert(QStringLiteral("priorities"), priorities);
    return json;
}

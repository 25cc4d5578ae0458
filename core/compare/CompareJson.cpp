// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareJson.h"

#include "compare/CityComparison.h"

#include <QJsonArray>

namespace {

QJsonValue number(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject city(const CitySummary& s)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), s.path);
    o.insert(QStringLiteral("city"), s.name);
    o.insert(QStringLiteral("city_id"), s.cityId);
    o.insert(QStringLiteral("country"), s.country);
    QJsonArray checklists;
    for (const CitySummary::Checklist& c : s.checklists) {
        QJsonObject j;
        j.insert(QStringLiteral("key"), c.key);
        j.insert(QStringLiteral("version"), c.version);
        j.insert(QStringLiteral("round"), c.round.isEmpty() ? QJsonValue() : QJsonValue(c.round));
        j.insert(QStringLiteral("held_on"),
                 c.heldOn.isValid() ? QJsonValue(c.heldOn.toString(Qt::ISODate)) : QJsonValue());
        j.insert(QStringLiteral("previous_round"),
                 c.previousRound.isEmpty() ? QJsonValue() : QJsonValue(c.previousRound));
        j.insert(QStringLiteral("score"), number(c.overall));
        j.insert(QStringLiteral("coverage"), c.overallCoverage);
        j.insert(QStringLiteral("previous_score"), number(c.previousOverall));
        checklists.append(j);
    }
    o.insert(QStringLiteral("checklists"), checklists);
    QJsonObject priorities;
    priorities.insert(QStringLiteral("total"), s.priorityCount);
    o.insert(QStringLiteral("priorities"), priorities);
    const CitySummary::Plan& p = s.plan;
    QJsonObject plan;
    plan.insert(QStringLiteral("actions"), p.actions);
    plan.insert(QStringLiteral("done"), p.done);
    plan.insert(QStringLiteral("in_progress"), p.inProgress);
    plan.insert(QStringLiteral("delayed"), p.delayed);
    plan.insert(QStringLiteral("not_started"), p.notStarted);
    plan.insert(QStringLiteral("late"), p.late);
    plan.insert(QStringLiteral("cancelled"), p.cancelled);
    plan.insert(QStringLiteral("progress"), p.progress);
    o.insert(QStringLiteral("plan"), plan);
    QJsonObject practices;
    practices.insert(QStringLiteral("total"), s.practices);
    practices.insert(QStringLiteral("own"), s.ownPractices);
    o.insert(QStringLiteral("practices"), practices);
    return o;
}

QJsonObject table(const CityComparison::Table& t)
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), t.key);
    o.insert(QStringLiteral("title"), t.title);
    QJsonArray versions;
    for (int v : t.versions)
        versions.append(v == 0 ? QJsonValue() : QJsonValue(v));
    o.insert(QStringLiteral("versions"), versions);
    QJsonArray areas;
    for (const CityComparison::AreaRow& a : t.areas) {
        QJsonObject row;
        row.insert(QStringLiteral("key"), a.key);
        row.insert(QStringLiteral("title"), a.title);
        row.insert(QStringLiteral("median"), number(a.median));
        row.insert(QStringLiteral("median_of"), a.scored);
        QJsonArray cells;
        for (const CityComparison::Cell& c : a.cells) {
            if (!c.present) {
                cells.append(QJsonValue());
                continue;
            }
            QJsonObject cell;
            cell.insert(QStringLiteral("score"), number(c.score));
            cell.insert(QStringLiteral("coverage"), c.coverage);
            cell.insert(QStringLiteral("answered"), c.answered);
            cell.insert(QStringLiteral("items"), c.items);
            cell.insert(QStringLiteral("change"), number(c.change));
            cells.append(cell);
        }
        row.insert(QStringLiteral("cities"), cells);
        areas.append(row);
    }
    o.insert(QStringLiteral("areas"), areas);
    return o;
}

QJsonArray counts(const QList<int>& values)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return a;
}

} // namespace

QJsonObject CompareJson::toJson(const CityComparison& comparison)
{
    QJsonObject json;
    QJsonArray cities;
    for (const CitySummary& s : comparison.cities())
        cities.append(city(s));
    json.insert(QStringLiteral("cities"), cities);
    QJsonArray checklists;
    for (const CityComparison::Table& t : comparison.tables())
        checklists.append(table(t));
    json.insert(QStringLiteral("checklists"), checklists);
    QJsonArray themes;
    for (const CityComparison::ThemeRow& t : comparison.themes()) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), t.key);
        o.insert(QStringLiteral("name"), t.name);
        o.insert(QStringLiteral("priorities"), counts(t.priorities));
        themes.append(o);
    }
    json.insert(QStringLiteral("priorities_by_theme"), themes);
    QJsonArray funding;
    for (const CityComparison::FundingRow& f : comparison.funding()) {
        QJsonObject o;
        o.insert(QStringLiteral("currency"), f.currency);
        o.insert(QStringLiteral("source"), f.source);
        QJsonArray perCity;
        for (int c = 0; c < f.cities.size(); ++c) {
            const CitySummary::Funding& m = f.cities.at(c);
            if (!f.present.value(c)) {
                perCity.append(QJsonValue());
                continue;
            }
            QJsonObject money;
            money.insert(QStringLiteral("planned_cents"), m.plannedCents);
            money.insert(QStringLiteral("committed_cents"), m.committedCents);
            money.insert(QStringLiteral("spent_cents"), m.spentCents);
            perCity.append(money);
        }
        o.insert(QStringLiteral("cities"), perCity);
        funding.append(o);
    }
    json.insert(QStringLiteral("budget_by_source"), funding);
    QJsonArray warnings;
    for (const CityComparison::Warning& w : comparison.warnings()) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), w.kind == CityComparison::Warning::Kind::ChecklistMissing
                                             ? QStringLiteral("checklist_missing")
                                             : QStringLiteral("version_differs"));
        o.insert(QStringLiteral("city"), w.city);
        o.insert(QStringLiteral("checklist"), w.checklist);
        o.insert(QStringLiteral("version"), w.version == 0 ? QJsonValue() : QJsonValue(w.version));
        o.insert(QStringLiteral("officer_version"), w.officerVersion);
        o.insert(QStringLiteral("message"), w.message);
        warnings.append(o);
    }
    json.insert(QStringLiteral("warnings"), warnings);
    return json;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "CityComparison.h"

#include "common/TextFolding.h"

#include <QHash>

#include <algorithm>

CityComparison::CityComparison(QList<CitySummary> summaries) : m_cities(std::move(summaries))
{
    buildTables();
    buildThemes();
    buildFunding();
}

std::optional<double> CityComparison::median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

void CityComparison::buildTables()
{
    const int n = int(m_cities.size());
    QHash<QString, int> tableOf; // checklist key -> index in m_tables
    QList<QHash<QString, int>> areaOf;
    // The officer's checklists and areas in the officer's order, then what only partners have.
    for (int c = 0; c < n; ++c) {
        for (const CitySummary::Checklist& checklist : m_cities.at(c).checklists) {
            auto found = tableOf.constFind(checklist.key);
            int t = found == tableOf.cend() ? -1 : *found;
            if (t < 0) {
                t = int(m_tables.size());
                tableOf.insert(checklist.key, t);
                Table table;
                table.key = checklist.key;
                table.title = checklist.title;
                table.versions.fill(0, n);
                table.rounds.fill(QString(), n);
                m_tables << table;
                areaOf << QHash<QString, int>();
            }
            Table& table = m_tables[t];
            table.versions[c] = checklist.version;
            table.rounds[c] = checklist.round;
            for (const CitySummary::Area& a : checklist.areas) {
                int row = areaOf[t].value(a.key, -1);
                if (row < 0) {
                    row = int(table.areas.size());
                    areaOf[t].insert(a.key, row);
                    AreaRow area;
                    area.key = a.key;
                    area.title = a.title;
                    area.cells.resize(n);
                    table.areas << area;
                }
                table.areas[row].cells[c] =
                    Cell{true, a.score, a.answered, a.items, a.coverage, a.change};
            }
        }
    }
    for (Table& table : m_tables) {
        for (AreaRow& area : table.areas) {
            QList<double> scores;
            for (const Cell& cell : area.cells) {
                if (cell.score)
                    scores << *cell.score;
            }
            area.median = median(scores);
            area.scored = int(scores.size());
        }
    }
    if (m_cities.isEmpty())
        return;
    for (const CitySummary::Checklist& own : m_cities.constFirst().checklists) {
        const Table& table = m_tables.at(tableOf.value(own.key));
        for (int c = 1; c < n; ++c) {
            const QString city = m_cities.at(c).name;
            Warning w;
            w.city = c;
            w.checklist = own.key;
            w.version = table.versions.at(c);
            w.officerVersion = own.version;
            if (w.version == 0) {
                w.kind = Warning::Kind::ChecklistMissing;
                w.message =
                    tr("%1 has no checklist “%2”: its areas are left empty.").arg(city, own.title);
            } else if (w.version != own.version) {
                w.kind = Warning::Kind::VersionDiffers;
                w.message = tr("%1 answered version %2 of “%3”, your city answered version %4: the "
                               "questions may differ, compare these scores with care.")
                                .arg(city)
                                .arg(w.version)
                                .arg(own.title)
                                .arg(own.version);
            } else {
                continue;
            }
            m_warnings << w;
        }
    }
}

void CityComparison::buildThemes()
{
    const int n = int(m_cities.size());
    QHash<QString, int> rowOf;
    for (int c = 0; c < n; ++c) {
        for (const CitySummary::ThemePriorities& t : m_cities.at(c).priorities) {
            int row = rowOf.value(t.key, -1);
            if (row < 0) {
                row = int(m_themes.size());
                rowOf.insert(t.key, row);
                ThemeRow theme{t.key, t.name, {}};
                theme.priorities.fill(0, n);
                m_themes << theme;
            }
            m_themes[row].priorities[c] += t.priorities;
        }
    }
}

void CityComparison::buildFunding()
{
    const int n = int(m_cities.size());
    // A source is the same whatever its case, accents and spacing ("Fonds FAMI", "fonds fami"):
    // cities and the officer's own lines write a name differently. The row shows the name as
    // the first city writes it, and sums a city's lines that fold to it.
    QHash<QString, int> rowOf;
    for (int c = 0; c < n; ++c) {
        for (const CitySummary::Funding& f : m_cities.at(c).plan.budget) {
            const QString key = f.currency + QChar(0) + TextFolding::fold(f.source);
            int row = rowOf.value(key, -1);
            if (row < 0) {
                row = int(m_funding.size());
                rowOf.insert(key, row);
                FundingRow funding{f.currency, f.source, {}, {}};
                funding.cities.fill(CitySummary::Funding{f.currency, f.source, 0, 0, 0}, n);
                funding.present.fill(false, n);
                m_funding << funding;
            }
            CitySummary::Funding& cell = m_funding[row].cities[c];
            cell.plannedCents += f.plannedCents;
            cell.committedCents += f.committedCents;
            cell.spentCents += f.spentCents;
            m_funding[row].present[c] = true;
        }
    }
    std::stable_sort(m_funding.begin(), m_funding.end(),
                     [](const FundingRow& a, const FundingRow& b) {
                         return std::tie(a.currency, a.source) < std::tie(b.currency, b.source);
                     });
}

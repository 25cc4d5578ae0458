// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/CitySummary.h"

#include <QCoreApplication>

// Several cities side by side, the officer's first: per checklist (matched by its key) a table
// of areas (matched by their key) × cities with the network's median per area; priorities per
// theme and the budget per funding source on common rows; and a warning wherever a city's
// checklist is another version than the officer's, or missing, so that no one compares scores
// asked against different questions without knowing. Comparing is not ranking: every cell
// keeps its coverage, and nothing is sorted by score.
class CityComparison
{
    Q_DECLARE_TR_FUNCTIONS(CityComparison)

public:
    struct Cell
    {
        bool present = false; // the city has the area (in the same checklist)
        std::optional<double> score;
        int answered = 0;
        int items = 0;
        double coverage = 0;
        std::optional<double> change;
    };

    struct AreaRow
    {
        QString key;
        QString title;
        QList<Cell> cells; // one per city
        // Of the cities with a score for the area; none when no city has one.
        std::optional<double> median;
        int scored = 0; // how many cities the median is of
    };

    struct Table
    {
        QString key;
        QString title;
        QList<int> versions;   // one per city; 0: the city has not this checklist
        QList<QString> rounds; // each city's latest round (empty: none)
        QList<AreaRow> areas;
    };

    struct Warning
    {
        enum class Kind
        {
            VersionDiffers,
            ChecklistMissing
        };
        Kind kind = Kind::VersionDiffers;
        int city = 0;
        QString checklist;
        int version = 0;        // the city's
        int officerVersion = 0; // the officer's
        QString message;
    };

    struct ThemeRow
    {
        QString key;
        QString name;
        QList<int> priorities; // one per city
    };

    struct FundingRow
    {
        QString currency;
        QString source;
        QList<CitySummary::Funding> cities; // one per city, zero where it has none
        QList<bool> present;                // whether the city has the source at all
    };

    CityComparison() = default;
    // summaries: the officer's city first, then the partners in the order given.
    explicit CityComparison(QList<CitySummary> summaries);

    const QList<CitySummary>& cities() const { return m_cities; }
    const QList<Table>& tables() const { return m_tables; }
    const QList<Warning>& warnings() const { return m_warnings; }
    const QList<ThemeRow>& themes() const { return m_themes; }
    const QList<FundingRow>& funding() const { return m_funding; }

    static std::optional<double> median(QList<double> values);

private:
    void buildTables();
    void buildThemes();
    void buildFunding();

    QList<CitySummary> m_cities;
    QList<Table> m_tables;
    QList<Warning> m_warnings;
    QList<ThemeRow> m_themes;
    QList<FundingRow> m_funding;
};

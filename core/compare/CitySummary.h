// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// What one city file says when cities are compared: its service-access scores per checklist
// and area with their coverage and the change since the previous round, its priorities per
// theme, its action plan's progress and budget per funding source, its good practices. Read
// with a handful of aggregate queries, never by loading every record, so that a network's 150
// files or two network-sized ones are read in a second or two.
class CitySummary
{
    Q_DECLARE_TR_FUNCTIONS(CitySummary)

public:
    struct Area
    {
        QString key; // matched across cities, within a checklist's key
        QString title;
        int items = 0;    // asked in the latest round
        int answered = 0; // covered: met, partly met, not met or not applicable
        double coverage = 0;
        std::optional<double> score; // Scoring's rules; none when nothing was scored
        std::optional<double> previousScore;
        std::optional<double> change; // score - previousScore, when both exist
    };

    struct Checklist
    {
        QString key;
        QString title;
        // The version the latest round was asked against (the checklist's own without a round):
        // what a partner's scores are comparable on.
        int version = 1;
        QString round; // latest round's label; empty: no round yet
        QDate heldOn;
        QString previousRound;
        QList<Area> areas; // in the checklist's order
        std::optional<double> overall;
        double overallCoverage = 0;
        std::optional<double> previousOverall;
    };

    struct ThemePriorities
    {
        QString key; // the built-in theme's key, else its name; empty: no theme
        QString name;
        int priorities = 0;
    };

    struct Funding
    {
        QString currency;
        QString source;
        qint64 plannedCents = 0;
        qint64 committedCents = 0;
        qint64 spentCents = 0;
    };

    // PlanRollups' rules, counted in SQL: cancelled actions are left out of the others.
    struct Plan
    {
        int actions = 0;
        int done = 0;
        int inProgress = 0;
        int delayed = 0;
        int notStarted = 0;
        int cancelled = 0;
        int late = 0;
        double progress = 0;   // 0..1
        QList<Funding> budget; // per currency, then funding source
    };

    QString path;
    QString cityId;
    QString name;
    QString country;
    QList<Checklist> checklists;
    QList<ThemePriorities> priorities; // themes with at least one priority
    int priorityCount = 0;
    Plan plan;
    int practices = 0;
    int ownPractices = 0; // the others were taken from partners

    // The tables read(): a file is checked in those only (CityFile::openToRead).
    static QStringList tables();
    // Reads an open file (its own or a partner's); today decides which actions are late.
    static Result<CitySummary> read(const QSqlDatabase& db, const QString& path,
                                    const QDate& today);
};

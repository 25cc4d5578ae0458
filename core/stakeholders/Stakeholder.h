// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QList>
#include <QStringList>

#include <optional>

// An actor of the city's migration governance, as the officer sees it on the actor map and on
// the influence/interest grid.
struct Stakeholder
{
    enum class Kind
    {
        Municipal,
        GovernmentAgency,
        ServiceProvider,
        Ngo,
        MigrantAssociation,
        Religious,
        PrivateSector,
        Academia,
        International,
    };
    enum class Level
    {
        Local,
        Regional,
        National,
        International
    };
    enum class Stance
    {
        Champion,
        Supportive,
        Neutral,
        Sceptical,
        Opposed,
        Unknown
    };

    // Influence and interest are scores on the grid's 1-5 axes.
    static constexpr int minScore = 1;
    static constexpr int maxScore = 5;

    RecordMeta meta;
    QString name;
    Kind kind = Kind::Ngo;
    Level level = Level::Local;
    int influence = 3;
    int interest = 3;
    Stance stance = Stance::Unknown;
    QString website;
    QString notes;
    // Notes may hold personal opinions: private notes are personal data (PersonalData), left
    // out of exports unless the officer includes personal data.
    bool notesPrivate = false;
    // Where the officer placed the stakeholder on the network view; empty until placed.
    std::optional<double> networkX;
    std::optional<double> networkY;
    // Themes the stakeholder works on, sorted, without repeats (the repository keeps them so).
    QStringList themeIds;

    bool operator==(const Stakeholder&) const = default;

    static QList<Kind> allKinds();
    static QList<Level> allLevels();
    static QList<Stance> allStances();

    // The text stored in the file ('ngo', 'regional', 'sceptical').
    static QString toText(Kind kind);
    static QString toText(Level level);
    static QString toText(Stance stance);
    static std::optional<Kind> kindFromText(const QString& text);
    static std::optional<Level> levelFromText(const QString& text);
    static std::optional<Stance> stanceFromText(const QString& text);

    // The name shown to the officer, in the interface language.
    static QString label(Kind kind);
    static QString label(Level level);
    static QString label(Stance stance);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CityFile.h"

#include <QString>

// Builds a realistic, fictional city file in one of the languages it has content for (each a
// city of a country that speaks it): stakeholders of every kind
// with contacts, relations and engagements, a stakeholder group with meetings, a migration
// profile with sources, two assessment rounds, priorities and actions, a mentor partner city.
// With a scale, a network-sized file for benchmarks: N stakeholders and the rest in proportion
// (N/25 actions, 2N relations, N engagements).
class DemoGenerator
{
public:
    struct Options
    {
        QString language = QStringLiteral("en");
        int scale = 0;       // 0: the ordinary demo city (about 40 stakeholders)
        quint32 seed = 2026; // same seed, same file (ids and timestamps apart)
    };

    // The languages with demo content, English first.
    static QStringList languages();
    // Creates the file (refusing to overwrite one) in one transaction and opens it.
    static CityFile::OpenResult create(const QString& path, const Options& options);
    // Where the desktop program keeps its demo file: the user's data folder.
    static QString defaultPath(const QString& language);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/Stakeholder.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

// What the officer said values of a stakeholder CSV file mean when Passerelle did not recognise
// them ("Service public" is a public service provider, "Migration" the theme "Refugees and
// asylum"), keyed by the value's StakeholderCsvColumns::matchKey. The wizard asks, the command
// line takes --map, and the city file remembers them for the next import (ImportValueMemory).
struct ImportValueChoices
{
    QHash<QString, Stakeholder::Kind> kinds;
    QHash<QString, Stakeholder::Level> levels;
    // A theme value's theme id; an empty id leaves the value out. A value with no choice
    // becomes a theme of its own.
    QHash<QString, QString> themes;

    // What is remembered: enough for every value of real lists, small enough to read at once.
    static constexpr qsizetype maxPerColumn = 1000;
    static constexpr qsizetype maxKeyChars = 200;
    static constexpr qsizetype maxStoredChars = 1000000;

    bool operator==(const ImportValueChoices&) const = default;
    bool isEmpty() const { return kinds.isEmpty() && levels.isEmpty() && themes.isEmpty(); }

    QString toJson() const;
    // The text read from a city file, which is untrusted: anything not understood (malformed
    // JSON, an unknown kind or level, a theme not in themeIds, a key too long, more than
    // maxPerColumn choices) is left out, never an error.
    static ImportValueChoices fromJson(const QString& json, const QSet<QString>& themeIds);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

// How many records of each kind a file holds, under stable names meant for scripts
// (`passerelle-cli info`): stakeholders, contacts, relations, ...
class CityStatistics
{
public:
    // (kind, table) pairs in a fixed order; the kind is the key shown to scripts.
    static QList<std::pair<QString, QString>> kinds();
    // Counts per kind, in the order of kinds(); a kind whose count fails is -1.
    static QList<std::pair<QString, qint64>> counts(const QSqlDatabase& db);
};

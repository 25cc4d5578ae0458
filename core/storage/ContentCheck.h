// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SchemaCheck.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// Checks a city file's content against its own rules, on a connection whose schema has
// already passed SchemaCheck. Every finding is a translated sentence naming what was found and
// where.
class ContentCheck
{
    Q_DECLARE_TR_FUNCTIONS(ContentCheck)

public:
    enum class Depth
    {
        // On every opening: the pages and records (quick_check, which also tests NOT NULL and
        // CHECK rules), one city, the personal-data list, references between records.
        Opening,
        // `passerelle-cli check`: also every index against its table (duplicate unique keys,
        // missing entries) and the type of every value.
        Thorough
    };

    struct Finding
    {
        // True when the pages themselves are damaged, not only values.
        bool damaged = false;
        QString text;
    };

    // expected: what the file's version holds (its personal-data list, its rules).
    static std::optional<Finding> run(const QSqlDatabase& db, Depth depth,
                                      const SchemaCheck::Expected& expected);

    // One line of SQLite's integrity_check, said for an officer ("the table “stakeholder” holds a
    // value its rules forbid"); nullopt for a line that only says the pages are damaged.
    static std::optional<QString> describe(const QString& line);
};

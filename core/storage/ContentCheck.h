// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CheckDepth.h"
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
    using Depth = CheckDepth;

    struct Finding
    {
        // True when the pages themselves are damaged, not only values.
        bool damaged = false;
        QString text;
    };

    // expected: what the file's version holds (its personal-data list, its rules). tables, when
    // not empty, limits an Opening check to what a read-only command reads: those tables' pages
    // and indexes, rules and references (and the city, the personal-data list as always).
    static std::optional<Finding> run(const QSqlDatabase& db, Depth depth,
                                      const SchemaCheck::Expected& expected,
                                      const QStringList& tables = {});

    // Whether a record refers to one that does not exist, with the verdict of SQLite's
    // foreign_key_check (test_referencecheck compares them); table, when given: only that
    // table's own references.
    static std::optional<Finding> references(const QSqlDatabase& db,
                                             const QList<SchemaCheck::Reference>& references,
                                             const QString& table = {});

    // One line of SQLite's integrity_check, said for an officer ("the table “stakeholder” holds a
    // value its rules forbid"); nullopt for a line that only says the pages are damaged.
    static std::optional<QString> describe(const QString& line);
};

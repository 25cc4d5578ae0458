// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// Checks that a file holds exactly the tables, indexes, triggers and views of a city file of
// its version: nothing more (a trigger or a view can carry code that runs on the officer's next
// edit or read), nothing missing, nothing changed (a CHECK rule removed). The expected objects
// come from creating the schema in memory, so the check can never drift from what Passerelle
// writes; the personal-data rows come from the catalogue, and test_catalogue checks that the
// expected tables are the catalogue's.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    struct Object
    {
        QString type;
        QString name;
        QString table;
        QString sql; // white space folded
        bool operator==(const Object&) const = default;
    };

    // A foreign key: columns of table that name a record of parent by its parentColumns.
    struct Reference
    {
        QString table;
        QStringList columns;
        QString parent; // as the key names it
        QStringList parentColumns;
        bool operator==(const Reference&) const = default;
    };

    struct Expected
    {
        QList<Object> objects;
        // The rows of the personal_data table, as "table.column/flag column", sorted: those
        // the catalogue describes (PersonalData::columns()).
        QStringList personalData;
        // Each table's CHECK expressions. SQLite leaves them out of the schema it parses for a
        // read-only connection, so integrity_check cannot test them there: ContentCheck does.
        QHash<QString, QStringList> rules;
        // The foreign keys, table by table in the schema's order, each table's in the order it
        // declares them: ContentCheck looks their records up itself, faster than SQLite's
        // foreign_key_check (docs/performance.md, "Sharing with a partner city").
        QList<Reference> references;
    };

    // What a file of the current schema version holds; empty when it cannot be built.
    static const Expected& expected();
    // What a file of an older version holds (1..Schema::currentVersion): checked before it is
    // updated, and by check and info, which never update.
    static const Expected& expected(int version);
    static QStringList personalDataRows(const QSqlDatabase& db);
    // One of them: "table.column/flag column".
    static QString personalDataRow(const QString& table, const QString& column,
                                   const QString& privateFlag);
    // nullopt when the file's objects are exactly the expected ones; otherwise a translated
    // description naming the first difference ("an extra trigger “wipe”").
    static std::optional<QString> compare(const QList<Object>& found,
                                          const QList<Object>& expected);

    static QString folded(const QString& sql);
    // The expressions of the CHECK clauses in a CREATE TABLE statement.
    static QStringList checkExpressions(const QString& createTable);

    struct Declared
    {
        std::optional<QList<Object>> objects;
        QString error; // SQLite's, when the objects cannot be read
    };
    static Declared read(const QSqlDatabase& db);
    // The foreign keys of db's tables, as Expected lists them (a key that names no parent
    // column names the parent's primary key).
    static QList<Reference> references(const QSqlDatabase& db);

private:
    static Expected build(int version);
};

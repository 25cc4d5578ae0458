// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentCheck.h"

#include "ConnectionDefences.h"
#include "SchemaCheck.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

using Finding = ContentCheck::Finding;

QString shown(const QString& name)
{
    QString text = name.simplified();
    return text.size() > 60 ? text.left(59) + QChar(0x2026) : text;
}

// table, when given, limits the check to that table's pages and indexes.
std::optional<Finding> integrity(const QSqlDatabase& db, ContentCheck::Depth depth,
                                 const QString& table = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (table.isEmpty()) {
        // At most a few findings: the first ones name the problem, the rest add nothing.
        const QString sql = depth == ContentCheck::Depth::Thorough
                                ? QStringLiteral("PRAGMA integrity_check(20)")
                                : QStringLiteral("PRAGMA quick_check(20)");
        if (!query.exec(sql))
            return Finding{true, query.lastError().text()};
    } else {
        query.prepare(depth == ContentCheck::Depth::Thorough
                          ? QStringLiteral("SELECT * FROM pragma_integrity_check(?)")
                          : QStringLiteral("SELECT * FROM pragma_quick_check(?)"));
        query.addBindValue(table);
        if (!query.exec())
            return Finding{true, query.lastError().text()};
    }
    QStringList described;
    QStringList raw;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line == QLatin1String("ok"))
            return std::nullopt;
        raw << line;
        if (std::optional<QString> said = ContentCheck::describe(line))
            described << *said;
    }
    if (raw.isEmpty())
        return Finding{true, query.lastError().text()};
    if (described.size() < raw.size())
        return Finding{true, raw.mid(0, 3).join(QStringLiteral("; "))};
    described.removeDuplicates();
    return Finding{false, described.mid(0, 3).join(QStringLiteral("; "))};
}

// The CHECK rules, evaluated here because SQLite's own check skips them on a read-only
// connection. A rule fails when its expression is false; NULL passes, as in SQLite.
std::optional<Finding> rules(const QSqlDatabase& db, const QHash<QString, QStringList>& rules)
{
    for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
        QStringList failing;
        for (const QString& expression : it.value())
            failing << QStringLiteral("NOT coalesce((%1), 1)").arg(expression);
        // The table and its expressions are Passerelle's own schema text (SchemaCheck found the
        // file's identical to it), so they are safe to put into the statement.
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM \"%1\" WHERE %2)")
                            .arg(it.key(), failing.join(QStringLiteral(" OR ")))) ||
            !query.next())
            return Finding{true, query.lastError().text()};
        if (query.value(0).toBool())
            return Finding{false, ContentCheck::describe(
                                      QStringLiteral("CHECK constraint failed in ") + it.key())
                                      .value_or(QString())};
    }
    return std::nullopt;
}

std::optional<Finding> oneCity(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM city")) || !query.next())
        return Finding{true, query.lastError().text()};
    const qint64 cities = query.value(0).toLongLong();
    if (cities == 1)
        return std::nullopt;
    if (cities == 0)
        return Finding{false, ContentCheck::tr("it holds no city")};
    return Finding{false, ContentCheck::tr("it holds %n cities where a city file holds one", "",
                                           int(qMin<qint64>(cities, 1 << 30)))};
}

// The personal-data list decides what leaves the file when it is shared: it must be the one
// Passerelle wrote, not one that declares contact persons public.
std::optional<Finding> personalDataList(const QSqlDatabase& db, const QStringList& expected)
{
    if (SchemaCheck::personalDataRows(db) != expected)
        return Finding{false, ContentCheck::tr("its list of personal data is not the one "
                                               "Passerelle writes")};
    return std::nullopt;
}

QString quoted(const QString& name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

// Whether a record of reference.table names a record of reference.parent that does not exist,
// with the verdict of SQLite's foreign_key_check: a key with a NULL column refers to nothing;
// the others are looked up as SQLite looks them up in the parent's index, with the parent
// column's type and collation ("+" takes the child column's type away, so that the comparison
// applies the parent's: an integer 5 finds the text '5', the real 5.0 does not). It reads the
// referencing columns from an index that holds them where one exists, not every whole record
// as foreign_key_check does, which is what makes it faster (docs/performance.md). Looking each
// distinct value up once instead gained 2 % and would be wrong: DISTINCT takes 5 and 5.0 as
// one value, which are two texts once the parent's type applies.
QString missingReferenceSql(const SchemaCheck::Reference& reference)
{
    // Names come from Passerelle's own schema, which SchemaCheck found identical to the file's,
    // so they are safe to quote into the statement.
    QStringList present, found;
    for (qsizetype i = 0; i < reference.columns.size(); ++i) {
        const QString column = QStringLiteral("c.") + quoted(reference.columns.at(i));
        present << column + QStringLiteral(" IS NOT NULL");
        found << QStringLiteral("p.") + quoted(reference.parentColumns.value(i)) +
                     QStringLiteral(" = +") + column;
    }
    const QString both = QStringLiteral(" AND ");
    return QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 AS c WHERE %2 AND NOT EXISTS "
                          "(SELECT 1 FROM %3 AS p WHERE %4))")
        .arg(quoted(reference.table), present.join(both), quoted(reference.parent),
             found.join(both));
}

QStringList tableNames(const QSqlDatabase& db)
{
    QSqlQuery tables(db);
    tables.setForwardOnly(true);
    QStringList names;
    if (tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"))) {
        while (tables.next())
            names << tables.value(0).toString();
    }
    return names;
}

QStringList columnNames(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery columns(db);
    columns.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    columns.addBindValue(table);
    QStringList names;
    if (columns.exec()) {
        while (columns.next())
            names << columns.value(0).toString();
    }
    return names;
}

// A value over the connection's length limit cannot be read at all ("string or blob too big"):
// name it rather than let a pane fail on it later. The city's own row is shown everywhere, so
// every opening looks at it; `check` looks at every table.
std::optional<Finding> oversized(const QSqlDatabase& db, const QStringList& tables)
{
    for (const QString& table : tables) {
        for (const QString& column : columnNames(db, table)) {
            // Names come from a schema SchemaCheck found identical to Passerelle's own.
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (query.exec(QStringLiteral("SELECT max(length(CAST(\"%1\" AS BLOB))) FROM \"%2\"")
                               .arg(column, table)) &&
                query.next())
                continue;
            if (query.lastError().text().contains(QLatin1String("too big")))
                return Finding{false,
                               ContentCheck::tr("the column “%1” of the table “%2” holds a value "
                                                "larger than Passerelle accepts (%3 MB)")
                                   .arg(shown(column), shown(table))
                                   .arg(ConnectionDefences::maxValueBytes / (1024 * 1024))};
            return Finding{true, query.lastError().text()};
        }
    }
    return std::nullopt;
}

// Values of the wrong kind in a column without a CHECK rule (a word where a number belongs)
// cannot harm Passerelle, but they are not what it wrote: `check` names them.
std::optional<Finding> valueTypes(const QSqlDatabase& db)
{
    for (const QString& table : tableNames(db)) {
        QSqlQuery columns(db);
        columns.prepare(QStringLiteral("SELECT name, upper(type) FROM pragma_table_info(?)"));
        columns.addBindValue(table);
        if (!columns.exec())
            return Finding{true, columns.lastError().text()};
        while (columns.next()) {
            const QString column = columns.value(0).toString();
            const QString type = columns.value(1).toString();
            QString allowed;
            if (type == QLatin1String("TEXT"))
                allowed = QStringLiteral("'text'");
            else if (type == QLatin1String("INTEGER"))
                allowed = QStringLiteral("'integer'");
            else if (type == QLatin1String("REAL"))
                allowed = QStringLiteral("'real', 'integer'");
            else
                continue;
            // Names come from the schema that SchemaCheck has just found identical to
            // Passerelle's own, so they are safe to quote into the statement.
            QSqlQuery count(db);
            const QString quotedColumn = QLatin1Char('"') + column + QLatin1Char('"');
            if (!count.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM \"%1\" WHERE typeof(%2) "
                                           "NOT IN ('null', %3))")
                                .arg(table, quotedColumn, allowed)) ||
                !count.next())
                return Finding{true, count.lastError().text()};
            if (count.value(0).toBool())
                return Finding{false, ContentCheck::tr("the column “%1” of the table “%2” holds "
                                                       "a value of the wrong kind")
                                          .arg(shown(column), shown(table))};
        }
    }
    return std::nullopt;
}

// Each table's findings in turn (checked: the tables a read-only command reads), or the whole
// file's at once (checked empty).
template <typename Check> std::optional<Finding> eachTable(const QStringList& checked, Check check)
{
    if (checked.isEmpty())
        return check(QString());
    for (const QString& table : checked) {
        if (std::optional<Finding> f = check(table))
            return f;
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> ContentCheck::describe(const QString& line)
{
    static const QRegularExpression check(QStringLiteral("^CHECK constraint failed in (\\S+)$"));
    static const QRegularExpression null(QStringLiteral("^NULL value in (\\S+)\\.(\\S+)$"));
    static const QRegularExpression unique(QStringLiteral("^non-unique entry in index (\\S+)$"));
    static const QRegularExpression missing(QStringLiteral("^row \\d+ missing from index (\\S+)$"));
    static const QRegularExpression count(QStringLiteral("^wrong # of entries in index (\\S+)$"));
    if (const auto m = check.match(line); m.hasMatch())
        return tr("the table “%1” holds a value its rules forbid (for example a kind or a level "
                  "Passerelle does not know)")
            .arg(shown(m.captured(1)));
    if (const auto m = null.match(line); m.hasMatch())
        return tr("the column “%1” of the table “%2” is empty where a value is required")
            .arg(shown(m.captured(2)), shown(m.captured(1)));
    if (const auto m = unique.match(line); m.hasMatch())
        return tr("two records share a value that must be unique (index “%1”)")
            .arg(shown(m.captured(1)));
    if (const auto m = missing.match(line); m.hasMatch())
        return tr("the index “%1” does not match its table").arg(shown(m.captured(1)));
    if (const auto m = count.match(line); m.hasMatch())
        return tr("the index “%1” does not match its table").arg(shown(m.captured(1)));
    return std::nullopt;
}

std::optional<ContentCheck::Finding>
ContentCheck::references(const QSqlDatabase& db, const QList<SchemaCheck::Reference>& references,
                         const QString& table)
{
    for (const SchemaCheck::Reference& reference : references) {
        if (!table.isEmpty() && reference.table.compare(table, Qt::CaseInsensitive) != 0)
            continue;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(missingReferenceSql(reference)) || !query.next())
            return Finding{true, query.lastError().text()};
        if (query.value(0).toBool())
            return Finding{false, tr("a record in the table “%1” refers to a record of the "
                                     "table “%2” that does not exist")
                                      .arg(shown(reference.table), shown(reference.parent))};
    }
    return std::nullopt;
}

std::optional<ContentCheck::Finding> ContentCheck::run(const QSqlDatabase& db, Depth depth,
                                                       const SchemaCheck::Expected& expected,
                                                       const QStringList& tables)
{
    // A read-only command never reads the pages of the other tables: their damage cannot reach
    // what it writes, and a 150 MB file's plan is checked in milliseconds, not a second.
    QStringList checked;
    if (depth == Depth::Opening && !tables.isEmpty()) {
        // The city's row is shown by every command and every window.
        checked = QStringList{QStringLiteral("city")} + tables;
        checked.removeDuplicates();
    }
    if (depth != Depth::Quick) {
        if (std::optional<Finding> f = eachTable(
                checked, [&](const QString& table) { return integrity(db, depth, table); }))
            return f;
    }
    // Values too large to read come first: every later check would stumble on them.
    const QStringList shownEverywhere = {QStringLiteral("city")};
    if (std::optional<Finding> f =
            oversized(db, depth == Depth::Thorough ? tableNames(db) : shownEverywhere))
        return f;
    if (std::optional<Finding> f = oneCity(db))
        return f;
    if (std::optional<Finding> f = personalDataList(db, expected.personalData))
        return f;
    if (depth == Depth::Quick)
        return std::nullopt;
    QHash<QString, QStringList> rulesRead = expected.rules;
    if (!checked.isEmpty()) {
        rulesRead.clear();
        for (const QString& table : checked) {
            if (expected.rules.contains(table))
                rulesRead.insert(table, expected.rules.value(table));
        }
    }
    if (std::optional<Finding> f = rules(db, rulesRead))
        return f;
    if (std::optional<Finding> f = eachTable(checked, [&](const QString& table) {
            return references(db, expected.references, table);
        }))
        return f;
    if (depth == Depth::Thorough)
        return valueTypes(db);
    return std::nullopt;
}

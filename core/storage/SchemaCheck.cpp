// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaCheck.h"

#include "Schema.h"

#include "storage/PersonalData.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <array>
#include <mutex>

namespace {

enum class Difference
{
    Extra,
    Changed,
    Missing
};

// Whole sentences for each kind of object, so that each language can say them its own way.
QString describe(Difference difference, const QString& type, const QString& name)
{
    const bool table = type == QLatin1String("table");
    const bool index = type == QLatin1String("index");
    const bool trigger = type == QLatin1String("trigger");
    switch (difference) {
    case Difference::Extra:
        if (table)
            return SchemaCheck::tr("it holds an extra table “%1” that Passerelle does not make")
                .arg(name);
        if (index)
            return SchemaCheck::tr("it holds an extra index “%1” that Passerelle does not make")
                .arg(name);
        if (trigger)
            return SchemaCheck::tr("it holds a trigger “%1” that Passerelle does not make: code "
                                   "that would run when the file is changed")
                .arg(name);
        return SchemaCheck::tr("it holds a view “%1” that Passerelle does not make: code that "
                               "would run when the file is read")
            .arg(name);
    case Difference::Changed:
        if (table)
            return SchemaCheck::tr("its table “%1” is not the one Passerelle makes (columns or "
                                   "rules differ)")
                .arg(name);
        if (index)
            return SchemaCheck::tr("its index “%1” is not the one Passerelle makes").arg(name);
        if (trigger)
            return SchemaCheck::tr("its trigger “%1” is not the one Passerelle makes").arg(name);
        return SchemaCheck::tr("“%1” is a view where Passerelle makes a table").arg(name);
    case Difference::Missing:
        if (table)
            return SchemaCheck::tr("its table “%1” is missing").arg(name);
        if (index)
            return SchemaCheck::tr("its index “%1” is missing").arg(name);
        return SchemaCheck::tr("its trigger “%1” is missing").arg(name);
    }
    return {};
}

// Names read from the file are shown in messages: keep them short and on one line.
QString shown(const QString& name)
{
    QString text = name.simplified();
    if (text.size() > 60)
        text = text.left(59) + QChar(0x2026);
    return text;
}

SchemaCheck::Declared readObjects(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema")))
        return {std::nullopt, query.lastError().text()};
    QList<SchemaCheck::Object> objects;
    while (query.next()) {
        objects.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), SchemaCheck::folded(query.value(3).toString())});
    }
    if (query.lastError().isValid())
        return {std::nullopt, query.lastError().text()};
    return {objects, {}};
}

} // namespace

QString SchemaCheck::folded(const QString& sql)
{
    return sql.simplified();
}

const SchemaCheck::Expected& SchemaCheck::expected()
{
    return expected(Schema::currentVersion);
}

const SchemaCheck::Expected& SchemaCheck::expected(int version)
{
    // Built once per version: the schema a version defines never changes while the program
    // runs, and building it costs more than the rest of the structure check (a file opened
    // twice, the background check, the fuzzer's million openings).
    // Only the versions met are built (nearly always the current one alone); the background
    // check's thread may ask at the same time as the GUI's.
    static std::array<Expected, Schema::currentVersion> wanted;
    static std::array<std::once_flag, Schema::currentVersion> built;
    static const Expected none;
    if (version < 1 || version > Schema::currentVersion)
        return none;
    const auto at = std::size_t(version - 1);
    std::call_once(built[at], [version, at] { wanted[at] = build(version); });
    return wanted[at];
}

SchemaCheck::Expected SchemaCheck::build(int version)
{
    const QString name = QStringLiteral("schema-") + QUuid::createUuid().toString();
    Expected wanted;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open() && Schema::createAt(db, version)) {
            wanted.objects = readObjects(db).objects.value_or(QList<Object>{});
            for (const Object& object : std::as_const(wanted.objects)) {
                if (object.type != QLatin1String("table"))
                    continue;
                const QStringList rules = checkExpressions(object.sql);
                if (!rules.isEmpty())
                    wanted.rules.insert(object.name, rules);
            }
            wanted.references = references(db);
            // The rows Schema::createAt wrote: a version's own list (version 3 added the
            // partner's contact person), the catalogue's for the current one.
            wanted.personalData = personalDataRows(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return wanted;
}

QString SchemaCheck::personalDataRow(const QString& table, const QString& column,
                                     const QString& privateFlag)
{
    return table + QLatin1Char('.') + column + QLatin1Char('/') + privateFlag;
}

QStringList SchemaCheck::personalDataRows(const QSqlDatabase& db)
{
    QStringList rows;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT table_name, column_name, "
                                  "coalesce(private_flag_column, '') FROM personal_data"))) {
        while (query.next())
            rows << personalDataRow(query.value(0).toString(), query.value(1).toString(),
                                    query.value(2).toString());
    }
    rows.sort();
    return rows;
}

SchemaCheck::Declared SchemaCheck::read(const QSqlDatabase& db)
{
    return readObjects(db);
}

QList<SchemaCheck::Reference> SchemaCheck::references(const QSqlDatabase& db)
{
    // pragma_foreign_key_list numbers a table's keys from the last declared.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\" FROM sqlite_schema m, "
            "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' "
            "ORDER BY m.rowid, f.id DESC, f.seq")))
        return {};
    QList<Reference> found;
    QString table;
    int id = -1;
    while (query.next()) {
        if (query.value(0).toString() != table || query.value(1).toInt() != id) {
            table = query.value(0).toString();
            id = query.value(1).toInt();
            found.append({table, {}, query.value(2).toString(), {}});
        }
        found.last().columns << query.value(3).toString();
        found.last().parentColumns << query.value(4).toString();
    }
    for (Reference& reference : found) {
        if (!reference.parentColumns.contains(QString()))
            continue;
        QSqlQuery key(db);
        key.prepare(
            QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"));
        key.addBindValue(reference.parent);
        reference.parentColumns.clear();
        if (key.exec()) {
            while (key.next())
                reference.parentColumns << key.value(0).toString();
        }
    }
    return found;
}

QStringList SchemaCheck::checkExpressions(const QString& createTable)
{
    // Passerelle's own schema text: CHECK followed by a parenthesised expression whose string
    // literals hold no quote of their own kind.
    QStringList expressions;
    static const QRegularExpression check(QStringLiteral("\\bCHECK\\s*\\("));
    auto it = check.globalMatch(createTable);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        int depth = 1;
        bool quoted = false;
        const qsizetype start = m.capturedEnd();
        qsizetype i = start;
        for (; i < createTable.size() && depth > 0; ++i) {
            const QChar c = createTable.at(i);
            if (c == QLatin1Char('\''))
                quoted = !quoted;
            else if (!quoted && c == QLatin1Char('('))
                ++depth;
            else if (!quoted && c == QLatin1Char(')'))
                --depth;
        }
        if (depth == 0)
            expressions << createTable.mid(start, i - 1 - start).trimmed();
    }
    return expressions;
}

std::optional<QString> SchemaCheck::compare(const QList<Object>& found, const QList<Object>& wanted)
{
    for (const Object& object : found) {
        const auto same = std::find_if(wanted.begin(), wanted.end(), [&](const Object& w) {
            return w.name.compare(object.name, Qt::CaseInsensitive) == 0;
        });
        if (same == wanted.end())
            return describe(Difference::Extra, object.type, shown(object.name));
        if (!(*same == object))
            return describe(Difference::Changed, object.type, shown(object.name));
    }
    for (const Object& object : wanted) {
        const bool present = std::any_of(found.begin(), found.end(), [&](const Object& f) {
            return f.name.compare(object.name, Qt::CaseInsensitive) == 0;
        });
        if (!present)
            return describe(Difference::Missing, object.type, shown(object.name));
    }
    return std::nullopt;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShareSummary.h"

#include "share/SqlName.h"
#include "storage/PersonalData.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace {

Result<qint64> countRows(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql) || !q.next())
        return Error{q.lastError().text()};
    return q.value(0).toLongLong();
}

// What a row holds in a personal column: an empty text is not personal data left out.
QString holds(const PersonalData::Column& c)
{
    QString where = sqlName(c.column) + QStringLiteral(" <> ''");
    if (!c.privateFlag.isEmpty())
        where += QStringLiteral(" AND ") + sqlName(c.privateFlag) + QStringLiteral(" <> 0");
    return where;
}

} // namespace

const QStringList& ShareSummary::tablesNeverShared()
{
    static const QStringList tables = {QStringLiteral("partner_import"),
                                       QStringLiteral("merge_base")};
    return tables;
}

Result<QList<ShareSummary::Item>>
ShareSummary::leftOut(const QSqlDatabase& db, bool withPersonalData, const QString& schema)
{
    QList<Item> items;
    const QString prefix = sqlName(schema) + QLatin1Char('.');
    if (!withPersonalData) {
        // Each table read once for all its personal columns (contact persons have five): the
        // counts come in the order of PersonalData::columns().
        QStringList tables;
        for (const PersonalData::Column& c : PersonalData::columns()) {
            if (!tables.contains(c.table))
                tables.append(c.table);
        }
        QHash<QString, QList<qint64>> counts;
        for (const QString& table : tables) {
            QStringList counted;
            for (const PersonalData::Column& c : PersonalData::columns()) {
                if (c.table == table)
                    counted.append(QStringLiteral("count(CASE WHEN %1 THEN 1 END)").arg(holds(c)));
            }
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT ") + counted.join(QLatin1Char(',')) +
                        QStringLiteral(" FROM ") + prefix + sqlName(table)) ||
                !q.next())
                return Error{q.lastError().text()};
            for (int i = 0; i < counted.size(); ++i)
                counts[table].append(q.value(i).toLongLong());
        }
        for (const PersonalData::Column& c : PersonalData::columns()) {
            const qint64 n = counts[c.table].takeFirst();
            if (n > 0)
                items.append({c.table, c.column, n, describe(c.table, c.column, n)});
        }
    }
    for (const QString& table : tablesNeverShared()) {
        Result<qint64> n =
            countRows(db, QStringLiteral("SELECT count(*) FROM ") + prefix + sqlName(table));
        if (!n)
            return n.error();
        if (n.value() > 0)
            items.append({table, QString(), n.value(), describe(table, QString(), n.value())});
    }
    return items;
}

QString ShareSummary::describe(const QString& table, const QString& column, qint64 count)
{
    const int n = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    const auto is = [&](const char* t, const char* c) {
        return table == QLatin1String(t) && column == QLatin1String(c);
    };
    if (is("contact_person", "name"))
        return tr("%n contact person's name(s)", nullptr, n);
    if (is("contact_person", "role"))
        return tr("%n contact person's role(s)", nullptr, n);
    if (is("contact_person", "email"))
        return tr("%n contact person's e-mail address(es)", nullptr, n);
    if (is("contact_person", "phone"))
        return tr("%n contact person's phone number(s)", nullptr, n);
    if (is("contact_person", "preferred_language"))
        return tr("%n contact person's preferred language(s)", nullptr, n);
    if (is("stakeholder", "notes"))
        return tr("%n private note(s) on stakeholders", nullptr, n);
    if (is("answer", "answered_by"))
        return tr("who gave %n checklist answer(s)", nullptr, n);
    if (is("consultation", "participants"))
        return tr("participants of %n consultation(s)", nullptr, n);
    if (is("progress_entry", "author"))
        return tr("authors of %n progress entry(ies)", nullptr, n);
    if (is("exchange", "participants"))
        return tr("participants of %n exchange(s)", nullptr, n);
    if (is("partner_city", "contact_name"))
        return tr("%n partner city's contact person(s)", nullptr, n);
    if (is("partner_city", "contact_email"))
        return tr("%n partner city's contact e-mail address(es)", nullptr, n);
    if (is("partner_city", "contact_phone"))
        return tr("%n partner city's contact phone number(s)", nullptr, n);
    if (is("partner_import", ""))
        return tr("your record of imports from %n partner city(ies)", nullptr, n);
    if (is("merge_base", ""))
        return tr("the base of your next merges: %n record(s) as partners last shared them",
                  nullptr, n);
    if (column.isEmpty())
        return tr("%n row(s) of %1", nullptr, n).arg(table);
    return tr("%n value(s) of %1.%2", nullptr, n).arg(table, column);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/MergeSource.h"

#include "common/RecordMeta.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

Error unreadable(const QString& detail)
{
    return Error{MergeSource::tr("The partner’s file could not be read (%1). Nothing was "
                                 "imported; ask the partner city to share its file again.")
                     .arg(detail)};
}

} // namespace

Result<MergeSource> MergeSource::open(QSqlDatabase db)
{
    MergeSource source(std::move(db));
    QSqlQuery query(source.m_db);
    if (!query.exec(QStringLiteral("SELECT id, name, country FROM city")))
        return unreadable(query.lastError().text());
    int count = 0;
    while (query.next()) {
        ++count;
        source.m_cityId = query.value(0).toString();
        source.m_cityName = query.value(1).toString();
        source.m_country = query.value(2).toString();
    }
    if (count != 1 || source.m_cityId.size() != 36)
        return Error{tr("The partner’s file does not name its city (it should hold exactly one "
                        "city). Nothing was imported; ask the partner city to share its file "
                        "again.")};
    // Optional: a file shared before sharing wrote it, or one copied by hand, has none.
    QSqlQuery meta(source.m_db);
    meta.prepare(QStringLiteral("SELECT value FROM file_meta WHERE key = ?"));
    meta.addBindValue(QStringLiteral("shared_at"));
    if (meta.exec() && meta.next()) {
        const QString text = meta.value(0).toString();
        if (RecordMeta::fromText(text).isValid())
            source.m_sharedAt = text;
    }
    return source;
}

QStringList MergeSource::columnsOf(const TableDescription& table) const
{
    QSqlQuery info(m_db);
    QStringList present;
    // PRAGMA table_info takes no bound value; the name is the catalogue's.
    if (info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table.tableName()))) {
        while (info.next())
            present << info.value(1).toString();
    }
    QStringList columns;
    for (const ColumnDescription& c : table.columns) {
        if (present.contains(c.columnName()))
            columns << c.columnName();
    }
    return columns;
}

Result<QList<QVariantMap>> MergeSource::rows(const TableDescription& table) const
{
    const QStringList columns = columnsOf(table);
    QList<QVariantMap> out;
    if (!columns.contains(QLatin1String(TableDescription::idColumn)))
        return out;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                        .arg(columns.join(QStringLiteral(", ")), table.tableName())))
        return unreadable(query.lastError().text());
    while (query.next()) {
        QVariantMap row;
        for (qsizetype i = 0; i < columns.size(); ++i)
            row.insert(columns.at(i), query.value(int(i)));
        out << row;
    }
    if (query.lastError().isValid())
        return unreadable(query.lastError().text());
    return out;
}

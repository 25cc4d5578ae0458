// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include "storage/PersonalData.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

QStringList Schema::statements(int version)
{
    QFile file(QStringLiteral(":/passerelle/schema_v%1.sql").arg(version));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList result;
    QString current;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            result << current.trimmed();
            current.clear();
        }
    }
    return result;
}

Result<void> Schema::upgradeTo(QSqlDatabase db, int version)
{
    const QStringList sql = statements(version);
    if (sql.isEmpty())
        return Error{QStringLiteral("schema resource missing")};
    QSqlQuery query(db);
    for (const QString& statement : sql) {
        if (!query.exec(statement))
            return Error{query.lastError().text()};
    }
    return {};
}

Result<void> Schema::create(QSqlDatabase db)
{
    return createAt(db, currentVersion);
}

Result<void> Schema::listPersonalColumns(QSqlDatabase db)
{
    // The catalogue's personal columns that this version's tables have, in the order version 1
    // always wrote them.
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO personal_data (table_name, column_name, private_flag_column) "
        "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM pragma_table_info(?) WHERE name = ?)"));
    for (const PersonalData::Column& c : PersonalData::columns()) {
        query.addBindValue(c.table);
        query.addBindValue(c.column);
        query.addBindValue(c.privateFlag.isEmpty() ? QVariant() : QVariant(c.privateFlag));
        query.addBindValue(c.table);
        query.addBindValue(c.column);
        if (!query.exec())
            return Error{query.lastError().text()};
    }
    return {};
}

Result<void> Schema::createAt(QSqlDatabase db, int version)
{
    // Version 1 and then every step a file of version 1 would go through: a new file's schema
    // is, text for text, the one an updated file ends with, so one check fits both. The personal
    // columns of version 1 are listed right after its tables, as in every version-1 file, so
    // that a new file's personal_data rows are a migrated file's, rowid for rowid; a later
    // version's script lists its own.
    QSqlQuery query(db);
    for (int v = 1; v <= version; ++v) {
        if (Result<void> r = upgradeTo(db, v); !r)
            return r;
        if (v == 1) {
            if (Result<void> r = listPersonalColumns(db); !r)
                return r;
        }
    }
    // PRAGMA takes no bound parameters; both values are numbers.
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)) ||
        !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return Error{query.lastError().text()};
    return {};
}

QStringList Schema::recordTables(QSqlDatabase db)
{
    QStringList tables;
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS "
                       "(SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'origin_city') "
                       "ORDER BY m.rowid"));
    if (query.exec()) {
        while (query.next())
            tables << query.value(0).toString();
    }
    return tables;
}

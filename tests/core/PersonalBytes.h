// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/Catalogue.h"
#include "storage/PersonalData.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

// The personal data a city file holds, as text, and where any of it appears in the raw bytes of
// another file: one pass over the bytes, however many values (a 50,000-stakeholder file holds
// hundreds of thousands), so that the test searches the bytes, not the tables.
namespace PersonalBytes {

// A file's raw bytes (empty when it cannot be read).
inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Value
{
    QString table;
    QString column;
    QByteArray text;
};

// Every value of a personal column (PersonalData, from the catalogue) that db holds, where its
// row's private flag, if any, is set; each value once. Values shorter than minLength are skipped:
// "fr" or "Chair" are words any file holds.
inline QList<Value> collect(const QSqlDatabase& db, int minLength = 6)
{
    QList<Value> values;
    QSet<QByteArray> seen;
    for (const PersonalData::Column& c : PersonalData::columns()) {
        QString sql = QStringLiteral("SELECT \"%1\" FROM \"%2\"").arg(c.column, c.table);
        if (!c.privateFlag.isEmpty())
            sql += QStringLiteral(" WHERE \"%1\" <> 0").arg(c.privateFlag);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            continue;
        while (q.next()) {
            const QByteArray text = q.value(0).toString().toUtf8();
            if (text.size() >= minLength && !seen.contains(text)) {
                seen.insert(text);
                values.append({c.table, c.column, text});
            }
        }
    }
    return values;
}

// The values found in bytes (each once).
inline QList<Value> foundIn(const QByteArray& bytes, const QList<Value>& values)
{
    constexpr int keyLength = 6;
    const auto key = [](const char* p) {
        quint64 k = 0;
        for (int i = 0; i < keyLength; ++i)
            k = (k << 8) | quint8(p[i]);
        return k;
    };
    QHash<quint64, QList<int>> byKey;
    for (int i = 0; i < values.size(); ++i)
        byKey[key(values[i].text.constData())].append(i);
    QList<bool> seen(values.size(), false);
    const char* data = bytes.constData();
    for (qsizetype at = 0; at + keyLength <= bytes.size(); ++at) {
        const auto hit = byKey.constFind(key(data + at));
        if (hit == byKey.cend())
            continue;
        for (int i : *hit) {
            const QByteArray& text = values[i].text;
            if (!seen[i] && at + text.size() <= bytes.size() &&
                memcmp(data + at, text.constData(), size_t(text.size())) == 0)
                seen[i] = true;
        }
    }
    QList<Value> found;
    for (int i = 0; i < values.size(); ++i) {
        if (seen[i])
            found.append(values[i]);
    }
    return found;
}

// A value the catalogue does not mark as personal may repeat a personal one (a contact's
// name in a meeting's minutes, a role that is also a stakeholder's name): the shared file
// carries that column as the officer wrote it.
inline bool inSharedColumns(const QSqlDatabase& db, const QByteArray& text)
{
    for (const TableDescription& table : Catalogue::tables()) {
        for (const ColumnDescription& c : table.columns) {
            if (c.type != ColumnDescription::Type::Text ||
                c.personal == ColumnDescription::Personal::Always)
                continue;
            // A note is shared where it is not private.
            const QString shared =
                c.privateFlag ? QStringLiteral(" AND \"%1\" = 0").arg(QLatin1String(c.privateFlag))
                              : QString();
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE instr(\"%2\", ?) > 0")
                          .arg(table.tableName(), c.columnName()) +
                      shared);
            q.addBindValue(QString::fromUtf8(text));
            if (q.exec() && q.next() && q.value(0).toInt() > 0)
                return true;
        }
    }
    return false;
}

} // namespace PersonalBytes

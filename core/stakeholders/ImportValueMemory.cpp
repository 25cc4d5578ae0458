// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportValueMemory.h"

#include "stakeholders/ImportValueChoices.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

ImportValueMemory::ImportValueMemory(QSqlDatabase db) : m_db(std::move(db)) {}

QString ImportValueMemory::key()
{
    return QStringLiteral("stakeholder_import_values");
}

std::optional<QString> ImportValueMemory::read() const
{
    // Another program may have stored anything under the key: its length is asked first, so
    // that a huge value is never brought into memory.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM file_meta WHERE key = ? AND typeof(value) = "
                             "'text' AND length(value) <= ?"));
    q.addBindValue(key());
    q.addBindValue(ImportValueChoices::maxStoredChars);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Result<void> ImportValueMemory::write(const std::optional<QString>& value)
{
    QSqlQuery q(m_db);
    if (value) {
        q.prepare(QStringLiteral("INSERT INTO file_meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key());
        q.addBindValue(*value);
    } else {
        q.prepare(QStringLiteral("DELETE FROM file_meta WHERE key = ?"));
        q.addBindValue(key());
    }
    if (!q.exec())
        return Error{q.lastError().text()};
    return {};
}

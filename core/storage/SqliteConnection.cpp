// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteConnection.h"

#include <QSqlError>
#include <QUrl>
#include <QUuid>

SqliteConnection::SqliteConnection(QString name, Mode mode) : m_name(std::move(name)), m_mode(mode)
{
}

SqliteConnection::~SqliteConnection()
{
    m_defences.reset();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const QString& path, Mode mode)
{
    auto connection = std::unique_ptr<SqliteConnection>(new SqliteConnection(
        QStringLiteral("passerelle-") + QUuid::createUuid().toString(QUuid::WithoutBraces), mode));
    QSqlDatabase& db = connection->m_db;
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection->m_name);
    switch (mode) {
    case Mode::ReadWrite:
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        break;
    case Mode::ReadOnly:
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
        break;
    case Mode::Immutable:
        // A file: URI, fully percent-encoded so that '?', '#' and '%' in a name stay a name.
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?mode=ro&immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        break;
    }
    if (!db.open())
        return Error{db.lastError().text()};
    Result<std::unique_ptr<ConnectionDefences>> defences = ConnectionDefences::apply(db);
    if (!defences)
        return defences.error();
    connection->m_defences = defences.take();
    return connection;
}

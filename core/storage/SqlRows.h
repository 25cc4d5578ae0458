// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

// The rows of a prepared SELECT, stepped on the connection's own SQLite handle. A city file's
// text is UTF-8; Qt's driver asks SQLite for every value as UTF-16, and SQLite converting each
// one was half the time of reading a plan's rows (the status report of 2,000 actions). Here
// text is read as stored and made a QString by Qt's UTF-8 decoder. Values bind and read as
// Qt's driver does: text, whole numbers (bool as 0/1), decimals, bytes, NULL; anything else as
// its text.
class SqlRows
{
public:
    SqlRows(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings = {});
    ~SqlRows();
    SqlRows(const SqlRows&) = delete;
    SqlRows& operator=(const SqlRows&) = delete;

    // False when the statement could not be prepared or bound, or a step failed: error() says.
    bool isValid() const { return m_statement != nullptr && m_error.isEmpty(); }
    QString error() const { return m_error; }

    // The next row; false at the end and on an error.
    bool next();
    // A column of the current row: qlonglong, double, QString, QByteArray, or a null QString.
    QVariant value(int column) const;

private:
    bool bind(int index, const QVariant& value);

    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

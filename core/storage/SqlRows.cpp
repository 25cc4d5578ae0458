// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlRows.h"

#include "SqliteHandle.h"

#include <QByteArray>
#include <QDateTime>
#include <QTime>

#include <sqlite3.h>

SqlRows::SqlRows(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle) {
        m_error = QStringLiteral("not an open SQLite connection");
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &m_statement, nullptr) !=
            SQLITE_OK ||
        !m_statement) {
        m_error = QString::fromUtf8(sqlite3_errmsg(handle));
        return;
    }
    if (bindings.size() != sqlite3_bind_parameter_count(m_statement)) {
        m_error = QStringLiteral("parameter count mismatch");
        return;
    }
    for (int i = 0; i < bindings.size(); ++i) {
        if (!bind(i + 1, bindings.at(i))) {
            m_error = QString::fromUtf8(sqlite3_errmsg(handle));
            return;
        }
    }
}

SqlRows::~SqlRows()
{
    sqlite3_finalize(m_statement);
}

bool SqlRows::bind(int index, const QVariant& value)
{
    int result = SQLITE_OK;
    if (value.isNull()) {
        result = sqlite3_bind_null(m_statement, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            result = sqlite3_bind_blob64(m_statement, index, bytes.constData(),
                                         sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::Int:
        case QMetaType::Bool:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            result = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            result = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        case QMetaType::QDateTime:
            return bind(index, value.toDateTime().toString(Qt::ISODateWithMs));
        case QMetaType::QTime:
            return bind(index, value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")));
        default: {
            const QByteArray text = value.toString().toUtf8();
            result =
                sqlite3_bind_text64(m_statement, index, text.constData(),
                                    sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
            break;
        }
        }
    }
    return result == SQLITE_OK;
}

bool SqlRows::next()
{
    if (!isValid())
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return false;
}

QVariant SqlRows::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB: {
        const void* data = sqlite3_column_blob(m_statement, column);
        return QVariant(
            QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    default:
        return QVariant(QMetaType::fromType<QString>());
    }
}

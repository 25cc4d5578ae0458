// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableSelect.h"

#include "catalogue/Catalogue.h"

TableSelect::TableSelect(const char* table) : m_table(Catalogue::table(QLatin1String(table)))
{
    // A name that is not described is a mistake in Passerelle's code, never in a file.
    Q_ASSERT_X(m_table, "TableSelect", table);
    m_columns = m_table->columnNames();
    m_select = QStringLiteral("SELECT %1 FROM %2")
                   .arg(m_columns.join(QStringLiteral(", ")), m_table->tableName());
}

TableSelect::TableSelect(const char* table, std::initializer_list<const char*> columns)
    : m_table(Catalogue::table(QLatin1String(table)))
{
    Q_ASSERT_X(m_table, "TableSelect", table);
    for (const char* name : columns) {
        Q_ASSERT_X(m_table->indexOf(QLatin1String(name)) >= 0, "TableSelect", name);
        m_columns << QLatin1String(name);
    }
    m_select = QStringLiteral("SELECT %1 FROM %2")
                   .arg(m_columns.join(QStringLiteral(", ")), m_table->tableName());
}

QString TableSelect::sql(const QString& tail) const
{
    return tail.isEmpty() ? m_select : m_select + QLatin1Char(' ') + tail;
}

int TableSelect::column(const char* name) const
{
    const int index = int(m_columns.indexOf(QLatin1String(name)));
    Q_ASSERT_X(index >= 0, "TableSelect::column", name);
    return index;
}

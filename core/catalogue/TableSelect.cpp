// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableSelect.h"

#include "catalogue/Catalogue.h"

TableSelect::TableSelect(const char* table) : m_table(Catalogue::table(QLatin1String(table)))
{
    // A name that is not described is a mistake in Passerelle's code, never in a file.
    Q_ASSERT_X(m_table, "TableSelect", table);
    m_select = QStringLiteral("SELECT %1 FROM %2")
                   .arg(m_table->columnNames().join(QStringLiteral(", ")), m_table->tableName());
}

QString TableSelect::sql(const QString& tail) const
{
    return tail.isEmpty() ? m_select : m_select + QLatin1Char(' ') + tail;
}

int TableSelect::column(const char* name) const
{
    const int index = m_table->indexOf(QLatin1String(name));
    Q_ASSERT_X(index >= 0, "TableSelect::column", name);
    return index;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A table, column or schema name quoted for SQL. Sharing names the catalogue's tables and
// columns in its statements (they are compiled in, never read from a file); quoting keeps a
// name a name all the same.
inline QString sqlName(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

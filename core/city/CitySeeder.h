// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/CityFile.h"

#include <QSqlDatabase>

// What every new city file starts with: the built-in themes and the empty profile sections,
// in the file's language. Runs inside the file's creation transaction.
class CitySeeder
{
public:
    static Result<void> seed(QSqlDatabase db, const QString& cityId, const QString& language);
    // A new city file, seeded in the city's language, opened for editing.
    static CityFile::OpenResult createFile(const QString& path, const CityFile::NewCity& city);
};

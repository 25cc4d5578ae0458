// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/CityFile.h"

#include <QSqlDatabase>

// What every new city file starts with: the built-in themes, the empty profile sections and
// the built-in service-access checklists, in the file's language. Runs inside the file's
// creation transaction.
class CitySeeder
{
public:
    enum class Checklists
    {
        Builtin,
        // For tests that build their own checklist under a built-in key.
        None
    };

    static Result<void> seed(QSqlDatabase db, const QString& cityId, const QString& language,
                             Checklists checklists = Checklists::Builtin);
    // A new city file, seeded in the city's language, opened for editing.
    static CityFile::OpenResult createFile(const QString& path, const CityFile::NewCity& city,
                                           Checklists checklists = Checklists::Builtin);
};

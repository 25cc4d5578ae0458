// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// Where a city file remembers what unrecognised values of a stakeholder CSV mean: the JSON of
// ImportValueChoices under one key of file_meta (docs/file-format.md). Writes join the
// caller's transaction, so that the import and what it remembers are one change.
class ImportValueMemory
{
public:
    explicit ImportValueMemory(QSqlDatabase db);

    static QString key();

    // The stored text; nullopt when there is none, or when it is not text or longer than
    // ImportValueChoices::maxStoredChars (such a value is never read whole).
    std::optional<QString> read() const;
    // Stores value, or removes the key when there is none.
    Result<void> write(const std::optional<QString>& value);

private:
    QSqlDatabase m_db;
};

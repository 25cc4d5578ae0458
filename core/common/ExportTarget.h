// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

// Where an export writes (calendar, report): refused when the file exists and the officer did
// not agree to replace it, or when its folder is missing. The same words for every export.
class ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(ExportTarget)

public:
    static Result<void> check(const QString& path, bool overwrite);
    // The message for a file that could not be opened or saved (QSaveFile's error).
    static Error cannotWrite(const QString& path, const QString& reason);
    static Error cannotSave(const QString& path, const QString& reason);
};

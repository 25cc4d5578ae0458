// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

// What an export dialog asks before writing a file the officer chose: whether an existing file
// may be replaced, then whether the target can be written at all (ExportTarget).
class OutputFileQuestion
{
    Q_DECLARE_TR_FUNCTIONS(OutputFileQuestion)

public:
    // Whether to overwrite path (asked with replaceQuestion, which names the file, when it
    // exists); an error, for the dialog's message bar, when the officer keeps the file or the
    // target cannot be written: nothing is to be written then.
    static Result<bool> ask(QWidget* parent, const QString& path, const QString& replaceQuestion);
};

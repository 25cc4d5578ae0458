// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/FileError.h"
#include "storage/SideFiles.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

// Brings a writable file whose last change was interrupted back to its last committed state,
// the way SQLite promises (the journal's pages are written back), without risking the file
// itself: the file and its journal (or write-ahead log) are copied, SQLite rolls the copy back,
// the copy is checked like any file being opened, and only a copy that passes replaces the
// file. A journal crafted to scribble over the file therefore leaves the file and the journal
// exactly as they were, and the officer is told the file is damaged.
class Recovery
{
    Q_DECLARE_TR_FUNCTIONS(Recovery)

public:
    enum class Outcome
    {
        None,
        // A rollback journal was played back: the last unfinished change is undone.
        UndidInterruptedChange,
        // A write-ahead log left by another program was taken into the file.
        TookInLog,
    };

    // The checks a recovered copy must pass before it replaces the file (the opening checks).
    using Check = std::function<std::optional<FileError>(const QString& copyPath)>;

    // What to tell the officer, once, after an opening that recovered; empty for None.
    static QString notice(Outcome outcome);

    static Result<Outcome, FileError> run(const QString& path, const SideFiles& side, bool walMode,
                                          const Check& check);
};

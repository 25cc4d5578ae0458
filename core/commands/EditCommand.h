// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QUndoCommand>

class CityFile;

// Base of every edit: an undoable step that is stored in the file the moment it is done or
// undone. When the file refuses the write, the step drops out of the undo stack (obsolete) and
// the file reports the failure for the shell to show.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(CityFile* file, const QString& text, QUndoCommand* parent = nullptr);

    // The last failure, for callers without a shell (the CLI, tests).
    QString lastError() const { return m_lastError; }

protected:
    // Returns r.ok(); on failure marks the step obsolete and reports the message.
    bool check(const Result<void>& r);

private:
    CityFile* m_file;
    QString m_lastError;
};

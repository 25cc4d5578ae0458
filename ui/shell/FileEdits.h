// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"

#include <QList>
#include <QString>

class QUndoCommand;

// Pushes a pane's edits onto the file's undo stack and tells whether the file stored
// them. A command the file refuses drops out of the stack by itself (EditCommand marks it
// obsolete), so the only trace of the failure is the file's report, caught here.
class FileEdits
{
public:
    // Several commands become one undo step named text. Returns the failure, empty on success.
    static QString push(const PaneContext& context, const QList<QUndoCommand*>& commands,
                        const QString& text = {});
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileEdits.h"

#include "common/TextLimits.h"
#include "storage/CityFile.h"

#include <QUndoStack>

QString FileEdits::push(const PaneContext& context, const QList<QUndoCommand*>& commands,
                        const QString& text)
{
    QString failure;
    QObject watcher;
    QObject::connect(&context.file, &CityFile::writeFailed, &watcher,
                     [&failure](const QString& message) {
                         if (failure.isEmpty())
                             failure = message;
                     });
    const bool macro = commands.size() > 1;
    if (macro)
        context.undoStack.beginMacro(TextLimits::shortened(text));
    for (QUndoCommand* command : commands)
        context.undoStack.push(command);
    if (macro)
        context.undoStack.endMacro();
    return failure;
}

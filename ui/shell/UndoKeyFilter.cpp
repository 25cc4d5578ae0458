// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoKeyFilter.h"

#include <QKeyEvent>
#include <QUndoStack>

UndoKeyFilter::UndoKeyFilter(QUndoStack& stack, std::function<void()> commitPending,
                             QObject* parent)
    : QObject(parent), m_stack(stack), m_commitPending(std::move(commitPending))
{
}

void UndoKeyFilter::watch(QObject* editor)
{
    editor->installEventFilter(this);
}

bool UndoKeyFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo);
    if (!undo && !redo)
        return QObject::eventFilter(watched, event);
    m_commitPending();
    if (event->type() == QEvent::ShortcutOverride) {
        // Not accepted: the window's Undo/Redo shortcut runs, on the stack just committed to.
        event->ignore();
        return true;
    }
    // No window shortcut took the key (a pane shown on its own): undo here.
    if (undo)
        m_stack.undo();
    else
        m_stack.redo();
    return true;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QUndoStack;

// Makes Ctrl+Z in a pane's text fields undo the file's last step, like everywhere else in
// the window, instead of a private history of keystrokes the file never saw. What is being
// typed is committed first, so the undo takes back exactly that.
class UndoKeyFilter : public QObject
{
    Q_OBJECT

public:
    UndoKeyFilter(QUndoStack& stack, std::function<void()> commitPending,
                  QObject* parent = nullptr);

    // Watches an editor (line edit, spin box, plain text edit).
    void watch(QObject* editor);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QUndoStack& m_stack;
    std::function<void()> m_commitPending;
};

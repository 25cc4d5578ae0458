// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimelineDrag.h"

#include <QObject>
#include <QPersistentModelIndex>

class QKeyEvent;
class QMouseEvent;
class QTreeView;
class TimelineView;

// What the officer's hands do to the timeline's marks. The mouse: a press selects the row in
// the tree, a drag moves a bar, one of its ends or a milestone, Escape cancels it. The
// keyboard, on the selected action or milestone: Left and Right move it by a day, with Shift
// by a week (a week at every zoom: plans slip by days and weeks, and a step that changed with
// the zoom would surprise); Ctrl moves the action's end and Alt its start, as dragging an end
// does. An end never passes the other. Nothing is written here: a drag ends in datesEdited
// or dueDateEdited, a key in datesStepped or dueDateStepped, which the pane makes undo steps.
class TimelineInteraction : public QObject
{
    Q_OBJECT

public:
    using Part = TimelineDrag::Part;

    TimelineInteraction(TimelineView* view, QTreeView* tree);

    const TimelineDrag& drag() const { return m_drag; }
    void setReadOnly(bool readOnly);

    // The view's events; each returns whether it took the event.
    bool mousePress(QMouseEvent* event);
    bool mouseMove(QMouseEvent* event);
    bool mouseRelease(QMouseEvent* event);
    bool keyPress(QKeyEvent* event);
    // Forgets the mark pressed (Escape, another model, read-only).
    void cancelDrag();
    // The keys' steps made from now on are an undo step of their own, not merged with the
    // ones before: the timeline lost the focus, or the mouse took over.
    void endSteps();

signals:
    // A bar dragged: the action's new first and last day (inclusive). Emitted once, on release.
    void datesEdited(const QModelIndex& index, const QDate& start, const QDate& end);
    // A milestone dragged to a new due date.
    void dueDateEdited(const QModelIndex& index, const QDate& due);
    // A key pressed on the selected action or milestone. Steps of the same session (the
    // same run of key presses) may be merged into one undo step; a session is never 0.
    void datesStepped(const QModelIndex& index, const QDate& start, const QDate& end, int session);
    void dueDateStepped(const QModelIndex& index, const QDate& due, int session);

private:
    // The current row of the tree when it is selected and has a mark the keys may move.
    QModelIndex steppable() const;
    void updateCursor(const QPoint& viewportPoint);

    TimelineView* m_view;
    QTreeView* m_tree;
    TimelineDrag m_drag;
    bool m_readOnly = false;
    int m_session = 1;
};

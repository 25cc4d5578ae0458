// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineInteraction.h"

#include "TimelineItem.h"
#include "TimelineView.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTreeView>

namespace {

// Shift and an arrow: a week, the step a planner moves a date by when a day is too little.
constexpr int weekDays = 7;

} // namespace

TimelineInteraction::TimelineInteraction(TimelineView* view, QTreeView* tree)
    : QObject(view), m_view(view), m_tree(tree)
{
}

void TimelineInteraction::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    cancelDrag();
}

bool TimelineInteraction::mousePress(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    cancelDrag();
    endSteps();
    const TimelineView::Hit hit = m_view->hitTest(event->position().toPoint());
    if (!hit.index.isValid())
        return true;
    // The row is selected in the tree, which draws it and tells the pane.
    if (QItemSelectionModel* selection = m_tree->selectionModel()) {
        const bool toggle = event->modifiers() & Qt::ControlModifier;
        selection->setCurrentIndex(hit.index, (toggle ? QItemSelectionModel::Toggle
                                                      : QItemSelectionModel::ClearAndSelect) |
                                                  QItemSelectionModel::Rows);
    }
    if (m_readOnly || hit.part == Part::None)
        return true;
    const TimelineItem item = TimelineItem::read(hit.index);
    m_drag =
        TimelineDrag(hit.index, hit.part, item.first(), item.last(), event->position().toPoint());
    return true;
}

bool TimelineInteraction::mouseMove(QMouseEvent* event)
{
    const QPoint at = event->position().toPoint();
    if (!m_drag.isActive() || !(event->buttons() & Qt::LeftButton)) {
        updateCursor(at);
        return true;
    }
    if (!m_drag.index().isValid()) {
        cancelDrag(); // the row went away under the mouse (an undo elsewhere)
        return true;
    }
    if (!m_drag.follow(at, m_view->scale(), QApplication::startDragDistance()))
        return true;
    if (m_drag.part() == Part::Body || m_drag.part() == Part::Milestone)
        m_view->viewport()->setCursor(Qt::ClosedHandCursor);
    m_view->viewport()->update();
    return true;
}

bool TimelineInteraction::mouseRelease(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_drag.isActive())
        return false;
    const TimelineDrag drag = m_drag;
    cancelDrag();
    updateCursor(event->position().toPoint());
    if (!drag.isDragging() || !drag.changed() || !drag.index().isValid())
        return true;
    const QModelIndex index = drag.index();
    if (drag.part() == Part::Milestone)
        emit dueDateEdited(index, drag.start());
    else
        emit datesEdited(index, drag.start(), drag.end());
    return true;
}

bool TimelineInteraction::keyPress(QKeyEvent* event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape && m_drag.isActive()) {
        cancelDrag();
        return true;
    }
    if (key != Qt::Key_Left && key != Qt::Key_Right)
        return false;
    if (m_drag.isActive())
        return true; // the mouse holds the mark
    const QModelIndex index = steppable();
    if (!index.isValid())
        return false; // nothing to move: the arrows scroll
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int days =
        (modifiers & Qt::ShiftModifier ? weekDays : 1) * (key == Qt::Key_Left ? -1 : 1);
    const TimelineItem item = TimelineItem::read(index);
    Part part = Part::Milestone; // a milestone has one date: every arrow moves it
    if (item.kind == TimelineItem::Kind::Action) {
        part = (modifiers & Qt::ControlModifier) ? Part::EndEdge
               : (modifiers & Qt::AltModifier)   ? Part::StartEdge
                                                 : Part::Body;
    }
    // The same rules as a drag: an end stops at the other, a one-day action.
    TimelineDrag step(index, part, item.first(), item.last());
    step.moveBy(days);
    if (!step.changed())
        return true; // refused: the end would pass the start
    if (part == Part::Milestone)
        emit dueDateStepped(index, step.start(), m_session);
    else
        emit datesStepped(index, step.start(), step.end(), m_session);
    // The date that moved stays in sight.
    const bool startMoved = part == Part::StartEdge || (part != Part::EndEdge && days < 0);
    m_view->ensureDateVisible(startMoved ? step.start() : step.end());
    return true;
}

void TimelineInteraction::cancelDrag()
{
    const bool wasDragging = m_drag.isDragging();
    m_drag = TimelineDrag();
    if (wasDragging) {
        m_view->viewport()->unsetCursor();
        m_view->viewport()->update();
    }
}

void TimelineInteraction::endSteps()
{
    ++m_session;
}

QModelIndex TimelineInteraction::steppable() const
{
    const QItemSelectionModel* selection = m_tree->selectionModel();
    if (m_readOnly || !selection)
        return {};
    const QModelIndex current = selection->currentIndex().siblingAtColumn(0);
    if (!current.isValid() || !selection->isSelected(current))
        return {};
    const TimelineItem item = TimelineItem::read(current);
    if (item.kind == TimelineItem::Kind::Priority || !item.hasBar())
        return {};
    return current;
}

void TimelineInteraction::updateCursor(const QPoint& point)
{
    const Part part = m_readOnly ? Part::None : m_view->hitTest(point).part;
    QWidget* viewport = m_view->viewport();
    switch (part) {
    case Part::StartEdge:
    case Part::EndEdge:
        viewport->setCursor(Qt::SizeHorCursor);
        break;
    case Part::Body:
    case Part::Milestone:
        viewport->setCursor(Qt::OpenHandCursor);
        break;
    case Part::None:
        viewport->unsetCursor();
        break;
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimelineDrag.h"
#include "TimelineRows.h"
#include "TimelineScale.h"

#include <QAbstractScrollArea>
#include <QPointer>

class QAbstractItemModel;
class QItemSelectionModel;
class QTreeView;
class TimelineHeader;
class TimelineInteraction;

// The action plan's Gantt timeline, shown beside the plan's tree: one row per visible row of
// the tree, at the tree's heights and scroll (the tree's vertical scroll bar drives both; the
// wheel over the timeline scrolls the tree), selection shared through the tree's selection
// model. It reads the rows' PlanRoles (plan/PlanRoles.h) and never writes to the model: a
// drag ends in datesEdited or dueDateEdited, the arrow keys on the selected mark in
// datesStepped or dueDateStepped (TimelineInteraction), which the pane turns into undoable
// commands.
// The header's two tiers need two lines of text: the tree's header is given that minimum
// height, since the rows line up only when both headers are as high.
//
// Right to left: the pane places the timeline after the tree in the layout's direction, but
// time runs left to right in every language, as printed Gantt charts and calendars' timelines
// do in Arabic and Hebrew, and as the influence grid's axes do here; a mirrored time axis
// would put the future on the left of the today line in screenshots shared between cities.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    using Zoom = TimelineScale::Zoom;
    using Part = TimelineDrag::Part;
    // What is under a point of the viewport: the row, and the part of its mark (None over the
    // row's empty space or a priority's bracket, which follows its actions).
    struct Hit
    {
        QModelIndex index;
        Part part = Part::None;
    };

    // rows: the plan's tree; its model and selection model are read now (followTreeModel()).
    explicit TimelineView(QTreeView* rows, QWidget* parent = nullptr);

    // Call after giving the tree another model.
    void followTreeModel();

    Zoom zoom() const { return m_zoom; }
    void setZoom(Zoom zoom);
    void zoomIn();
    void zoomOut();

    QDate today() const { return m_today; }
    void setToday(const QDate& today);

    // Read-only (a file opened read-only): bars still select rows but do not move.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Scrolls so that the day is in the middle of the timeline.
    void scrollToDate(const QDate& date);
    // Scrolls as little as needed for the day to be shown whole.
    void ensureDateVisible(const QDate& date);
    void scrollToToday() { scrollToDate(m_today); }

    // The time axis now (the dates shown run from firstDate() to lastDate()).
    const TimelineScale& scale();
    QDate firstDate();
    QDate lastDate();
    int horizontalOffset() const;
    // The x of the middle of a day on the viewport (milestones and the today line sit there).
    qreal dayMiddleX(const QDate& date);
    qreal todayX() { return dayMiddleX(m_today); }

    // Geometry on the viewport, for tests and the pane's tooltips: an action's bar, a
    // priority's bracket, a milestone's diamond box; the baseline under a bar or a milestone's
    // baseline mark. Empty when the row is not shown or has no dates.
    QRectF barRect(const QModelIndex& index);
    QRectF baselineRect(const QModelIndex& index);
    Hit hitTest(const QPoint& viewportPoint);
    // The dates a drag in progress shows (both invalid when none).
    QDate draggedStart() const;
    QDate draggedEnd() const;

signals:
    // A bar dragged: the action's new first and last day (inclusive). Emitted once, on release.
    void datesEdited(const QModelIndex& index, const QDate& start, const QDate& end);
    // A milestone dragged to a new due date.
    void dueDateEdited(const QModelIndex& index, const QDate& due);
    // The arrow keys moved the selected action (or one of its ends) or milestone by a step.
    // Steps of the same session, an unbroken run of key presses, may become one undo step.
    void datesStepped(const QModelIndex& index, const QDate& start, const QDate& end, int session);
    void dueDateStepped(const QModelIndex& index, const QDate& due, int session);
    void zoomChanged(TimelineView::Zoom zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void scheduleRange();
    void ensureRange();
    void updateScrollBars();
    void updateHeaderGeometry();
    void repaintAll();
    bool showToolTip(const QPoint& viewportPoint, const QPoint& globalPoint);

    QTreeView* m_tree;
    TimelineRows m_rows;
    TimelineHeader* m_header;
    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QList<QMetaObject::Connection> m_modelConnections;

    Zoom m_zoom = Zoom::Quarter;
    TimelineScale m_scale;
    QDate m_first;
    QDate m_last;
    bool m_rangeDirty = true;
    bool m_rangeScheduled = false;
    bool m_placed = false; // scrolled to today once the range was first known
    QDate m_today;
    bool m_readOnly = false;

    // The mouse and the keys on the marks: the mark pressed and maybe dragged.
    TimelineInteraction* m_interaction;
};

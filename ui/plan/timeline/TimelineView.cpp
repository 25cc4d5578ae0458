// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineView.h"

#include "TimelineHeader.h"
#include "TimelineItem.h"
#include "TimelineRowPainter.h"
#include "common/TextLimits.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>

#include <algorithm>
#include <cmath>

namespace {

// Room left before the first date and after the last, so that a bar can be dragged beyond.
constexpr int marginDays = 31;

} // namespace

TimelineView::TimelineView(QTreeView* rows, QWidget* parent)
    : QAbstractScrollArea(parent), m_tree(rows), m_rows(rows), m_header(new TimelineHeader(this)),
      m_today(QDate::currentDate())
{
    setAccessibleName(tr("Action plan timeline"));
    setAccessibleDescription(
        tr("The actions and milestones of the plan by date, beside the "
           "tree of the plan. Drag a bar or a milestone to change its dates."));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setLayoutDirection(Qt::LeftToRight);
    horizontalScrollBar()->setLayoutDirection(Qt::LeftToRight);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setMouseTracking(true);
    // The tree's scroll bar is the one the officer uses; the timeline follows it.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    // The header's two tiers need two lines: the tree's header, whose height the rows must
    // match, is made that tall.
    m_tree->header()->setMinimumHeight(m_header->minimumTierHeight());
    m_tree->header()->installEventFilter(this);
    connect(m_tree->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &TimelineView::repaintAll);
    connect(m_tree, &QTreeView::expanded, this, &TimelineView::repaintAll);
    connect(m_tree, &QTreeView::collapsed, this, &TimelineView::repaintAll);
    followTreeModel();
    updateHeaderGeometry();
}

void TimelineView::followTreeModel()
{
    for (const QMetaObject::Connection& c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    cancelDrag();
    m_model = m_tree->model();
    m_selection = m_tree->selectionModel();
    scheduleRange();
    if (!m_model)
        return;
    // Any change may move the first or last date: the range is worked out again once, after
    // the burst of notifications an edit or an undo makes.
    auto changed = [this] {
        scheduleRange();
        viewport()->update();
    };
    using M = QAbstractItemModel;
    m_modelConnections << connect(m_model, &M::dataChanged, this, changed)
                       << connect(m_model, &M::rowsInserted, this, changed)
                       << connect(m_model, &M::rowsRemoved, this, changed)
                       << connect(m_model, &M::rowsMoved, this, changed)
                       << connect(m_model, &M::layoutChanged, this, changed)
                       << connect(m_model, &M::modelReset, this, changed);
    if (m_selection) {
        m_modelConnections << connect(m_selection, &QItemSelectionModel::selectionChanged, this,
                                      &TimelineView::repaintAll)
                           << connect(m_selection, &QItemSelectionModel::currentChanged, this,
                                      &TimelineView::repaintAll);
    }
}

void TimelineView::repaintAll()
{
    viewport()->update();
    m_header->setAxis(m_scale, horizontalOffset(), m_today);
}

void TimelineView::scheduleRange()
{
    m_rangeDirty = true;
    if (m_rangeScheduled)
        return;
    m_rangeScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_rangeScheduled = false;
        ensureRange();
    });
}

void TimelineView::ensureRange()
{
    if (!m_rangeDirty)
        return;
    m_rangeDirty = false;
    // The one walk over the whole model: after changes, never while painting or scrolling.
    auto [first, last] = TimelineItem::span(m_model);
    if (!first.isValid() || m_today < first)
        first = m_today;
    if (!last.isValid() || m_today > last)
        last = m_today;
    const QDate oldOrigin = m_scale.origin();
    const int oldValue = horizontalOffset();
    m_first = TimelineScale::unitStart(TimelineScale::Unit::Month, first.addDays(-marginDays));
    m_last = TimelineScale::nextUnitStart(TimelineScale::Unit::Month, last.addDays(marginDays))
                 .addDays(-1);
    m_scale = TimelineScale(m_first, m_zoom);
    updateScrollBars();
    if (!m_placed) {
        // Shown first around today: what is due now is what the officer opens the plan for.
        m_placed = true;
        scrollToDate(m_today);
    } else {
        // The dates on screen stay where they were when the range grows or shrinks at the left.
        const qreal shift = oldOrigin.daysTo(m_first) * m_scale.pixelsPerDay();
        horizontalScrollBar()->setValue(int(std::lround(oldValue - shift)));
    }
    repaintAll();
}

const TimelineScale& TimelineView::scale()
{
    ensureRange();
    return m_scale;
}

QDate TimelineView::firstDate()
{
    ensureRange();
    return m_first;
}

QDate TimelineView::lastDate()
{
    ensureRange();
    return m_last;
}

int TimelineView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

qreal TimelineView::dayMiddleX(const QDate& date)
{
    ensureRange();
    return m_scale.x(date) + m_scale.pixelsPerDay() / 2 - horizontalOffset();
}

void TimelineView::updateScrollBars()
{
    const int content = int(std::ceil(m_scale.x(m_last.addDays(1))));
    const int width = viewport()->width();
    QScrollBar* bar = horizontalScrollBar();
    bar->setRange(0, std::max(0, content - width));
    bar->setPageStep(width);
    // Left and Right move by about a week at month zoom, a month otherwise.
    bar->setSingleStep(int(m_scale.pixelsPerDay() * (m_zoom == Zoom::Month ? 7 : 30)));
}

void TimelineView::updateHeaderGeometry()
{
    const QHeaderView* treeHeader = m_tree->header();
    const int height = treeHeader->isHidden() ? 0 : treeHeader->height();
    setViewportMargins(0, height, 0, 0);
    const QRect area = contentsRect();
    m_header->setGeometry(area.left(), area.top(), viewport()->width(), height);
    m_header->setVisible(height > 0);
}

void TimelineView::setZoom(Zoom zoom)
{
    if (zoom == m_zoom)
        return;
    ensureRange();
    cancelDrag();
    // The day in the middle stays in the middle.
    const qreal middle = (horizontalOffset() + viewport()->width() / 2.0) / m_scale.pixelsPerDay();
    m_zoom = zoom;
    m_scale = TimelineScale(m_first, m_zoom);
    updateScrollBars();
    horizontalScrollBar()->setValue(
        int(std::lround(middle * m_scale.pixelsPerDay() - viewport()->width() / 2.0)));
    repaintAll();
    emit zoomChanged(zoom);
}

void TimelineView::zoomIn()
{
    if (m_zoom != Zoom::Month)
        setZoom(m_zoom == Zoom::Year ? Zoom::Quarter : Zoom::Month);
}

void TimelineView::zoomOut()
{
    if (m_zoom != Zoom::Year)
        setZoom(m_zoom == Zoom::Month ? Zoom::Quarter : Zoom::Year);
}

void TimelineView::setToday(const QDate& today)
{
    m_today = today;
    scheduleRange();
    repaintAll();
}

void TimelineView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    cancelDrag();
}

void TimelineView::scrollToDate(const QDate& date)
{
    ensureRange();
    const qreal middle = m_scale.x(date) + m_scale.pixelsPerDay() / 2;
    horizontalScrollBar()->setValue(int(std::lround(middle - viewport()->width() / 2.0)));
}

QRectF TimelineView::barRect(const QModelIndex& index)
{
    ensureRange();
    const QRect row = m_rows.rowRect(index, viewport()->width());
    if (row.isEmpty())
        return {};
    const TimelineRowPainter painter(palette(), m_scale, horizontalOffset(), m_today);
    return painter.barRect(TimelineItem::readWithSummary(index), row);
}

QRectF TimelineView::baselineRect(const QModelIndex& index)
{
    ensureRange();
    const QRect row = m_rows.rowRect(index, viewport()->width());
    if (row.isEmpty())
        return {};
    const TimelineRowPainter painter(palette(), m_scale, horizontalOffset(), m_today);
    return painter.baselineRect(TimelineItem::read(index), row);
}

TimelineView::Hit TimelineView::hitTest(const QPoint& point)
{
    ensureRange();
    Hit hit;
    hit.index = m_rows.rowAt(point.y());
    if (!hit.index.isValid())
        return hit;
    const QRect row = m_rows.rowRect(hit.index, viewport()->width());
    const TimelineRowPainter painter(palette(), m_scale, horizontalOffset(), m_today);
    hit.part = painter.partAt(TimelineItem::read(hit.index), row, point.x());
    return hit;
}

QDate TimelineView::draggedStart() const
{
    return m_drag.isDragging() ? m_drag.start() : QDate();
}

QDate TimelineView::draggedEnd() const
{
    return m_drag.isDragging() ? m_drag.end() : QDate();
}

void TimelineView::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    const QRect exposed = event->rect();
    const int width = viewport()->width();
    const qreal offset = horizontalOffset();
    const TimelineRowPainter rows(palette(), m_scale, offset, m_today);

    rows.paintGrid(painter, exposed, locale());

    painter.setRenderHint(QPainter::Antialiasing);
    const bool dragging = m_drag.isDragging();
    m_rows.forEachRow(exposed.top(), exposed.bottom(), width,
                      [&](const QModelIndex& index, const QRect& row) {
                          TimelineItem item = TimelineItem::readWithSummary(index);
                          if (dragging && index == m_drag.index())
                              m_drag.applyTo(item);
                          const bool selected = m_selection && m_selection->isSelected(index);
                          rows.paintRow(painter, row, item, selected);
                      });
    rows.paintTodayLine(painter, exposed.top(), exposed.bottom() + 1);
    if (!dragging)
        return;
    // Like a tooltip, above the bar: the dates the release would give.
    TimelineItem item = TimelineItem::read(m_drag.index());
    m_drag.applyTo(item);
    TimelineRowPainter::paintLabel(painter, palette(), fontMetrics(), item.datesText(locale()),
                                   m_drag.snappedX(m_scale), barRect(m_drag.index()),
                                   viewport()->rect());
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateHeaderGeometry();
    updateScrollBars();
}

void TimelineView::scrollContentsBy(int /*dx*/, int /*dy*/)
{
    repaintAll();
}

bool TimelineView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree->header()) {
        const QEvent::Type type = event->type();
        if (type == QEvent::Resize || type == QEvent::Show || type == QEvent::Hide)
            updateHeaderGeometry();
    }
    return QAbstractScrollArea::eventFilter(watched, event);
}

void TimelineView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        m_tree->header()->setMinimumHeight(m_header->minimumTierHeight());
}

bool TimelineView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (!showToolTip(help->pos(), help->globalPos()))
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

bool TimelineView::showToolTip(const QPoint& point, const QPoint& globalPoint)
{
    const Hit hit = hitTest(point);
    if (!hit.index.isValid() || (hit.part == Part::None && !barRect(hit.index).contains(point)))
        return false;
    const QString name = TextLimits::shortened(hit.index.data(Qt::DisplayRole).toString());
    const QString dates = TimelineItem::readWithSummary(hit.index).datesText(locale());
    QToolTip::showText(globalPoint, name + QLatin1Char('\n') + dates, viewport());
    return true;
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    cancelDrag();
    const Hit hit = hitTest(event->position().toPoint());
    if (!hit.index.isValid())
        return;
    // The row is selected in the tree, which draws it and tells the pane.
    if (m_selection) {
        const bool toggle = event->modifiers() & Qt::ControlModifier;
        m_selection->setCurrentIndex(hit.index, (toggle ? QItemSelectionModel::Toggle
                                                        : QItemSelectionModel::ClearAndSelect) |
                                                    QItemSelectionModel::Rows);
    }
    if (m_readOnly || hit.part == Part::None)
        return;
    const TimelineItem item = TimelineItem::read(hit.index);
    m_drag =
        TimelineDrag(hit.index, hit.part, item.first(), item.last(), event->position().toPoint());
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint at = event->position().toPoint();
    if (!m_drag.isActive() || !(event->buttons() & Qt::LeftButton)) {
        updateCursor(at);
        return;
    }
    if (!m_drag.index().isValid()) {
        cancelDrag(); // the row went away under the mouse (an undo elsewhere)
        return;
    }
    if (!m_drag.follow(at, m_scale, QApplication::startDragDistance()))
        return;
    if (m_drag.part() == Part::Body || m_drag.part() == Part::Milestone)
        viewport()->setCursor(Qt::ClosedHandCursor);
    viewport()->update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_drag.isActive()) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const TimelineDrag drag = m_drag;
    cancelDrag();
    updateCursor(event->position().toPoint());
    if (!drag.isDragging() || !drag.changed() || !drag.index().isValid())
        return;
    const QModelIndex index = drag.index();
    if (drag.part() == Part::Milestone)
        emit dueDateEdited(index, drag.start());
    else
        emit datesEdited(index, drag.start(), drag.end());
}

void TimelineView::cancelDrag()
{
    const bool wasDragging = m_drag.isDragging();
    m_drag = TimelineDrag();
    if (wasDragging) {
        viewport()->unsetCursor();
        viewport()->update();
    }
}

void TimelineView::updateCursor(const QPoint& point)
{
    const Part part = m_readOnly ? Part::None : hitTest(point).part;
    switch (part) {
    case Part::StartEdge:
    case Part::EndEdge:
        viewport()->setCursor(Qt::SizeHorCursor);
        break;
    case Part::Body:
    case Part::Milestone:
        viewport()->setCursor(Qt::OpenHandCursor);
        break;
    case Part::None:
        viewport()->unsetCursor();
        break;
    }
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    const QPoint delta = event->angleDelta();
    if (std::abs(delta.x()) > std::abs(delta.y()) || (event->modifiers() & Qt::ShiftModifier)) {
        QAbstractScrollArea::wheelEvent(event); // the horizontal scroll bar is ours
        return;
    }
    // Up and down are the tree's: it scrolls, and the timeline follows its scroll bar.
    QCoreApplication::sendEvent(m_tree->verticalScrollBar(), event);
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_drag.isActive()) {
            cancelDrag();
            return;
        }
        break;
    case Qt::Key_Left:
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_Right:
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        // The current row moves in the tree, as if the keys were pressed there.
        QCoreApplication::sendEvent(m_tree, event);
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

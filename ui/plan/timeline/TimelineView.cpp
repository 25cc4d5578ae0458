// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineView.h"

#include "TimelineHeader.h"
#include "TimelineInteraction.h"
#include "TimelineItem.h"
#include "TimelineRowPainter.h"
#include "common/TextLimits.h"

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
      m_today(QDate::currentDate()), m_interaction(new TimelineInteraction(this, rows))
{
    setAccessibleName(tr("Action plan timeline"));
    setAccessibleDescription(
        tr("The actions and milestones of the plan by date, beside the tree of the plan. Drag "
           "a bar or a milestone to change its dates, or select it and press Left or Right to "
           "move it by a day (with Shift, a week; with Ctrl, its end; with Alt, its start)."));
    setWhatsThis(
        tr("<p>The plan's actions as bars and milestones as diamonds, by date.</p>"
           "<p>Drag a bar to move the action, or one of its ends to change its start or end "
           "date; drag a milestone to change its due date.</p>"
           "<p>With an action or a milestone selected, Left and Right move it by a day, "
           "Shift+Left and Shift+Right by a week; Ctrl+Left and Ctrl+Right move the action's "
           "end, Alt+Left and Alt+Right its start. An end never passes the other. Key presses "
           "in a row on the same bar are one undo step. With nothing selected, Left and Right "
           "scroll; + and - zoom in and out.</p>"));
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
    connect(m_interaction, &TimelineInteraction::datesEdited, this, &TimelineView::datesEdited);
    connect(m_interaction, &TimelineInteraction::dueDateEdited, this, &TimelineView::dueDateEdited);
    connect(m_interaction, &TimelineInteraction::datesStepped, this, &TimelineView::datesStepped);
    connect(m_interaction, &TimelineInteraction::dueDateStepped, this,
            &TimelineView::dueDateStepped);
    followTreeModel();
    updateHeaderGeometry();
}

void TimelineView::followTreeModel()
{
    for (const QMetaObject::Connection& c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_interaction->cancelDrag();
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
    m_interaction->cancelDrag();
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
    m_interaction->setReadOnly(readOnly);
}

void TimelineView::scrollToDate(const QDate& date)
{
    ensureRange();
    const qreal middle = m_scale.x(date) + m_scale.pixelsPerDay() / 2;
    horizontalScrollBar()->setValue(int(std::lround(middle - viewport()->width() / 2.0)));
}

void TimelineView::ensureDateVisible(const QDate& date)
{
    ensureRange();
    const qreal left = m_scale.x(date);
    const qreal right = m_scale.x(date.addDays(1));
    QScrollBar* bar = horizontalScrollBar();
    if (left < bar->value())
        bar->setValue(int(std::floor(left)));
    else if (right > bar->value() + viewport()->width())
        bar->setValue(int(std::ceil(right)) - viewport()->width());
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
    const TimelineDrag& drag = m_interaction->drag();
    return drag.isDragging() ? drag.start() : QDate();
}

QDate TimelineView::draggedEnd() const
{
    const TimelineDrag& drag = m_interaction->drag();
    return drag.isDragging() ? drag.end() : QDate();
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
    const TimelineDrag& drag = m_interaction->drag();
    const bool dragging = drag.isDragging();
    m_rows.forEachRow(exposed.top(), exposed.bottom(), width,
                      [&](const QModelIndex& index, const QRect& row) {
                          TimelineItem item = TimelineItem::readWithSummary(index);
                          if (dragging && index == drag.index())
                              drag.applyTo(item);
                          const bool selected = m_selection && m_selection->isSelected(index);
                          rows.paintRow(painter, row, item, selected);
                      });
    rows.paintTodayLine(painter, exposed.top(), exposed.bottom() + 1);
    if (!dragging)
        return;
    // Like a tooltip, above the bar: the dates the release would give.
    TimelineItem item = TimelineItem::read(drag.index());
    drag.applyTo(item);
    TimelineRowPainter::paintLabel(painter, palette(), fontMetrics(), item.datesText(locale()),
                                   drag.snappedX(m_scale), barRect(drag.index()),
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
    if (event->button() == Qt::LeftButton)
        setFocus(Qt::MouseFocusReason);
    if (!m_interaction->mousePress(event))
        QAbstractScrollArea::mousePressEvent(event);
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_interaction->mouseMove(event))
        QAbstractScrollArea::mouseMoveEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_interaction->mouseRelease(event))
        QAbstractScrollArea::mouseReleaseEvent(event);
}

void TimelineView::focusOutEvent(QFocusEvent* event)
{
    m_interaction->endSteps();
    QAbstractScrollArea::focusOutEvent(event);
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
    // A drag's Escape, and the arrows on a selected mark, are the marks' (TimelineInteraction).
    if (m_interaction->keyPress(event))
        return;
    switch (event->key()) {
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

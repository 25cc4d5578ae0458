// SPDX-License-Identifier: GPL-3.0-or-later
#include "InfluenceGridView.h"

#include "common/TextLimits.h"
#include "stakeholders/KindPalette.h"
#include "stakeholders/table/StakeholderTableModel.h"

#include <QApplication>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

constexpr qreal minZoom = 0.1;
constexpr qreal maxZoom = 8;
constexpr qreal zoomStep = 1.25;

} // namespace

InfluenceGridView::InfluenceGridView(StakeholderTableModel* model, QItemSelectionModel* selection,
                                     QWidget* parent)
    : QAbstractScrollArea(parent), m_model(model), m_selection(selection),
      m_renderer(&KindPalette::color)
{
    setFocusPolicy(Qt::StrongFocus);
    // The legend floats over the view (InfluenceGridLegend): the page is the plot alone.
    m_layout.setLegendPlace(InfluenceGridLayout::LegendPlace::Apart);
    // The grid is a chart: its axes read left to right in every language.
    viewport()->setLayoutDirection(Qt::LeftToRight);
    viewport()->setBackgroundRole(QPalette::Mid);
    // Rows come and go one by one (filtering, undo): the grid is made again once, when next
    // needed, rather than at every notification.
    connect(model, &QAbstractItemModel::rowsInserted, this, &InfluenceGridView::markDirty);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &InfluenceGridView::markDirty);
    connect(model, &QAbstractItemModel::rowsMoved, this, &InfluenceGridView::markDirty);
    connect(model, &QAbstractItemModel::dataChanged, this, &InfluenceGridView::markDirty);
    connect(model, &QAbstractItemModel::modelReset, this, &InfluenceGridView::markDirty);
    connect(model, &QAbstractItemModel::layoutChanged, this, &InfluenceGridView::markDirty);
    connect(selection, &QItemSelectionModel::selectionChanged, this, [this] {
        readSelection();
        viewport()->update();
    });
    // The marks are placed when the grid is first needed (shown, exported), not when the pane
    // is made: the officer opening a 50,000-stakeholder file waits for the table only.
}

void InfluenceGridView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    cancelDrag();
}

const InfluenceGridLayout& InfluenceGridView::gridLayout()
{
    if (m_dirty)
        rebuild();
    return m_layout;
}

void InfluenceGridView::markDirty()
{
    m_dirty = true;
    // A drag in progress holds mark numbers that no longer mean the same marks.
    cancelDrag();
    viewport()->update();
}

void InfluenceGridView::rebuild()
{
    m_dirty = false;
    std::vector<InfluenceGridMark> marks;
    const int rows = m_model->rowCount();
    marks.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row) {
        const Stakeholder& s = m_model->stakeholder(row);
        marks.push_back(
            {s.meta.id, TextLimits::shortened(s.name), s.kind, s.influence, s.interest});
    }
    const QSizeF before = m_layout.pageSize();
    m_layout.setMarks(std::move(marks));
    readSelection();
    if (m_layout.pageSize() != before) {
        if (m_fitting)
            fit();
        else
            updateScrollBars();
    }
    emit gridRebuilt();
}

void InfluenceGridView::readSelection()
{
    m_selected.clear();
    for (const QItemSelectionRange& range : m_selection->selection()) {
        if (range.parent().isValid() || range.model() != m_model)
            continue;
        for (int row = range.top(); row <= range.bottom() && row < m_model->rowCount(); ++row)
            m_selected.insert(m_model->stakeholder(row).meta.id);
    }
}

QPoint InfluenceGridView::viewportPosition(const QString& id)
{
    const InfluenceGridLayout& layout = gridLayout();
    const auto& marks = layout.marks();
    const auto it = std::find_if(marks.cbegin(), marks.cend(),
                                 [&id](const InfluenceGridMark& m) { return m.id == id; });
    if (it == marks.cend())
        return {-1, -1};
    return mapFromGrid(layout.place(int(it - marks.cbegin())).center);
}

QPoint InfluenceGridView::mapFromGrid(const QPointF& logical) const
{
    return transform().map(logical).toPoint();
}

QTransform InfluenceGridView::transform() const
{
    const QSizeF content = m_layout.pageSize() * m_zoom;
    const qreal dx = std::max(0.0, (viewport()->width() - content.width()) / 2);
    const qreal dy = std::max(0.0, (viewport()->height() - content.height()) / 2);
    QTransform t;
    t.translate(dx - horizontalScrollBar()->value(), dy - verticalScrollBar()->value());
    t.scale(m_zoom, m_zoom);
    return t;
}

QPointF InfluenceGridView::toLogical(const QPointF& viewportPoint) const
{
    return transform().inverted().map(viewportPoint);
}

void InfluenceGridView::updateScrollBars()
{
    const QSize content = (m_layout.pageSize() * m_zoom).toSize();
    const QSize view = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setRange(0, std::max(0, content.height() - view.height()));
    verticalScrollBar()->setPageStep(view.height());
    verticalScrollBar()->setSingleStep(20);
    viewport()->update();
}

void InfluenceGridView::setZoom(qreal zoom, const QPointF& anchor)
{
    const QPointF logical = toLogical(anchor);
    m_zoom = std::clamp(zoom, minZoom, maxZoom);
    // Text keeps its size on screen and crowded cells open into dots as the zoom grows.
    m_layout.setViewScale(m_zoom);
    updateScrollBars();
    const QSizeF content = m_layout.pageSize() * m_zoom;
    const qreal dx = std::max(0.0, (viewport()->width() - content.width()) / 2);
    const qreal dy = std::max(0.0, (viewport()->height() - content.height()) / 2);
    horizontalScrollBar()->setValue(int(std::lround(logical.x() * m_zoom + dx - anchor.x())));
    verticalScrollBar()->setValue(int(std::lround(logical.y() * m_zoom + dy - anchor.y())));
}

void InfluenceGridView::zoomIn()
{
    m_fitting = false;
    setZoom(m_zoom * zoomStep, viewport()->rect().center());
}

void InfluenceGridView::zoomOut()
{
    m_fitting = false;
    setZoom(m_zoom / zoomStep, viewport()->rect().center());
}

void InfluenceGridView::fit()
{
    m_fitting = true;
    const QSize view = maximumViewportSize();
    // The page grows a little as the zoom shrinks (text keeps its size on screen): a few
    // rounds settle on a zoom at which the page fits.
    for (int round = 0; round < 4; ++round) {
        const QSizeF page = m_layout.pageSize();
        m_zoom = std::clamp(std::min(view.width() / page.width(), view.height() / page.height()),
                            minZoom, maxZoom);
        m_layout.setViewScale(m_zoom);
        if (m_layout.pageSize() == page)
            break;
    }
    updateScrollBars();
}

void InfluenceGridView::paintEvent(QPaintEvent* event)
{
    const InfluenceGridLayout& layout = gridLayout();
    QPainter painter(viewport());
    painter.setLayoutDirection(Qt::LeftToRight); // for the dragged marks' names
    const QTransform t = transform();
    painter.setTransform(t);
    m_renderer.paint(painter, layout, m_selected, t.inverted().mapRect(QRectF(event->rect())));
    if (!m_dragging)
        return;
    const QPointF offset = m_dragPosition - layout.place(m_pressed).center;
    if (const auto cell = layout.cellAt(m_dragPosition))
        m_renderer.paintDropCell(painter, layout, *cell);
    painter.setOpacity(0.75);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int mark : m_dragged)
        m_renderer.paintMark(painter, layout, mark, offset, true);
}

void InfluenceGridView::changeEvent(QEvent* event)
{
    // The layout keeps its words (a report's may differ): the interface's again, translated.
    if (event->type() == QEvent::LanguageChange) {
        m_layout.setWords(InfluenceGridLayout::Words::interface());
        updateScrollBars();
        emit gridRebuilt();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

void InfluenceGridView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitting)
        fit();
    else
        updateScrollBars();
}

void InfluenceGridView::scrollContentsBy(int, int)
{
    viewport()->update();
}

bool InfluenceGridView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPointF logical = toLogical(help->pos());
        const int mark = gridLayout().markAt(logical);
        const auto cell = m_layout.cellAt(logical);
        if (mark < 0 && cell && m_layout.cellMode(*cell) == InfluenceGridLayout::CellMode::Count) {
            QToolTip::showText(help->globalPos(), countToolTip(*cell), viewport());
            return true;
        }
        // Beside the marks: the view's own tooltip (how to use it), if any.
        if (mark < 0)
            return QAbstractScrollArea::viewportEvent(event);
        QToolTip::showText(help->globalPos(), toolTipText(mark), viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString InfluenceGridView::toolTipText(int mark) const
{
    const InfluenceGridMark& m = m_layout.marks()[size_t(mark)];
    return tr("%1\n%2\nInfluence: %3 · Interest: %4")
        .arg(m.name, Stakeholder::label(m.kind))
        .arg(m.influence)
        .arg(m.interest);
}

QString InfluenceGridView::countToolTip(const InfluenceGridLayout::Cell& cell) const
{
    return tr("%1\nInfluence: %2 · Interest: %3\nZoom in, or double-click, to see them.")
        .arg(InfluenceGridLayout::countText(int(m_layout.marksIn(cell).size())))
        .arg(cell.influence)
        .arg(cell.interest);
}

void InfluenceGridView::selectMark(int mark, bool toggle)
{
    const int row = m_model->rowOf(m_layout.marks()[size_t(mark)].id);
    if (row < 0)
        return;
    const auto flags =
        (toggle ? QItemSelectionModel::Toggle : QItemSelectionModel::ClearAndSelect) |
        QItemSelectionModel::Rows;
    m_selection->setCurrentIndex(m_model->index(row, 0), flags);
}

void InfluenceGridView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const int mark = gridLayout().markAt(toLogical(event->position()));
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    m_pressPosition = event->position().toPoint();
    if (mark < 0) {
        if (!toggle)
            m_selection->clearSelection();
        m_panning = true;
        m_panScroll = {horizontalScrollBar()->value(), verticalScrollBar()->value()};
        viewport()->setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (toggle || !m_selected.contains(m_layout.marks()[size_t(mark)].id))
        selectMark(mark, toggle);
    // A mark taken out of the selection with Ctrl is not dragged.
    m_pressed = m_selected.contains(m_layout.marks()[size_t(mark)].id) ? mark : -1;
}

void InfluenceGridView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint position = event->position().toPoint();
    if (m_panning) {
        const QPoint moved = position - m_pressPosition;
        horizontalScrollBar()->setValue(m_panScroll.x() - moved.x());
        verticalScrollBar()->setValue(m_panScroll.y() - moved.y());
        return;
    }
    if (m_pressed < 0 || m_readOnly)
        return;
    if (!m_dragging) {
        if ((position - m_pressPosition).manhattanLength() < QApplication::startDragDistance())
            return;
        m_dragging = true;
        m_dragged.clear();
        const auto& marks = m_layout.marks();
        for (int i = 0; i < int(marks.size()); ++i) {
            if (m_selected.contains(marks[size_t(i)].id))
                m_dragged.push_back(i);
        }
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    m_dragPosition = toLogical(event->position());
    viewport()->update();
}

void InfluenceGridView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    if (m_dragging)
        finishDrag(event->position());
    cancelDrag();
}

void InfluenceGridView::finishDrag(const QPointF& viewportPoint)
{
    const InfluenceGridMark& pressed = m_layout.marks()[size_t(m_pressed)];
    const auto target = m_layout.cellAt(toLogical(viewportPoint));
    QStringList ids;
    for (int mark : m_dragged)
        ids.append(m_layout.marks()[size_t(mark)].id);
    const int influenceDelta = target ? target->influence - pressed.influence : 0;
    const int interestDelta = target ? target->interest - pressed.interest : 0;
    // The move changes the model, and with it the marks: the drag ends first.
    cancelDrag();
    if (influenceDelta != 0 || interestDelta != 0)
        emit moveRequested(ids, influenceDelta, interestDelta);
}

void InfluenceGridView::cancelDrag()
{
    const bool wasActive = m_dragging || m_panning;
    m_pressed = -1;
    m_dragging = false;
    m_panning = false;
    m_dragged.clear();
    if (wasActive) {
        viewport()->unsetCursor();
        viewport()->update();
    }
}

void InfluenceGridView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPointF logical = toLogical(event->position());
    const int mark = gridLayout().markAt(logical);
    if (event->button() != Qt::LeftButton)
        return;
    if (mark >= 0) {
        emit stakeholderActivated(m_layout.marks()[size_t(mark)].id);
        return;
    }
    // A counted cell opens: zoomed in about it until its stakeholders show.
    const auto cell = m_layout.cellAt(logical);
    if (cell && m_layout.cellMode(*cell) == InfluenceGridLayout::CellMode::Count) {
        m_fitting = false;
        for (int step = 0; step < 12 && m_zoom < maxZoom &&
                           m_layout.cellMode(*cell) == InfluenceGridLayout::CellMode::Count;
             ++step)
            setZoom(m_zoom * zoomStep, mapFromGrid(m_layout.cellRect(*cell).center()));
    }
}

void InfluenceGridView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    m_fitting = false;
    setZoom(m_zoom * std::pow(zoomStep, event->angleDelta().y() / 120.0), event->position());
    event->accept();
}

void InfluenceGridView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && (m_dragging || m_panning)) {
        cancelDrag();
        return;
    }
    // The arrows move the selected marks a cell at a time, as a drag would: the grid's own
    // way for those who do not use a mouse. With nothing selected they scroll.
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && !m_readOnly && !m_selected.isEmpty() && !m_dragging) {
        int influence = 0;
        int interest = 0;
        switch (event->key()) {
        case Qt::Key_Up:
            influence = 1;
            break;
        case Qt::Key_Down:
            influence = -1;
            break;
        case Qt::Key_Right:
            interest = 1;
            break;
        case Qt::Key_Left:
            interest = -1;
            break;
        default:
            break;
        }
        if (influence != 0 || interest != 0) {
            emit moveRequested(QStringList(m_selected.cbegin(), m_selected.cend()), influence,
                               interest);
            event->accept();
            return;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

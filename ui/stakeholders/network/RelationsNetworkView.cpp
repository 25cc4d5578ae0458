// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationsNetworkView.h"

#include <QEvent>
#include <QResizeEvent>
#include <QWheelEvent>

namespace {
constexpr qreal minZoom = 0.02;
constexpr qreal maxZoom = 8;
} // namespace

RelationsNetworkView::RelationsNetworkView(QWidget* parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("networkView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setBackgroundBrush(Qt::white);
}

qreal RelationsNetworkView::zoom() const
{
    return transform().m11();
}

void RelationsNetworkView::zoomBy(qreal factor)
{
    const qreal target = qBound(minZoom, zoom() * factor, maxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    const qreal applied = target / zoom();
    scale(applied, applied);
    emit zoomChanged(zoom());
}

void RelationsNetworkView::fitAll()
{
    if (!scene())
        return;
    const QRectF bounds = scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (bounds.isEmpty())
        return;
    resetTransform();
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        zoomBy(1.5 / zoom());
    else if (zoom() < minZoom)
        zoomBy(minZoom / zoom());
    emit zoomChanged(zoom());
}

void RelationsNetworkView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (!qFuzzyIsNull(steps))
            zoomBy(std::pow(1.2, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void RelationsNetworkView::setOverlay(QWidget* overlay)
{
    m_overlay = overlay;
    overlay->setParent(this);
    // Its size follows the language; it is placed again whenever it changes.
    overlay->installEventFilter(this);
    placeOverlay();
}

bool RelationsNetworkView::overlayHidesItems() const
{
    if (!m_overlay || !m_overlay->isVisible() || !scene())
        return false;
    const QRect onViewport = m_overlay->geometry().translated(-viewport()->pos());
    return !scene()->items(mapToScene(onViewport)).isEmpty();
}

void RelationsNetworkView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    placeOverlay();
}

bool RelationsNetworkView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_overlay &&
        (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show))
        placeOverlay();
    return QGraphicsView::eventFilter(watched, event);
}

void RelationsNetworkView::placeOverlay()
{
    if (!m_overlay)
        return;
    constexpr int margin = 8;
    const QRect area = viewport()->geometry();
    const QSize size = m_overlay->sizeHint().boundedTo(area.size() - QSize(2, 2) * margin);
    // The top corner away from where reading starts (top right, or top left right to left).
    const int x = layoutDirection() == Qt::RightToLeft ? area.left() + margin
                                                       : area.right() - margin - size.width() + 1;
    m_overlay->setGeometry(QRect(QPoint(x, area.top() + margin), size));
    m_overlay->raise();
}

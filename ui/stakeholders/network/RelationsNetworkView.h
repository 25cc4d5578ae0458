// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

// The relations network's viewport: Ctrl+wheel zooms around the pointer, dragging the
// background pans, a click on the background clears the selection.
class RelationsNetworkView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit RelationsNetworkView(QWidget* parent = nullptr);

    qreal zoom() const;
    void zoomBy(qreal factor);
    // Shows the whole network.
    void fitAll();
    // A widget floating over the network in its top corner (the legend): it takes none of the
    // network's room, and the officer collapses it with its toggle.
    void setOverlay(QWidget* overlay);
    // Whether the overlay, shown, hides part of the network as the view shows it now.
    bool overlayHidesItems() const;

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void placeOverlay();

    QWidget* m_overlay = nullptr;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/InfluenceGridLayout.h"
#include "stakeholders/InfluenceGridRenderer.h"

#include <QAbstractScrollArea>
#include <QSet>

#include <vector>

class QItemSelectionModel;
class StakeholderTableModel;

// The influence/interest grid on screen: one mark per row of the model (so the pane's filter
// narrows it), the selection shared with the table, zoom and pan, and marks dragged to
// another cell. It changes nothing itself: a drop asks for the move (moveRequested).
class InfluenceGridView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    InfluenceGridView(StakeholderTableModel* model, QItemSelectionModel* selection,
                      QWidget* parent = nullptr);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The drawing as it is now (made again first if the model changed).
    const InfluenceGridLayout& gridLayout();
    const InfluenceGridRenderer& renderer() const { return m_renderer; }
    // Where a mark, or a point of the drawing, is on the viewport ((-1, -1): no such mark).
    QPoint viewportPosition(const QString& id);
    QPoint mapFromGrid(const QPointF& logical) const;
    // The stakeholders selected (in the table or here).
    const QSet<QString>& selectedIds() const { return m_selected; }

    qreal zoom() const { return m_zoom; }
    void zoomIn();
    void zoomOut();
    // Shows the whole grid, and keeps it whole when the view is resized.
    void fit();

signals:
    void stakeholderActivated(const QString& id);
    // The marks were placed again (the counts per kind may have changed) or the words changed.
    void gridRebuilt();
    // The marks with these ids dragged by this many cells up (influence) and right (interest).
    void moveRequested(const QStringList& ids, int influenceDelta, int interestDelta);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void markDirty();
    void rebuild();
    void readSelection();
    void selectMark(int mark, bool toggle);
    void setZoom(qreal zoom, const QPointF& anchor);
    void updateScrollBars();
    QTransform transform() const;
    QPointF toLogical(const QPointF& viewportPoint) const;
    void finishDrag(const QPointF& viewportPoint);
    void cancelDrag();
    QString toolTipText(int mark) const;
    QString countToolTip(const InfluenceGridLayout::Cell& cell) const;

    StakeholderTableModel* m_model;
    QItemSelectionModel* m_selection;
    InfluenceGridLayout m_layout;
    InfluenceGridRenderer m_renderer;
    QSet<QString> m_selected;
    bool m_dirty = true;
    bool m_readOnly = false;
    qreal m_zoom = 1;
    bool m_fitting = true;
    // Mouse: the mark pressed (or -1), where, and whether it is being dragged or the view panned.
    int m_pressed = -1;
    QPoint m_pressPosition;
    QPointF m_dragPosition;
    bool m_dragging = false;
    std::vector<int> m_dragged;
    bool m_panning = false;
    QPoint m_panScroll;
};

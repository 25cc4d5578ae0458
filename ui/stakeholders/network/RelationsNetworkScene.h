// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/Stakeholder.h"
#include "stakeholders/StakeholderRelation.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QHash>

class RelationsNetworkNode;

// The nodes and edges of the relations network. It tells when the officer has dragged nodes
// (once, when the mouse is released) and when a node is double-clicked; it stores nothing.
class RelationsNetworkScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit RelationsNetworkScene(QObject* parent = nullptr);

    // The font of the node labels, the same on screen and in exported files.
    static QFont nodeFont();

    void clearNetwork();
    RelationsNetworkNode* addNode(const QString& id, const QString& name, Stakeholder::Kind kind);
    // Ignored when an end is not shown.
    void addEdge(const StakeholderRelation& relation);

    RelationsNetworkNode* node(const QString& id) const { return m_nodes.value(id); }
    const QHash<QString, RelationsNetworkNode*>& nodes() const { return m_nodes; }
    int edgeCount() const { return m_edgeCount; }
    QStringList selectedIds() const;

    void setMovable(bool movable);
    bool isExporting() const { return m_exporting; }
    // While exporting, items paint without selection and without their screen caches (a
    // drawing, not bitmaps, in SVG files).
    void setExporting(bool exporting);

signals:
    // The nodes the officer dragged, with where they were dropped.
    void nodesMoved(const QHash<QString, QPointF>& positions);
    void stakeholderActivated(const QString& id);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    // Tooltips are written when asked for: thousands of them would slow every rebuild.
    void helpEvent(QGraphicsSceneHelpEvent* event) override;

private:
    QFontMetricsF m_metrics;
    QHash<QString, RelationsNetworkNode*> m_nodes;
    int m_edgeCount = 0;
    bool m_movable = true;
    bool m_exporting = false;
    // Where the selected nodes were when the mouse was pressed.
    QHash<QString, QPointF> m_pressPositions;
};

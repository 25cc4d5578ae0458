// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationsNetworkScene.h"

#include "RelationsNetworkEdge.h"
#include "RelationsNetworkNode.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>

RelationsNetworkScene::RelationsNetworkScene(QObject* parent)
    : QGraphicsScene(parent), m_metrics(nodeFont())
{
    // Nodes move and the whole network is rebuilt often; keeping a BSP tree up to date costs
    // more than scanning a few thousand items for a hit test.
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

QFont RelationsNetworkScene::nodeFont()
{
    QFont font;
    font.setPointSizeF(9);
    return font;
}

void RelationsNetworkScene::clearNetwork()
{
    clear();
    m_nodes.clear();
    m_edgeCount = 0;
    m_pressPositions.clear();
}

RelationsNetworkNode* RelationsNetworkScene::addNode(const QString& id, const QString& name,
                                                     Stakeholder::Kind kind)
{
    auto* node = new RelationsNetworkNode(id, name, kind, m_metrics);
    node->setFlag(QGraphicsItem::ItemIsMovable, m_movable);
    addItem(node);
    m_nodes.insert(id, node);
    return node;
}

void RelationsNetworkScene::addEdge(const StakeholderRelation& relation)
{
    RelationsNetworkNode* from = m_nodes.value(relation.fromId);
    RelationsNetworkNode* to = m_nodes.value(relation.toId);
    if (!from || !to)
        return;
    auto* edge = new RelationsNetworkEdge(relation, from, to);
    edge->setVisible(from->isVisible() && to->isVisible());
    addItem(edge);
    ++m_edgeCount;
}

void RelationsNetworkScene::setExporting(bool exporting)
{
    m_exporting = exporting;
    for (RelationsNetworkNode* node : std::as_const(m_nodes))
        node->setCacheMode(exporting ? QGraphicsItem::NoCache
                                     : QGraphicsItem::DeviceCoordinateCache);
}

void RelationsNetworkScene::helpEvent(QGraphicsSceneHelpEvent* event)
{
    for (QGraphicsItem* item : items(event->scenePos())) {
        if (item->type() == RelationsNetworkNode::Type) {
            static_cast<RelationsNetworkNode*>(item)->updateToolTip();
            break;
        }
        if (item->type() == RelationsNetworkEdge::Type) {
            static_cast<RelationsNetworkEdge*>(item)->updateToolTip();
            break;
        }
    }
    QGraphicsScene::helpEvent(event);
}

QStringList RelationsNetworkScene::selectedIds() const
{
    QStringList ids;
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == RelationsNetworkNode::Type)
            ids << static_cast<RelationsNetworkNode*>(item)->id();
    }
    return ids;
}

void RelationsNetworkScene::setMovable(bool movable)
{
    m_movable = movable;
    for (RelationsNetworkNode* node : std::as_const(m_nodes))
        node->setFlag(QGraphicsItem::ItemIsMovable, movable);
}

void RelationsNetworkScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    if (!m_movable || event->button() != Qt::LeftButton)
        return;
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == RelationsNetworkNode::Type)
            m_pressPositions.insert(static_cast<RelationsNetworkNode*>(item)->id(), item->pos());
    }
}

void RelationsNetworkScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    QHash<QString, QPointF> moved;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        RelationsNetworkNode* node = m_nodes.value(it.key());
        if (node && node->pos() != it.value())
            moved.insert(it.key(), node->pos());
    }
    m_pressPositions.clear();
    if (!moved.isEmpty())
        emit nodesMoved(moved);
}

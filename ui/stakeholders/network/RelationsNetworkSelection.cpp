// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationsNetworkSelection.h"

#include "RelationsNetworkNode.h"
#include "RelationsNetworkScene.h"
#include "stakeholders/table/StakeholderTableModel.h"

#include <QItemSelectionModel>

RelationsNetworkSelection::RelationsNetworkSelection(RelationsNetworkScene* scene,
                                                     StakeholderTableModel* model,
                                                     QItemSelectionModel* selection,
                                                     QObject* parent)
    : QObject(parent), m_scene(scene), m_model(model), m_selection(selection)
{
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            &RelationsNetworkSelection::fromScene);
    if (m_selection)
        connect(m_selection, &QItemSelectionModel::selectionChanged, this,
                &RelationsNetworkSelection::toScene);
}

void RelationsNetworkSelection::clearScene()
{
    m_syncing = true;
    m_scene->clearNetwork();
    m_syncing = false;
}

void RelationsNetworkSelection::toScene()
{
    if (!m_selection || m_syncing)
        return;
    m_syncing = true;
    m_scene->clearSelection();
    for (const QModelIndex& index : m_selection->selectedRows()) {
        if (RelationsNetworkNode* node =
                m_scene->node(index.data(StakeholderTableModel::IdRole).toString()))
            node->setSelected(true);
    }
    m_syncing = false;
}

void RelationsNetworkSelection::fromScene()
{
    if (!m_selection || m_syncing)
        return;
    m_syncing = true;
    QItemSelection selection;
    QModelIndex first;
    for (const QString& id : m_scene->selectedIds()) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_model->index(row, 0);
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    m_selection->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid())
        m_selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_syncing = false;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QItemSelectionModel;
class RelationsNetworkScene;
class StakeholderTableModel;

// Keeps the network's selected nodes and the table's selected rows the same, both ways: the
// stakeholders chosen in one view are chosen in the other.
class RelationsNetworkSelection : public QObject
{
    Q_OBJECT

public:
    // selection may be null: the network then has a selection of its own.
    RelationsNetworkSelection(RelationsNetworkScene* scene, StakeholderTableModel* model,
                              QItemSelectionModel* selection, QObject* parent = nullptr);

    // The table's selection onto the nodes (after the network is built again).
    void toScene();
    // The nodes go: the table keeps its selection.
    void clearScene();

private:
    void fromScene();

    RelationsNetworkScene* m_scene;
    StakeholderTableModel* m_model;
    QItemSelectionModel* m_selection;
    bool m_syncing = false;
};

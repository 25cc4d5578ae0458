// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"
#include "stakeholders/NetworkLayout.h"
#include "stakeholders/Stakeholder.h"
#include "stakeholders/StakeholderRelation.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QItemSelectionModel;
class QLabel;
class QStackedWidget;
class QTimer;
class RelationsNetworkLayouter;
class RelationsNetworkLegend;
class RelationsNetworkProgress;
class RelationsNetworkSelection;
class RelationsNetworkScene;
class RelationsNetworkToolBar;
class RelationsNetworkView;
class StakeholderTableModel;

// The "Network" view of the Stakeholders pane: the stakeholders the table shows as nodes, the
// relations between them as edges, with filters of its own (kind, theme), zoom and pan. The
// officer drags nodes to where they make sense; their places are stored in the file (undoable).
// Nodes never placed are placed by NetworkLayout when shown, and stored only when the officer
// moves them or arranges the network. Selection is the table's.
class RelationsNetwork : public QWidget
{
    Q_OBJECT

public:
    // More than this and a layout takes too long and the picture is a blur: the officer is
    // asked to narrow the list instead.
    static constexpr int maxShownNodes = 3000;

    RelationsNetwork(const PaneContext& context, StakeholderTableModel* model,
                     QItemSelectionModel* selection, QWidget* parent = nullptr);
    ~RelationsNetwork() override;

    void setReadOnly(bool readOnly);
    // The network's own filters, on top of the table's.
    void setKindFilter(std::optional<Stakeholder::Kind> kind);
    void setThemeFilter(const QString& themeId);

    RelationsNetworkScene* scene() const { return m_scene; }
    RelationsNetworkView* view() const { return m_view; }

public slots:
    // Lays out every node shown afresh and stores the places as one undoable step.
    void arrange();

signals:
    void stakeholderActivated(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void scheduleRebuild();
    void rebuild();
    QStringList shownIds();
    const Stakeholder* record(const QString& id);
    void loadRelations();
    QList<NetworkLayout::Edge> shownEdges() const;
    void placeUnplaced();
    void showPlaced(const QHash<QString, QPointF>& positions);
    // Fits the network in the view the first time it has nodes to show.
    void fitFirstTime();
    void updateStatus();

    void onStakeholderUpdated(const Stakeholder& stakeholder);
    void onRelationsChanged();
    void storePositions(const QHash<QString, QPointF>& positions, const QString& text);
    void exportTo(const QString& format);

    PaneContext m_context;
    StakeholderTableModel* m_model;
    RelationsNetworkScene* m_scene;
    RelationsNetworkView* m_view;
    RelationsNetworkLegend* m_legend;
    RelationsNetworkToolBar* m_toolBar;
    QStackedWidget* m_stack;
    QLabel* m_tooMany;
    RelationsNetworkProgress* m_progress;
    QLabel* m_status;
    RelationsNetworkSelection* m_selectionSync;
    QTimer* m_rebuildTimer;
    RelationsNetworkLayouter* m_layouter;
    // Full records of the stakeholders shown (the table keeps only what it shows).
    QHash<QString, Stakeholder> m_records;
    QHash<QString, StakeholderRelation> m_relations;
    bool m_relationsLoaded = false;
    // Places worked out for nodes never placed by the officer: shown, not stored.
    QHash<QString, QPointF> m_placed;
    // How many stakeholders the layout under way places.
    int m_placing = 0;
    // How many were shown when the officer stopped placing them (-1: not stopped).
    int m_stoppedAt = -1;
    bool m_dirty = true;
    bool m_readOnly = false;
    bool m_fitted = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationsNetwork.h"

#include "RelationsNetworkEdge.h"
#include "RelationsNetworkExport.h"
#include "RelationsNetworkLayouter.h"
#include "RelationsNetworkLegend.h"
#include "RelationsNetworkNode.h"
#include "RelationsNetworkProgress.h"
#include "RelationsNetworkScene.h"
#include "RelationsNetworkSelection.h"
#include "RelationsNetworkToolBar.h"
#include "RelationsNetworkView.h"
#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "shell/DialogHooks.h"
#include "shell/ExportDone.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/table/StakeholderTableModel.h"
#include "storage/CityFile.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

using StakeholderEdit = EditRecordCommand<StakeholderRepository, Stakeholder>;

RelationsNetwork::RelationsNetwork(const PaneContext& context, StakeholderTableModel* model,
                                   QItemSelectionModel* selection, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(model), m_scene(new RelationsNetworkScene(this)),
      m_view(new RelationsNetworkView(this)), m_legend(new RelationsNetworkLegend(this)),
      m_toolBar(new RelationsNetworkToolBar(context.repositories.themes(), this)),
      m_stack(new QStackedWidget(this)), m_tooMany(new QLabel(this)),
      m_progress(new RelationsNetworkProgress(this)), m_status(new QLabel(this)),
      m_selectionSync(new RelationsNetworkSelection(m_scene, model, selection, this)),
      m_rebuildTimer(new QTimer(this)), m_layouter(new RelationsNetworkLayouter(this))
{
    setObjectName(QStringLiteral("relationsNetwork"));
    m_view->setScene(m_scene);
    m_tooMany->setObjectName(QStringLiteral("networkTooMany"));
    m_tooMany->setWordWrap(true);
    m_tooMany->setAlignment(Qt::AlignCenter);
    m_tooMany->setMargin(24);
    m_status->setObjectName(QStringLiteral("networkStatus"));

    auto* canvas = new QWidget(this);
    auto* canvasLayout = new QHBoxLayout(canvas);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    canvasLayout->addWidget(m_view, 1);
    // The legend floats over the network rather than taking a column beside it: on a laptop
    // the column took half the width and the network was fitted too small to show its names.
    m_view->setOverlay(m_legend);
    m_stack->addWidget(canvas);
    m_stack->addWidget(m_tooMany);
    m_stack->addWidget(m_progress);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &RelationsNetwork::rebuild);
    connect(m_layouter, &RelationsNetworkLayouter::busyChanged, this,
            &RelationsNetwork::updateStatus);
    // The nodes placed so far stay; the others wait for Arrange or a narrower list.
    connect(m_progress, &RelationsNetworkProgress::cancelRequested, this, [this] {
        m_stoppedAt = int(m_scene->nodes().size());
        m_layouter->cancel();
    });

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &RelationsNetwork::scheduleRebuild);
    connect(model, &QAbstractItemModel::modelReset, this, &RelationsNetwork::scheduleRebuild);
    connect(model, &QAbstractItemModel::layoutChanged, this, &RelationsNetwork::scheduleRebuild);

    StakeholderRepository& repo = context.repositories.stakeholders();
    connect(&repo, &StakeholderRepository::stakeholderUpdated, this,
            &RelationsNetwork::onStakeholderUpdated);
    connect(&repo, &StakeholderRepository::stakeholderRemoved, this, [this](const QString& id) {
        m_records.remove(id);
        m_placed.remove(id);
    });
    connect(&repo, &StakeholderRepository::relationAdded, this,
            &RelationsNetwork::onRelationsChanged);
    connect(&repo, &StakeholderRepository::relationUpdated, this,
            &RelationsNetwork::onRelationsChanged);
    connect(&repo, &StakeholderRepository::relationRemoved, this,
            &RelationsNetwork::onRelationsChanged);
    // A stakeholder's removal and its undo take and bring back its relations.
    for (auto signal : {&StakeholderRepository::rowsRemoved, &StakeholderRepository::rowsRestored})
        connect(&repo, signal, this, &RelationsNetwork::onRelationsChanged);
    connect(m_toolBar, &RelationsNetworkToolBar::filtersChanged, this,
            &RelationsNetwork::scheduleRebuild);
    connect(m_toolBar, &RelationsNetworkToolBar::zoomInRequested, this,
            [this] { m_view->zoomBy(1.25); });
    connect(m_toolBar, &RelationsNetworkToolBar::zoomOutRequested, this,
            [this] { m_view->zoomBy(0.8); });
    connect(m_toolBar, &RelationsNetworkToolBar::fitRequested, m_view,
            &RelationsNetworkView::fitAll);
    connect(m_toolBar, &RelationsNetworkToolBar::arrangeRequested, this,
            &RelationsNetwork::arrange);
    connect(m_toolBar, &RelationsNetworkToolBar::exportPngRequested, this,
            [this] { exportTo(QStringLiteral("png")); });
    connect(m_toolBar, &RelationsNetworkToolBar::exportSvgRequested, this,
            [this] { exportTo(QStringLiteral("svg")); });
    connect(m_toolBar, &RelationsNetworkToolBar::legendToggled, m_legend, &QWidget::setVisible);

    connect(m_scene, &RelationsNetworkScene::stakeholderActivated, this,
            &RelationsNetwork::stakeholderActivated);
    connect(m_scene, &RelationsNetworkScene::nodesMoved, this,
            [this](const QHash<QString, QPointF>& positions) {
                storePositions(positions,
                               tr("Move %n stakeholder(s) on the network", "", positions.size()));
            });

    retranslate();
    setReadOnly(context.file.isReadOnly());
}

RelationsNetwork::~RelationsNetwork()
{
    // The scene outlives this part of the object and still announces its items' removal.
    m_scene->disconnect(this);
    m_scene->disconnect(m_selectionSync);
}

void RelationsNetwork::retranslate()
{
    m_view->setToolTip(tr("Drag a stakeholder to move it, drag the background to pan, "
                          "Ctrl+wheel to zoom, double-click to open."));
}

void RelationsNetwork::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_scene->setMovable(!readOnly);
    m_toolBar->setArrangeEnabled(!readOnly);
}

void RelationsNetwork::setKindFilter(std::optional<Stakeholder::Kind> kind)
{
    m_toolBar->setKind(kind);
}

void RelationsNetwork::setThemeFilter(const QString& themeId)
{
    m_toolBar->setThemeId(themeId);
}

void RelationsNetwork::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_rebuildTimer->start();
}

void RelationsNetwork::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        scheduleRebuild();
    }
    QWidget::changeEvent(event);
}

void RelationsNetwork::scheduleRebuild()
{
    m_dirty = true;
    // Hidden (another tab of the pane), the work waits until the network is shown.
    if (isVisible())
        m_rebuildTimer->start();
}

QStringList RelationsNetwork::shownIds()
{
    QStringList ids;
    const int rows = m_model->rowCount();
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids << m_model->index(row, 0).data(StakeholderTableModel::IdRole).toString();
    return ids;
}

const Stakeholder* RelationsNetwork::record(const QString& id)
{
    auto it = m_records.find(id);
    if (it == m_records.end()) {
        std::optional<Stakeholder> s = m_context.repositories.stakeholders().stakeholder(id);
        if (!s)
            return nullptr;
        it = m_records.insert(id, *s);
    }
    return &*it;
}

void RelationsNetwork::loadRelations()
{
    if (m_relationsLoaded)
        return;
    m_relations.clear();
    for (const StakeholderRelation& r : m_context.repositories.stakeholders().relations())
        m_relations.insert(r.meta.id, r);
    m_relationsLoaded = true;
}

QList<NetworkLayout::Edge> RelationsNetwork::shownEdges() const
{
    QList<NetworkLayout::Edge> edges;
    for (const StakeholderRelation& r : m_relations) {
        if (m_scene->node(r.fromId) && m_scene->node(r.toId))
            edges.append({r.fromId, r.toId, double(r.strength)});
    }
    return edges;
}

void RelationsNetwork::rebuild()
{
    m_dirty = false;
    m_rebuildTimer->stop();
    const QStringList listed = shownIds();
    const std::optional<Stakeholder::Kind> kind = m_toolBar->kind();
    const QString themeId = m_toolBar->themeId();
    m_selectionSync->clearScene();
    // The records not read yet, at once (a reading each took most of a first show), so that
    // the network's own kind and theme filters narrow what is drawn before it is counted.
    QStringList unread;
    for (const QString& id : listed) {
        if (!m_records.contains(id))
            unread << id;
    }
    for (const Stakeholder& s : m_context.repositories.stakeholders().stakeholders(unread))
        m_records.insert(s.meta.id, s);
    QStringList ids;
    for (const QString& id : listed) {
        const Stakeholder* s = record(id);
        if (s && (!kind || s->kind == *kind) &&
            (themeId.isEmpty() || s->themeIds.contains(themeId)))
            ids << id;
    }
    if (ids.size() > maxShownNodes) {
        m_layouter->cancel();
        m_tooMany->setText(
            tr("%L1 stakeholders are shown: too many to draw a readable network (at most %L2). "
               "Narrow them with the network's kind and theme, or with the table's filters "
               "(level, group or text), to see the relations between them.")
                .arg(ids.size())
                .arg(maxShownNodes));
        m_stack->setCurrentWidget(m_tooMany);
        updateStatus();
        return;
    }
    m_stack->setCurrentIndex(0);
    loadRelations();
    for (const QString& id : ids) {
        const Stakeholder* s = record(id);
        RelationsNetworkNode* node = m_scene->addNode(id, s->name, s->kind);
        if (s->networkX && s->networkY)
            node->setPos(*s->networkX, *s->networkY);
        else if (m_placed.contains(id))
            node->setPos(m_placed.value(id));
    }
    placeUnplaced();
    for (const StakeholderRelation& r : std::as_const(m_relations))
        m_scene->addEdge(r);
    m_selectionSync->toScene();
    if (!m_layouter->isBusy())
        fitFirstTime();
    updateStatus();
}

void RelationsNetwork::placeUnplaced()
{
    QList<NetworkLayout::Node> nodes;
    bool anyFree = false;
    for (RelationsNetworkNode* node : m_scene->nodes()) {
        const Stakeholder& s = m_records[node->id()];
        std::optional<QPointF> at;
        if (s.networkX && s.networkY)
            at = QPointF(*s.networkX, *s.networkY);
        else if (m_placed.contains(node->id()))
            at = m_placed.value(node->id());
        anyFree = anyFree || !at;
        nodes.append({node->id(), at, node->size()});
    }
    // A layout under way for the network as it was is not wanted any more, unless it is the
    // same one (run() keeps it then: the network rebuilt with nothing changed).
    if (!anyFree) {
        m_layouter->cancel();
        return;
    }
    // Until the layout answers, the nodes without a place are not shown (nor their edges).
    m_placing = 0;
    for (const NetworkLayout::Node& n : std::as_const(nodes)) {
        if (!n.position) {
            m_scene->node(n.id)->setVisible(false);
            ++m_placing;
        }
    }
    // Placing stopped by the officer starts again only for a narrower list (or Arrange), not
    // at every edit.
    if (m_stoppedAt >= 0 && nodes.size() >= m_stoppedAt) {
        m_layouter->cancel();
        return;
    }
    m_stoppedAt = -1;
    m_layouter->fitTo(m_view->viewport()->size());
    m_layouter->run(nodes, shownEdges(),
                    [this](const QHash<QString, QPointF>& positions) { showPlaced(positions); });
}

void RelationsNetwork::showPlaced(const QHash<QString, QPointF>& positions)
{
    for (RelationsNetworkNode* node : m_scene->nodes()) {
        if (node->isVisible())
            continue;
        // Graphviz failed: the node still shows, at the origin, rather than vanish.
        const QPointF at = positions.value(node->id());
        m_placed.insert(node->id(), at);
        node->setPos(at);
        node->setVisible(true);
        for (RelationsNetworkEdge* edge : node->edges())
            edge->setVisible(edge->from()->isVisible() && edge->to()->isVisible());
    }
    fitFirstTime();
    updateStatus();
}

void RelationsNetwork::fitFirstTime()
{
    if (m_fitted || m_scene->nodes().isEmpty())
        return;
    m_view->fitAll();
    m_fitted = true;
    // The legend opens by itself only where it hides no stakeholder; its button shows it.
    if (m_view->overlayHidesItems())
        m_toolBar->setLegendShown(false);
}

void RelationsNetwork::updateStatus()
{
    if (m_stack->currentWidget() == m_tooMany) {
        m_status->clear();
        m_toolBar->setExportEnabled(false);
        m_toolBar->setArrangeEnabled(false);
        return;
    }
    const int nodes = int(m_scene->nodes().size());
    if (m_layouter->isBusy()) {
        if (m_stack->currentWidget() != m_progress) {
            m_progress->start(m_placing);
            m_stack->setCurrentWidget(m_progress);
        }
        m_status->setText(tr("Placing the stakeholders on the network…"));
        m_toolBar->setArrangeEnabled(false);
        m_toolBar->setExportEnabled(false);
        return;
    }
    if (m_stack->currentWidget() == m_progress) {
        m_progress->stop();
        m_stack->setCurrentIndex(0);
    }
    const auto unplaced =
        std::count_if(m_scene->nodes().cbegin(), m_scene->nodes().cend(),
                      [](const RelationsNetworkNode* n) { return !n->isVisible(); });
    QString text = tr("%n stakeholder(s)", "", nodes) + QStringLiteral(" · ") +
                   tr("%n relation(s)", "", m_scene->edgeCount());
    if (unplaced > 0)
        text += QStringLiteral(" · ") +
                tr("%n not placed: “Arrange automatically” places them", "", int(unplaced));
    m_status->setText(text);
    m_toolBar->setExportEnabled(nodes > 0);
    m_toolBar->setArrangeEnabled(nodes > 0 && !m_readOnly);
}

void RelationsNetwork::onStakeholderUpdated(const Stakeholder& stakeholder)
{
    const std::optional<Stakeholder> before =
        m_records.contains(stakeholder.meta.id)
            ? std::optional<Stakeholder>(m_records.value(stakeholder.meta.id))
            : std::nullopt;
    if (!before)
        return; // never shown: read when it is
    m_records.insert(stakeholder.meta.id, stakeholder);
    RelationsNetworkNode* node = m_scene->node(stakeholder.meta.id);
    const bool samePicture = before->name == stakeholder.name && before->kind == stakeholder.kind &&
                             before->themeIds == stakeholder.themeIds;
    if (!node || !samePicture) {
        scheduleRebuild();
        return;
    }
    // Only the place changed (a drag, its undo, an arrangement): move the node, keep the rest.
    if (stakeholder.networkX && stakeholder.networkY)
        node->setPos(*stakeholder.networkX, *stakeholder.networkY);
    else if (m_placed.contains(stakeholder.meta.id))
        node->setPos(m_placed.value(stakeholder.meta.id));
    else
        scheduleRebuild();
}

void RelationsNetwork::onRelationsChanged()
{
    m_relationsLoaded = false;
    scheduleRebuild();
}

void RelationsNetwork::storePositions(const QHash<QString, QPointF>& positions, const QString& text)
{
    if (m_readOnly || positions.isEmpty())
        return;
    StakeholderRepository& repo = m_context.repositories.stakeholders();
    // One undo step however many nodes moved: the parent runs its children in turn.
    auto command = std::make_unique<QUndoCommand>(text);
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        std::optional<Stakeholder> before = repo.stakeholder(it.key());
        if (!before)
            continue;
        Stakeholder after = *before;
        after.networkX = it.value().x();
        after.networkY = it.value().y();
        if (after != *before)
            new StakeholderEdit(&m_context.file, repo, *before, after, text, command.get());
    }
    if (command->childCount() > 0)
        m_context.undoStack.push(command.release());
}

void RelationsNetwork::arrange()
{
    if (m_readOnly || m_scene->nodes().isEmpty() || m_layouter->isBusy())
        return;
    m_stoppedAt = -1;
    QList<NetworkLayout::Node> nodes;
    for (RelationsNetworkNode* node : m_scene->nodes())
        nodes.append({node->id(), std::nullopt, node->size()});
    m_placing = int(nodes.size());
    m_layouter->fitTo(m_view->viewport()->size());
    m_layouter->run(nodes, shownEdges(), [this](const QHash<QString, QPointF>& positions) {
        storePositions(positions, tr("Arrange the network automatically"));
        // Nodes left unplaced by a stopped layout show now.
        showPlaced(positions);
    });
}

void RelationsNetwork::exportTo(const QString& format)
{
    const bool png = format == QLatin1String("png");
    const QString path = DialogHooks::saveFileName(
        this, png ? tr("Export the network as PNG") : tr("Export the network as SVG"),
        tr("relations-network") + QLatin1Char('.') + format,
        png ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    RelationsNetworkExport exporter(*m_scene, layoutDirection() == Qt::RightToLeft);
    const QString error =
        png ? exporter.savePng(path) : exporter.saveSvg(path, tr("Relations between stakeholders"));
    if (!error.isEmpty()) {
        DialogHooks::message(this, QMessageBox::Warning, tr("Export the network"), error);
        return;
    }
    ExportDone::tell(this, tr("Export the network"),
                     tr("The network of relations was written, as shown."), path);
}

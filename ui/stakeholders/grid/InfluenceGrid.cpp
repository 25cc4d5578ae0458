// SPDX-License-Identifier: GPL-3.0-or-later
#include "InfluenceGrid.h"

#include "InfluenceGridExport.h"
#include "InfluenceGridLegend.h"
#include "InfluenceGridView.h"
#include "city/Repositories.h"
#include "commands/GridMoveCommand.h"
#include "commands/RecordCommands.h"
#include "shell/DialogHooks.h"
#include "shell/ExportDone.h"
#include "stakeholders/StakeholderRepository.h"
#include "stakeholders/table/StakeholderTableModel.h"
#include "storage/CityFile.h"

#include <QAction>
#include <QEvent>
#include <QLayout>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

InfluenceGrid::InfluenceGrid(const PaneContext& context, StakeholderTableModel* model,
                             QItemSelectionModel* selection, QWidget* parent)
    : QWidget(parent), m_context(context), m_view(new InfluenceGridView(model, selection, this)),
      m_legend(new InfluenceGridLegend(m_view))
{
    setObjectName(QStringLiteral("influenceGrid"));
    m_view->setObjectName(QStringLiteral("influenceGridView"));
    m_view->setAccessibleName(tr("Influence and interest grid"));
    auto* toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("influenceGridToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addToolAction(toolBar, QStringLiteral("influenceGridZoomIn"), tr("Zoom in"),
                  QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    addToolAction(toolBar, QStringLiteral("influenceGridZoomOut"), tr("Zoom out"),
                  QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    addToolAction(toolBar, QStringLiteral("influenceGridFit"), tr("Fit"),
                  QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->fit(); });
    auto* legendAction = toolBar->addAction(tr("Legend"));
    legendAction->setObjectName(QStringLiteral("influenceGridLegendAction"));
    legendAction->setCheckable(true);
    legendAction->setToolTip(tr("Show or hide what the colours mean"));
    connect(legendAction, &QAction::triggered, m_legend, &InfluenceGridLegend::choose);
    connect(m_legend, &InfluenceGridLegend::expandedChanged, legendAction, &QAction::setChecked);
    toolBar->addSeparator();
    addToolAction(toolBar, QStringLiteral("influenceGridExport"), tr("Export image…"), {},
                  [this] { exportImage(); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view, 1);

    connect(m_view, &InfluenceGridView::stakeholderActivated, this,
            &InfluenceGrid::stakeholderActivated);
    connect(m_view, &InfluenceGridView::moveRequested, this, &InfluenceGrid::moveStakeholders);
    // Over the view's top corner, placed again as the view or the legend changes size.
    m_view->installEventFilter(this);
    m_legend->installEventFilter(this);
    connect(m_view, &InfluenceGridView::gridRebuilt, this, [this] {
        m_legend->setLegend(m_view->gridLayout());
        // Rebuilt while painting: placed (and unfolded or not) after it.
        QMetaObject::invokeMethod(this, &InfluenceGrid::placeLegend, Qt::QueuedConnection);
    });
    connect(m_legend, &InfluenceGridLegend::expandedChanged, this, &InfluenceGrid::placeLegend,
            Qt::QueuedConnection);
    // Filled when the marks are first placed (shown, exported), not when the pane is made.
    setReadOnly(context.file.isReadOnly());
}

void InfluenceGrid::addToolAction(QToolBar* toolBar, const QString& name, const QString& text,
                                  const QKeySequence& keys, const std::function<void()>& slot)
{
    auto* action = toolBar->addAction(text);
    action->setObjectName(name);
    action->setShortcut(keys);
    // The pane holds other views: the keys act where the grid has the focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Added to the grid too: the keys work while the focus is on the view.
    addAction(action);
    connect(action, &QAction::triggered, this, slot);
}

void InfluenceGrid::setReadOnly(bool readOnly)
{
    m_view->setReadOnly(readOnly);
    m_view->setToolTip(readOnly ? QString()
                                : tr("Drag a stakeholder to another cell to change its influence "
                                     "and interest, or move the selected ones with the arrow "
                                     "keys."));
}

bool InfluenceGrid::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        placeLegend();
    // Folded, unfolded or its texts changed: its size hint is new once its layout has run.
    if (watched == m_legend && event->type() == QEvent::LayoutRequest)
        QMetaObject::invokeMethod(this, &InfluenceGrid::placeLegend, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void InfluenceGrid::placeLegend()
{
    constexpr int margin = 8;
    const QRect area = m_view->viewport()->geometry();
    // Placing the marks waits until the grid is shown (a large file's pane opens faster).
    if (m_view->isVisible()) {
        const InfluenceGridLayout& layout = m_view->gridLayout();
        const int left = m_view->mapFromGrid({0, 0}).x();
        const int right = m_view->mapFromGrid({layout.pageSize().width(), 0}).x();
        const int room = layoutDirection() == Qt::RightToLeft ? left : area.width() - right;
        m_legend->setRoomToExpand(room >= m_legend->expandedSize().width() + 2 * margin);
    }
    m_legend->layout()->activate();
    const QSize size = m_legend->sizeHint();
    // The top corner away from where reading starts, as the network's legend.
    const int x = layoutDirection() == Qt::RightToLeft ? area.left() + margin
                                                       : area.right() - margin - size.width();
    m_legend->setGeometry(QRect(QPoint(x, area.top() + margin), size));
    m_legend->raise();
}

bool InfluenceGrid::isReadOnly() const
{
    return m_view->isReadOnly();
}

void InfluenceGrid::moveStakeholders(const QStringList& ids, int influenceDelta, int interestDelta)
{
    if (isReadOnly() || m_context.file.isReadOnly())
        return;
    StakeholderRepository& repository = m_context.repositories.stakeholders();
    QList<std::pair<Stakeholder, Stakeholder>> moves;
    for (const QString& id : ids) {
        const std::optional<Stakeholder> before = repository.stakeholder(id);
        if (!before)
            continue;
        Stakeholder after = *before;
        after.influence = std::clamp(after.influence + influenceDelta, Stakeholder::minScore,
                                     Stakeholder::maxScore);
        after.interest = std::clamp(after.interest + interestDelta, Stakeholder::minScore,
                                    Stakeholder::maxScore);
        if (after != *before)
            moves.append({*before, after});
    }
    if (moves.isEmpty())
        return;
    using Command = EditRecordCommand<StakeholderRepository, Stakeholder>;
    if (moves.size() == 1) {
        const auto& [before, after] = moves.first();
        m_context.undoStack.push(new Command(&m_context.file, repository, before, after,
                                             tr("Move “%1” on the grid").arg(after.name)));
        return;
    }
    // Several marks dragged together: one step, undone at once.
    m_context.undoStack.push(
        new GridMoveCommand(m_context.repositories.store(), repository, moves,
                            tr("Move %n stakeholder(s) on the grid", "", int(moves.size()))));
}

void InfluenceGrid::exportImage()
{
    const QString path = DialogHooks::saveFileName(
        this, tr("Export the influence and interest grid"), tr("influence-interest-grid.png"),
        tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    // The file at its own size: text and crowded cells as on paper, not as zoomed on screen.
    InfluenceGridLayout layout = m_view->gridLayout();
    layout.setViewScale(1);
    // On paper the legend is part of the picture, beside the grid.
    layout.setLegendPlace(InfluenceGridLayout::LegendPlace::Beside);
    const Result<void> written = InfluenceGridExport::write(path, layout, m_view->renderer());
    if (!written) {
        DialogHooks::message(this, QMessageBox::Warning, tr("Export the grid"),
                             written.error().message);
        return;
    }
    ExportDone::tell(this, tr("Export the grid"),
                     tr("The influence and interest grid was written with its legend."), path);
}

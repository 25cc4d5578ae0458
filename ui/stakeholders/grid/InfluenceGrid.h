// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PaneContext.h"

#include <QWidget>

#include <functional>

class InfluenceGridLegend;
class InfluenceGridView;
class QItemSelectionModel;
class QToolBar;
class StakeholderTableModel;

// The influence/interest grid of the stakeholders pane ("Influence and interest" tab): the
// four classic quadrants with one mark per stakeholder the pane's filter lets through, a small
// toolbar (zoom, fit, export as PNG or SVG), and dragging marks to change the scores, each
// drop one undo step.
class InfluenceGrid : public QWidget
{
    Q_OBJECT

public:
    InfluenceGrid(const PaneContext& context, StakeholderTableModel* model,
                  QItemSelectionModel* selection, QWidget* parent = nullptr);

    // Read-only: marks can no longer be dragged; looking, selecting and exporting remain.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    InfluenceGridView* view() const { return m_view; }
    InfluenceGridLegend* legend() const { return m_legend; }

public slots:
    // Asks for a file name and writes the whole grid there.
    void exportImage();

signals:
    void stakeholderActivated(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void placeLegend();
    void addToolAction(QToolBar* toolBar, const QString& name, const QString& text,
                       const QKeySequence& keys, const std::function<void()>& slot);
    void moveStakeholders(const QStringList& ids, int influenceDelta, int interestDelta);

    PaneContext m_context;
    InfluenceGridView* m_view;
    InfluenceGridLegend* m_legend;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"
#include "shell/PaneContext.h"

class ActionDetails;
class PlanHeadline;
class PlanTreeModel;
class QCheckBox;
class QComboBox;
class QPushButton;
class QSplitter;
class QTreeView;
class TimelineView;

// The action plan: a headline strip of figures, filters, and the tree of priorities, actions and
// milestones with their rollups beside a Gantt timeline sharing its rows and selection. Adding,
// editing, marking done and moving dates (dragged, or stepped with the arrow keys) are undoable
// edits, stored as they are made.
class ActionPlanPane : public Pane
{
    Q_OBJECT

public:
    explicit ActionPlanPane(const PaneContext& context, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly) override;
    bool showRecord(const QString& table, const QString& id) override;
    QList<QAction*> viewActions() const override;

    // The day lateness is judged on (tests fix it).
    void setToday(const QDate& today);
    PlanTreeModel* model() const { return m_model; }
    TimelineView* timeline() const { return m_timeline; }
    ActionDetails* details() const { return m_details; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* makeFilters();
    QWidget* makeButtons();
    void fillFilters();
    // Once after a burst of row changes (a filter removes rows in many runs).
    void scheduleFillFilters();
    void applyFilter();
    void updateButtons();
    void updateHeadline();
    void addAction();
    void addMilestone();
    void editSelected();
    void markDone();
    void removeSelected();
    void showLead();
    // session: the timeline's run of key presses, whose steps merge; 0 for a drag.
    void moveDates(const QModelIndex& index, const QDate& start, const QDate& end, int session);
    void moveDue(const QModelIndex& index, const QDate& due, int session);
    void keepSelected(const QString& id);
    QModelIndex current() const;
    void select(const QString& id);

    PaneContext m_context;
    PlanTreeModel* m_model = nullptr;
    PlanHeadline* m_headline = nullptr;
    ActionDetails* m_details = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_tree = nullptr;
    TimelineView* m_timeline = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_lead = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_source = nullptr;
    QCheckBox* m_late = nullptr;
    QPushButton* m_addAction = nullptr;
    QPushButton* m_addMilestone = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_showLead = nullptr;
    QList<QAction*> m_zoomActions;
    bool m_readOnly = false;
    bool m_shownOnce = false;
    bool m_fillScheduled = false;
    QSplitter* m_vertical = nullptr;
};

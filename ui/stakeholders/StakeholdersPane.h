// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Pane.h"
#include "shell/PaneContext.h"

class ContactsPanel;
class EngagementLogPanel;
class InfluenceGrid;
class QAction;
class QItemSelectionModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;
class RelationsNetwork;
class RelationsPanel;
class StakeholderDetailEditor;
class StakeholderGroupView;
class StakeholderFilterBar;
class MessageBar;
class StakeholderRecordActions;
class StakeholderTableColumns;
class StakeholderTableModel;

// The stakeholder map: views of the city's stakeholders on the left (the table first), what is
// known of the one selected on the right. Every view shares one model, narrowed by the filter
// bar, and one selection.
class StakeholdersPane : public Pane
{
    Q_OBJECT

public:
    explicit StakeholdersPane(const PaneContext& context, QWidget* parent = nullptr);
    ~StakeholdersPane() override;

    QList<QAction*> viewActions() const override;
    bool hasFilter() const override { return true; }
    bool focusFilter() override;
    void setReadOnly(bool readOnly) override;
    // "stakeholder": selects it in the table and shows its details.
    bool showRecord(const QString& table, const QString& id) override;

    StakeholderTableModel* model() const { return m_model; }
    QItemSelectionModel* selection() const { return m_selection; }
    // The ids of the stakeholders selected, in the table's order.
    QStringList selectedIds() const;
    // Whether the detail tabs are shown beside the view (the officer may collapse them).
    bool detailsShown() const;

public slots:
    // Selects the stakeholder in the table (clearing the filters if they hide it) and shows
    // its details: what a view emits when the officer double-clicks a mark or a node.
    void stakeholderActivated(const QString& id);

signals:
    // The one stakeholder selected, for the detail tabs; empty when none or several are.
    void currentStakeholderChanged(const QString& id);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* makeTableTab();
    // The officer's to-do: every overdue follow-up; the one chosen opens its stakeholder.
    void showOverdueFollowUps();
    void addDetailTab(QWidget* panel, const QString& title, const QIcon& icon = {});
    void select(const QStringList& ids);
    void onSelectionChanged();
    // The details as the officer left them for the view shown: the group view, which has its
    // own lists of people, gives them its width unless asked otherwise.
    void applyDetailsPreference();
    void setDetailsShown(bool shown);
    // The officer's choice for the view shown, remembered.
    void chooseDetailsShown(bool shown);
    QString detailsSettingsKey() const;

    PaneContext m_context;
    StakeholderTableModel* m_model;
    QItemSelectionModel* m_selection;
    StakeholderRecordActions* m_actions;
    MessageBar* m_message;
    StakeholderFilterBar* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_views;
    QTabWidget* m_details;
    QSplitter* m_splitter = nullptr;
    QToolButton* m_detailsToggle = nullptr;
    QList<int> m_splitterSizes{640, 360}; // proportions, scaled to the pane's width
    StakeholderTableColumns* m_columns = nullptr;
    StakeholderDetailEditor* m_editor;
    ContactsPanel* m_contacts;
    InfluenceGrid* m_grid;
    RelationsNetwork* m_network;
    StakeholderGroupView* m_group;
    RelationsPanel* m_relations;
    EngagementLogPanel* m_engagements;
    QAction* m_import;
    QAction* m_export;
    QAction* m_overdue;
    QStringList m_keptSelection; // across a filter change, which resets the model
    bool m_readOnly = false;
};

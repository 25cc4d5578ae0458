// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/PlanData.h"
#include "plan/PlanRollups.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

class ActionRepository;
class PlanRepository;
class StakeholderRepository;

// The action plan as a tree: priorities in rank order, their actions, each action's milestones,
// with the rollups (progress, budget, late) on every level and the PlanRoles the timeline reads.
// The plan is loaded once into vectors; a repository signal updates the record it names, the
// rollups are computed again from memory, and only the rows concerned are announced (an action
// changed: its row, its priority's and nothing else; an action added: its row inserted). The
// filters narrow which actions show.
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // The rollups first: beside the timeline, which shows the dates, the tree is read for
    // how far each row has gone, what it cost and whether it is late.
    enum Column
    {
        TitleColumn,
        ProgressColumn,
        LateColumn,
        BudgetColumn,
        StatusColumn,
        LeadColumn,
        StartColumn,
        EndColumn,
        ColumnCount
    };

    struct Filter
    {
        QSet<Action::Status> statuses; // empty: any
        QString leadId;                // empty: any
        QString themeId;               // empty: any
        QString fundingSource;         // empty: any
        bool lateOnly = false;

        bool isEmpty() const
        {
            return statuses.isEmpty() && leadId.isEmpty() && themeId.isEmpty() &&
                   fundingSource.isEmpty() && !lateOnly;
        }
        bool operator==(const Filter&) const = default;
    };

    PlanTreeModel(PlanRepository& plan, ActionRepository& actions,
                  StakeholderRepository& stakeholders, QObject* parent = nullptr);
    ~PlanTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The day lateness is judged on (tests fix it); today by default.
    void setToday(const QDate& today);
    QDate today() const { return m_today; }
    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }

    const PlanData& plan() const { return m_plan; }
    const PlanRollups& rollups() const { return m_rollups; }
    // The row of a record ("priority", "action", "milestone" and its id); invalid when filtered
    // out or unknown.
    QModelIndex indexOf(const QString& id) const;
    // The record a row shows: its id, and what it is (PlanRoles::RowKind).
    QString idAt(const QModelIndex& index) const;
    int kindAt(const QModelIndex& index) const;
    std::optional<Action> actionAt(const QModelIndex& index) const;
    std::optional<Milestone> milestoneAt(const QModelIndex& index) const;
    QString priorityIdAt(const QModelIndex& index) const;
    // The funding sources and leads the plan uses, for the filters.
    QStringList fundingSources() const;
    QStringList leadIds() const;
    QString stakeholderName(const QString& id) const;

signals:
    // The rollups changed (an edit, the day, a reload): the headline strip follows.
    void rollupsChanged();

private:
    struct Node;
    struct Shape;

    void reload();
    void rebuild();
    // The tree made again from m_plan, announced row by row (removed, moved, inserted rows),
    // then the rows of touched (records whose figures changed with it).
    void reshape(const QStringList& touched = {});
    Shape wantedShape() const;
    void moveToWantedParents(const Shape& shape);
    void sync(Node* parent, const Shape& shape);
    std::unique_ptr<Node> makeNode(int kind, const QString& id, Node* parent, const Shape& shape);
    void forget(const Node* node);
    void recompute();
    bool shows(const Action& action) const;
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOfNode(const Node* node, int column = 0) const;
    void announceRow(const Node* node);
    // Every row under parent (the day changed: every lateness may have).
    void announceAll(const Node* parent);
    // An action's row and its priority's, whose rollups a milestone changes.
    QStringList withPriority(const QString& actionId) const;
    void announceRollups(const QString& priorityId);
    template <typename T> void replace(QList<T>& list, const T& record);
    template <typename T> void erase(QList<T>& list, const QString& id);
    QVariant displayOf(const Node* node, int column) const;
    QVariant roleOf(const Node* node, int role) const;

    PlanRepository& m_planRepository;
    ActionRepository& m_actions;
    StakeholderRepository& m_stakeholders;
    PlanData m_plan;
    PlanRollups m_rollups;
    QDate m_today = QDate::currentDate();
    Filter m_filter;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node*> m_nodes; // record id -> its row
    QHash<QString, const Priority*> m_priorityById;
    QHash<QString, const Action*> m_actionById;
    QHash<QString, const Milestone*> m_milestoneById;
    mutable QHash<QString, QString> m_names; // lead id -> name, read with the plan
};

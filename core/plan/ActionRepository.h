// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "plan/Action.h"
#include "plan/BudgetLine.h"
#include "plan/Indicator.h"
#include "plan/IndicatorValue.h"
#include "plan/Milestone.h"
#include "plan/PlanBaseline.h"
#include "plan/ProgressEntry.h"
#include "storage/KindAnnouncements.h"
#include "storage/LinkRows.h"
#include "storage/RecordTable.h"
#include "storage/RowAnnouncer.h"

#include <QDate>
#include <QObject>

#include <optional>

// The action plan: actions under the priorities, with their partners, milestones, indicators,
// budget lines and progress log. Every write is one transaction; every change is announced so
// models update row by row, including the rows that go or come back with a priority.
class ActionRepository : public QObject, public RowListener
{
    Q_OBJECT

public:
    explicit ActionRepository(RecordStore& store, QObject* parent = nullptr);
    ~ActionRepository() override;

    // By position, then start date and title.
    QList<Action> actions() const;
    QList<Action> actions(const QString& priorityId) const;
    std::optional<Action> action(const QString& id) const;
    // Actions whose end date is before today and that are neither done nor cancelled, the
    // most overdue first.
    QList<Action> lateActions(const QDate& today) const;
    // Stores the action and its partners (partnerIds sorted and without repeats) together.
    Result<void> add(Action& action);
    Result<void> update(Action& action);
    // Takes the action's partners, milestones, indicators, budget lines and progress with it.
    Result<RowSnapshot> remove(const Action& action);

    // By due date.
    QList<Milestone> milestones() const;
    QList<Milestone> milestones(const QString& actionId) const;
    std::optional<Milestone> milestone(const QString& id) const;
    Result<void> add(Milestone& milestone);
    Result<void> update(Milestone& milestone);
    Result<RowSnapshot> remove(const Milestone& milestone);

    // By name.
    QList<Indicator> indicators() const;
    QList<Indicator> indicators(const QString& actionId) const;
    std::optional<Indicator> indicator(const QString& id) const;
    Result<void> add(Indicator& indicator);
    Result<void> update(Indicator& indicator);
    Result<RowSnapshot> remove(const Indicator& indicator);

    // Measured values, by date.
    QList<IndicatorValue> indicatorValues() const;
    QList<IndicatorValue> indicatorValues(const QString& indicatorId) const;
    std::optional<IndicatorValue> indicatorValue(const QString& id) const;
    Result<void> add(IndicatorValue& value);
    Result<void> update(IndicatorValue& value);
    Result<RowSnapshot> remove(const IndicatorValue& value);

    // By funding source, then label.
    QList<BudgetLine> budgetLines() const;
    QList<BudgetLine> budgetLines(const QString& actionId) const;
    std::optional<BudgetLine> budgetLine(const QString& id) const;
    // The funding sources the file's budget lines name, each once, in the order of the
    // interface's language (QCollator): the officer's own list, offered when a line is edited.
    QStringList fundingSources() const;
    // Stores the currency in capitals.
    Result<void> add(BudgetLine& line);
    Result<void> update(BudgetLine& line);
    Result<RowSnapshot> remove(const BudgetLine& line);

    // By date.
    QList<ProgressEntry> allProgress() const;
    QList<ProgressEntry> progress(const QString& actionId) const;
    std::optional<ProgressEntry> progressEntry(const QString& id) const;
    Result<void> add(ProgressEntry& entry);
    Result<void> update(ProgressEntry& entry);
    Result<RowSnapshot> remove(const ProgressEntry& entry);

    // Puts back what a remove() took away (undo), with the same identities.
    Result<void> restore(const RowSnapshot& snapshot);

    // The council adopts the plan: every action's dates, milestone's due date and budget line's
    // planned amount become the baseline the plan's slippage is measured against. Returns the
    // baseline it replaced, for undo. An update() never changes the baseline; only these do.
    Result<PlanBaseline> takeBaseline();
    Result<void> restoreBaseline(const PlanBaseline& baseline);

    // Validation: nullopt when the record may be stored. Members, because references are
    // checked against the file.
    std::optional<Error> validate(const Action& action) const;
    std::optional<Error> validate(const Milestone& milestone) const;
    std::optional<Error> validate(const Indicator& indicator) const;
    std::optional<Error> validate(const BudgetLine& line) const;
    std::optional<Error> validate(const ProgressEntry& entry) const;
    std::optional<Error> validate(const IndicatorValue& value) const;
    // What is allowed but probably a mistake, in the interface language (empty when nothing
    // is): a milestone outside its action's dates, spent over planned, a target equal to the
    // baseline. The panes show them beside the record.
    QStringList warnings(const Milestone& milestone) const;
    static QStringList warnings(const BudgetLine& line);
    static QStringList warnings(const Indicator& indicator);

public slots:
    // Announces this repository's rows that went with, or came back with, a record of this or
    // another repository (a priority takes its actions), and the actions whose lead or partners
    // a stakeholder's removal changed: called by RecordStore's announcer.
    void announceRemoved(const RowSnapshot& snapshot) override;
    void announceRestored(const RowSnapshot& snapshot) override;

signals:
    void actionAdded(const Action& action);
    void actionUpdated(const Action& action);
    void actionRemoved(const QString& id);
    void milestoneAdded(const Milestone& milestone);
    void milestoneUpdated(const Milestone& milestone);
    void milestoneRemoved(const QString& id);
    void indicatorAdded(const Indicator& indicator);
    void indicatorUpdated(const Indicator& indicator);
    void indicatorRemoved(const QString& id);
    void budgetLineAdded(const BudgetLine& line);
    void budgetLineUpdated(const BudgetLine& line);
    void budgetLineRemoved(const QString& id);
    void progressEntryAdded(const ProgressEntry& entry);
    void progressEntryUpdated(const ProgressEntry& entry);
    void progressEntryRemoved(const QString& id);
    void indicatorValueAdded(const IndicatorValue& value);
    void indicatorValueUpdated(const IndicatorValue& value);
    void indicatorValueRemoved(const QString& id);

private:
    // Actions matching where (columns qualified with "action."), with their partners.
    QList<Action> readActions(const QString& where, const QVariantList& bindings) const;
    // Actions still there whose partner rows the snapshot's removal took away or its
    // restoration put back.
    void announcePartnersChanged(const RowSnapshot& snapshot);
    // Writes the baseline columns of the rows listed, announcing each row it changed.
    Result<void> writeBaseline(const PlanBaseline& baseline);

    RecordStore& m_store;
    KindAnnouncements m_kinds;
    RecordTable<Action> m_actions;
    RecordTable<Milestone> m_milestones;
    RecordTable<Indicator> m_indicators;
    RecordTable<BudgetLine> m_budgetLines;
    RecordTable<ProgressEntry> m_progress;
    RecordTable<IndicatorValue> m_values;
    LinkRows m_partners; // action_partner
};

// SPDX-License-Identifier: GPL-3.0-or-later
// What hangs under an action: milestones, indicators and their values, budget lines, progress.
#include "ActionRepository.h"

#include "plan/ActionRows.h"
#include "storage/RecordStore.h"

#include <QCollator>
#include <QSqlQuery>

#include <algorithm>

using namespace ActionRows; // each kind's mapping

namespace {

const QString milestoneOrder = QStringLiteral("ORDER BY due_date, title, created_at");
const QString indicatorOrder = QStringLiteral("ORDER BY name, created_at");
const QString budgetOrder = QStringLiteral("ORDER BY funding_source, label, created_at");
const QString valueOrder = QStringLiteral("ORDER BY measured_on, created_at");
const QString progressOrder = QStringLiteral("ORDER BY date, created_at");
const QString byAction = QStringLiteral("WHERE action_id = ? ");

} // namespace

// Milestones ------------------------------------------------------------------------------------

QList<Milestone> ActionRepository::milestones() const
{
    return m_milestones.all(milestoneOrder);
}

QList<Milestone> ActionRepository::milestones(const QString& actionId) const
{
    return m_milestones.all(byAction + milestoneOrder, {actionId});
}

std::optional<Milestone> ActionRepository::milestone(const QString& id) const
{
    return m_milestones.one(id);
}

Result<void> ActionRepository::add(Milestone& milestone)
{
    if (std::optional<Error> e = validate(milestone))
        return *e;
    milestone.revision = 0;
    milestone.baselineDue = QDate(); // not in the plan the council adopted
    return m_milestones.add(milestone);
}

Result<void> ActionRepository::update(Milestone& milestone)
{
    if (std::optional<Error> e = validate(milestone))
        return *e;
    // As for an action: the baseline and the revision are the file's.
    Milestone next = milestone;
    if (std::optional<Milestone> stored = m_milestones.one(next.meta.id)) {
        Milestone compared = next;
        compared.meta = stored->meta;
        compared.revision = stored->revision;
        compared.baselineDue = stored->baselineDue;
        next.baselineDue = stored->baselineDue;
        next.revision = stored->revision + (compared == *stored ? 0 : 1);
    }
    Result<void> r = m_milestones.update(next);
    if (r)
        milestone = next;
    return r;
}

Result<RowSnapshot> ActionRepository::remove(const Milestone& milestone)
{
    return m_milestones.remove(milestone);
}

// Indicators ------------------------------------------------------------------------------------

QList<Indicator> ActionRepository::indicators() const
{
    return m_indicators.all(indicatorOrder);
}

QList<Indicator> ActionRepository::indicators(const QString& actionId) const
{
    return m_indicators.all(byAction + indicatorOrder, {actionId});
}

std::optional<Indicator> ActionRepository::indicator(const QString& id) const
{
    return m_indicators.one(id);
}

Result<void> ActionRepository::add(Indicator& indicator)
{
    if (std::optional<Error> e = validate(indicator))
        return *e;
    return m_indicators.add(indicator);
}

Result<void> ActionRepository::update(Indicator& indicator)
{
    if (std::optional<Error> e = validate(indicator))
        return *e;
    return m_indicators.update(indicator);
}

Result<RowSnapshot> ActionRepository::remove(const Indicator& indicator)
{
    return m_indicators.remove(indicator);
}

// Indicator values ------------------------------------------------------------------------------

QList<IndicatorValue> ActionRepository::indicatorValues() const
{
    return m_values.all(valueOrder);
}

QList<IndicatorValue> ActionRepository::indicatorValues(const QString& indicatorId) const
{
    return m_values.all(QStringLiteral("WHERE indicator_id = ? ") + valueOrder, {indicatorId});
}

std::optional<IndicatorValue> ActionRepository::indicatorValue(const QString& id) const
{
    return m_values.one(id);
}

Result<void> ActionRepository::add(IndicatorValue& value)
{
    if (std::optional<Error> e = validate(value))
        return *e;
    return m_values.add(value);
}

Result<void> ActionRepository::update(IndicatorValue& value)
{
    if (std::optional<Error> e = validate(value))
        return *e;
    return m_values.update(value);
}

Result<RowSnapshot> ActionRepository::remove(const IndicatorValue& value)
{
    return m_values.remove(value);
}

// Budget lines ----------------------------------------------------------------------------------

QList<BudgetLine> ActionRepository::budgetLines() const
{
    return m_budgetLines.all(budgetOrder);
}

QList<BudgetLine> ActionRepository::budgetLines(const QString& actionId) const
{
    return m_budgetLines.all(byAction + budgetOrder, {actionId});
}

std::optional<BudgetLine> ActionRepository::budgetLine(const QString& id) const
{
    return m_budgetLines.one(id);
}

QStringList ActionRepository::fundingSources() const
{
    // One column's distinct values, an aggregate: written by hand, as counts are.
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT funding_source FROM budget_line"));
    QStringList sources;
    if (q.exec()) {
        while (q.next())
            sources << q.value(0).toString();
    }
    // As a reader of the interface's language orders them: accents and case are not ranks.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(sources.begin(), sources.end(), collator);
    return sources;
}

Result<void> ActionRepository::add(BudgetLine& line)
{
    BudgetLine next = line;
    next.currency = next.currency.trimmed().toUpper();
    next.baselinePlannedCents.reset(); // not in the plan the council adopted
    if (std::optional<Error> e = validate(next))
        return *e;
    Result<void> r = m_budgetLines.add(next);
    if (r)
        line = next;
    return r;
}

Result<void> ActionRepository::update(BudgetLine& line)
{
    BudgetLine next = line;
    next.currency = next.currency.trimmed().toUpper();
    if (std::optional<Error> e = validate(next))
        return *e;
    if (std::optional<BudgetLine> stored = m_budgetLines.one(next.meta.id))
        next.baselinePlannedCents = stored->baselinePlannedCents;
    Result<void> r = m_budgetLines.update(next);
    if (r)
        line = next;
    return r;
}

Result<RowSnapshot> ActionRepository::remove(const BudgetLine& line)
{
    return m_budgetLines.remove(line);
}

// Progress log ----------------------------------------------------------------------------------

QList<ProgressEntry> ActionRepository::allProgress() const
{
    return m_progress.all(progressOrder);
}

QList<ProgressEntry> ActionRepository::progress(const QString& actionId) const
{
    return m_progress.all(byAction + progressOrder, {actionId});
}

std::optional<ProgressEntry> ActionRepository::progressEntry(const QString& id) const
{
    return m_progress.one(id);
}

Result<void> ActionRepository::add(ProgressEntry& entry)
{
    if (std::optional<Error> e = validate(entry))
        return *e;
    return m_progress.add(entry);
}

Result<void> ActionRepository::update(ProgressEntry& entry)
{
    if (std::optional<Error> e = validate(entry))
        return *e;
    return m_progress.update(entry);
}

Result<RowSnapshot> ActionRepository::remove(const ProgressEntry& entry)
{
    return m_progress.remove(entry);
}

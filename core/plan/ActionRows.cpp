// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionRows.h"

#include "catalogue/TableSelect.h"
#include "common/SqlValue.h"

#include <QSqlQuery>

#include <algorithm>

namespace ActionRows {

namespace {

// Each table's columns as the catalogue lists them, and where each is in a row: found once.
struct ActionSelect : TableSelect
{
    ActionSelect() : TableSelect("action") {}
    const int priorityId = column("priority_id");
    const int title = column("title");
    const int description = column("description");
    const int leadId = column("lead_id");
    const int startDate = column("start_date");
    const int endDate = column("end_date");
    const int status = column("status");
    const int position = column("position");
};

struct MilestoneSelect : TableSelect
{
    MilestoneSelect() : TableSelect("milestone") {}
    const int actionId = column("action_id");
    const int title = column("title");
    const int dueDate = column("due_date");
    const int doneOn = column("done_on");
};

struct IndicatorSelect : TableSelect
{
    IndicatorSelect() : TableSelect("indicator") {}
    const int actionId = column("action_id");
    const int name = column("name");
    const int unit = column("unit");
    const int baseline = column("baseline");
    const int target = column("target");
    const int current = column("current");
    const int measuredOn = column("measured_on");
};

struct BudgetSelect : TableSelect
{
    BudgetSelect() : TableSelect("budget_line") {}
    const int actionId = column("action_id");
    const int label = column("label");
    const int fundingSource = column("funding_source");
    const int currency = column("currency");
    const int plannedCents = column("planned_cents");
    const int spentCents = column("spent_cents");
};

struct ProgressSelect : TableSelect
{
    ProgressSelect() : TableSelect("progress_entry") {}
    const int actionId = column("action_id");
    const int date = column("date");
    const int text = column("text");
    const int author = column("author");
};

} // namespace

QString selectActions(const QString& tail)
{
    return tableSelect<ActionSelect>().sql(tail);
}

QString selectMilestones(const QString& tail)
{
    return tableSelect<MilestoneSelect>().sql(tail);
}

QString selectIndicators(const QString& tail)
{
    return tableSelect<IndicatorSelect>().sql(tail);
}

QString selectBudgetLines(const QString& tail)
{
    return tableSelect<BudgetSelect>().sql(tail);
}

QString selectProgressEntries(const QString& tail)
{
    return tableSelect<ProgressSelect>().sql(tail);
}

Action readAction(const QSqlQuery& q)
{
    const ActionSelect& col = tableSelect<ActionSelect>();
    Action a;
    a.meta = RecordMeta::read(q);
    a.priorityId = q.value(col.priorityId).toString();
    a.title = q.value(col.title).toString();
    a.description = q.value(col.description).toString();
    a.leadId = q.value(col.leadId).toString();
    a.startDate = SqlValue::toDate(q.value(col.startDate));
    a.endDate = SqlValue::toDate(q.value(col.endDate));
    a.status = Action::fromText(q.value(col.status).toString()).value_or(Action::Status::Planned);
    a.position = q.value(col.position).toInt();
    return a;
}

Milestone readMilestone(const QSqlQuery& q)
{
    const MilestoneSelect& col = tableSelect<MilestoneSelect>();
    Milestone m;
    m.meta = RecordMeta::read(q);
    m.actionId = q.value(col.actionId).toString();
    m.title = q.value(col.title).toString();
    m.dueDate = SqlValue::toDate(q.value(col.dueDate));
    m.doneOn = SqlValue::toDate(q.value(col.doneOn));
    return m;
}

Indicator readIndicator(const QSqlQuery& q)
{
    const IndicatorSelect& col = tableSelect<IndicatorSelect>();
    Indicator i;
    i.meta = RecordMeta::read(q);
    i.actionId = q.value(col.actionId).toString();
    i.name = q.value(col.name).toString();
    i.unit = q.value(col.unit).toString();
    i.baseline = SqlValue::toOptionalDouble(q.value(col.baseline));
    i.target = SqlValue::toOptionalDouble(q.value(col.target));
    i.current = SqlValue::toOptionalDouble(q.value(col.current));
    i.measuredOn = SqlValue::toDate(q.value(col.measuredOn));
    return i;
}

BudgetLine readBudgetLine(const QSqlQuery& q)
{
    const BudgetSelect& col = tableSelect<BudgetSelect>();
    BudgetLine b;
    b.meta = RecordMeta::read(q);
    b.actionId = q.value(col.actionId).toString();
    b.label = q.value(col.label).toString();
    b.fundingSource = q.value(col.fundingSource).toString();
    b.currency = q.value(col.currency).toString();
    b.plannedCents = q.value(col.plannedCents).toLongLong();
    b.spentCents = q.value(col.spentCents).toLongLong();
    return b;
}

ProgressEntry readProgress(const QSqlQuery& q)
{
    const ProgressSelect& col = tableSelect<ProgressSelect>();
    ProgressEntry p;
    p.meta = RecordMeta::read(q);
    p.actionId = q.value(col.actionId).toString();
    p.date = SqlValue::toDate(q.value(col.date));
    p.text = q.value(col.text).toString();
    p.author = q.value(col.author).toString();
    return p;
}

QList<RecordStore::Column> columnsOf(const Action& a)
{
    return {{"priority_id", a.priorityId},
            {"title", a.title.trimmed()},
            {"description", a.description},
            {"lead_id", SqlValue::reference(a.leadId)},
            {"start_date", SqlValue::date(a.startDate)},
            {"end_date", SqlValue::date(a.endDate)},
            {"status", Action::toText(a.status)},
            {"position", a.position}};
}

QList<RecordStore::Column> columnsOf(const Milestone& m)
{
    return {{"action_id", m.actionId},
            {"title", m.title.trimmed()},
            {"due_date", SqlValue::date(m.dueDate)},
            {"done_on", SqlValue::date(m.doneOn)}};
}

QList<RecordStore::Column> columnsOf(const Indicator& i)
{
    return {{"action_id", i.actionId},
            {"name", i.name.trimmed()},
            {"unit", i.unit},
            {"baseline", SqlValue::of(i.baseline)},
            {"target", SqlValue::of(i.target)},
            {"current", SqlValue::of(i.current)},
            {"measured_on", SqlValue::date(i.measuredOn)}};
}

QList<RecordStore::Column> columnsOf(const BudgetLine& b)
{
    return {{"action_id", b.actionId},
            {"label", b.label},
            {"funding_source", b.fundingSource.trimmed()},
            {"currency", b.currency},
            {"planned_cents", b.plannedCents},
            {"spent_cents", b.spentCents}};
}

QList<RecordStore::Column> columnsOf(const ProgressEntry& p)
{
    return {{"action_id", p.actionId},
            {"date", SqlValue::date(p.date)},
            {"text", p.text.trimmed()},
            {"author", p.author}};
}

QStringList normalizedPartners(const QStringList& ids)
{
    QStringList out;
    for (const QString& id : ids) {
        if (!id.isEmpty())
            out << id;
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

bool isCurrencyCode(const QString& code)
{
    return code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
               return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
           });
}

} // namespace ActionRows

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionRows.h"

#include "common/SqlValue.h"

#include <QSqlQuery>

#include <algorithm>

namespace ActionRows {

const QString actionColumns = QStringLiteral(
    "priority_id, title, description, lead_id, start_date, end_date, status, position");
const QString milestoneColumns = QStringLiteral("action_id, title, due_date, done_on");
const QString indicatorColumns =
    QStringLiteral("action_id, name, unit, baseline, target, current, measured_on");
const QString budgetColumns =
    QStringLiteral("action_id, label, funding_source, currency, planned_cents, spent_cents");
const QString progressColumns = QStringLiteral("action_id, date, text, author");

Action readAction(const QSqlQuery& q)
{
    Action a;
    a.meta = RecordMeta::read(q);
    a.priorityId = q.value(4).toString();
    a.title = q.value(5).toString();
    a.description = q.value(6).toString();
    a.leadId = q.value(7).toString();
    a.startDate = SqlValue::toDate(q.value(8));
    a.endDate = SqlValue::toDate(q.value(9));
    a.status = Action::fromText(q.value(10).toString()).value_or(Action::Status::Planned);
    a.position = q.value(11).toInt();
    return a;
}

Milestone readMilestone(const QSqlQuery& q)
{
    Milestone m;
    m.meta = RecordMeta::read(q);
    m.actionId = q.value(4).toString();
    m.title = q.value(5).toString();
    m.dueDate = SqlValue::toDate(q.value(6));
    m.doneOn = SqlValue::toDate(q.value(7));
    return m;
}

Indicator readIndicator(const QSqlQuery& q)
{
    Indicator i;
    i.meta = RecordMeta::read(q);
    i.actionId = q.value(4).toString();
    i.name = q.value(5).toString();
    i.unit = q.value(6).toString();
    i.baseline = SqlValue::toOptionalDouble(q.value(7));
    i.target = SqlValue::toOptionalDouble(q.value(8));
    i.current = SqlValue::toOptionalDouble(q.value(9));
    i.measuredOn = SqlValue::toDate(q.value(10));
    return i;
}

BudgetLine readBudgetLine(const QSqlQuery& q)
{
    BudgetLine b;
    b.meta = RecordMeta::read(q);
    b.actionId = q.value(4).toString();
    b.label = q.value(5).toString();
    b.fundingSource = q.value(6).toString();
    b.currency = q.value(7).toString();
    b.plannedCents = q.value(8).toLongLong();
    b.spentCents = q.value(9).toLongLong();
    return b;
}

ProgressEntry readProgress(const QSqlQuery& q)
{
    ProgressEntry p;
    p.meta = RecordMeta::read(q);
    p.actionId = q.value(4).toString();
    p.date = SqlValue::toDate(q.value(5));
    p.text = q.value(6).toString();
    p.author = q.value(7).toString();
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineItem.h"

#include "common/DateText.h"
#include "plan/PlanRoles.h"

#include <QAbstractItemModel>
#include <QLocale>

namespace {

QDate dateOf(const QModelIndex& index, int role)
{
    return index.data(role).toDate();
}

void widen(QDate& first, QDate& last, const QDate& date)
{
    if (!date.isValid())
        return;
    if (!first.isValid() || date < first)
        first = date;
    if (!last.isValid() || date > last)
        last = date;
}

void widenBy(QDate& first, QDate& last, const QAbstractItemModel& model, const QModelIndex& parent)
{
    const int count = model.rowCount(parent);
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const TimelineItem item = TimelineItem::read(index);
        for (const QDate& date :
             {item.first(), item.last(), item.baselineStart, item.baselineEnd, item.baselineDue})
            widen(first, last, date);
        if (model.hasChildren(index))
            widenBy(first, last, model, index);
    }
}

} // namespace

std::pair<QDate, QDate> TimelineItem::span(const QAbstractItemModel* model)
{
    QDate first;
    QDate last;
    if (model)
        widenBy(first, last, *model, QModelIndex());
    return {first, last};
}

TimelineItem::Status TimelineItem::statusFromText(const QString& text)
{
    if (text == QLatin1String("in_progress"))
        return Status::InProgress;
    if (text == QLatin1String("done"))
        return Status::Done;
    if (text == QLatin1String("delayed"))
        return Status::Delayed;
    if (text == QLatin1String("cancelled"))
        return Status::Cancelled;
    return Status::Planned;
}

TimelineItem TimelineItem::read(const QModelIndex& row)
{
    const QModelIndex index = row.siblingAtColumn(0);
    TimelineItem item;
    switch (index.data(PlanRoles::RowKindRole).toInt()) {
    case PlanRoles::PriorityRow:
        item.kind = Kind::Priority;
        return item; // a priority's dates are its actions'
    case PlanRoles::MilestoneRow:
        item.kind = Kind::Milestone;
        item.due = dateOf(index, PlanRoles::DueDateRole);
        item.baselineDue = dateOf(index, PlanRoles::BaselineDueRole);
        break;
    default:
        item.kind = Kind::Action;
        item.start = dateOf(index, PlanRoles::StartDateRole);
        item.end = dateOf(index, PlanRoles::EndDateRole);
        item.baselineStart = dateOf(index, PlanRoles::BaselineStartRole);
        item.baselineEnd = dateOf(index, PlanRoles::BaselineEndRole);
        break;
    }
    item.doneOn = dateOf(index, PlanRoles::DoneOnRole);
    item.status = statusFromText(index.data(PlanRoles::StatusRole).toString());
    item.lateFlag = index.data(PlanRoles::LateRole).toBool();
    return item;
}

TimelineItem TimelineItem::readWithSummary(const QModelIndex& row)
{
    TimelineItem item = read(row);
    if (item.kind != Kind::Priority)
        return item;
    // A priority holds a few dozen actions: reading them for each priority row painted costs
    // less than a cache that would have to follow every edit.
    const QModelIndex index = row.siblingAtColumn(0);
    const QAbstractItemModel* model = index.model();
    const int count = model->rowCount(index);
    for (int r = 0; r < count; ++r) {
        const QModelIndex child = model->index(r, 0, index);
        if (child.data(PlanRoles::RowKindRole).toInt() != PlanRoles::ActionRow)
            continue;
        const QDate start = dateOf(child, PlanRoles::StartDateRole);
        const QDate end = dateOf(child, PlanRoles::EndDateRole);
        if (start.isValid() && (!item.start.isValid() || start < item.start))
            item.start = start;
        if (end.isValid() && (!item.end.isValid() || end > item.end))
            item.end = end;
    }
    return item;
}

bool TimelineItem::isLate(const QDate& today) const
{
    if (kind == Kind::Priority || isDone() || isCancelled())
        return false;
    if (lateFlag || status == Status::Delayed)
        return true;
    const QDate deadline = kind == Kind::Milestone ? due : end;
    return deadline.isValid() && today.isValid() && deadline < today;
}

bool TimelineItem::hasBar() const
{
    if (kind == Kind::Milestone)
        return due.isValid();
    return start.isValid() && end.isValid();
}

QString TimelineItem::datesText(const QLocale& locale) const
{
    const QString from = DateText::shown(first(), locale);
    if (kind == Kind::Milestone)
        return from;
    //: An action's first and last day in the timeline (while dragged, in a tooltip).
    return tr("%1 – %2").arg(from, DateText::shown(last(), locale));
}

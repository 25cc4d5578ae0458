// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCalendar.h"

#include <QHash>
#include <QLocale>

namespace {

// The part after @ keeps Passerelle's UIDs apart from any other program's in the same calendar.
const QString domain = QStringLiteral("@passerelle.city");

} // namespace

QString PlanCalendar::uidOf(const Milestone& milestone)
{
    return milestone.meta.id + QStringLiteral("-milestone") + domain;
}

QString PlanCalendar::endUidOf(const Action& action)
{
    return action.meta.id + QStringLiteral("-end") + domain;
}

QString PlanCalendar::calendarName(const PlanData& plan, const QString& cityName)
{
    if (!plan.document.title.trimmed().isEmpty())
        return plan.document.title.trimmed();
    return tr("Action plan of %1").arg(cityName);
}

QList<CalendarEvent> PlanCalendar::events(const PlanData& plan)
{
    QHash<QString, const Priority*> priorities;
    for (const Priority& p : plan.priorities)
        priorities.insert(p.meta.id, &p);
    QHash<QString, const Action*> actions;
    for (const Action& a : plan.actions)
        actions.insert(a.meta.id, &a);
    const auto context = [&](const Action& a) {
        const Priority* p = priorities.value(a.priorityId);
        QStringList lines;
        if (p)
            lines << tr("Priority: %1").arg(p->title);
        lines << tr("Action: %1").arg(a.title);
        lines << tr("Status: %1").arg(Action::label(a.status));
        return lines;
    };

    QList<CalendarEvent> events;
    events.reserve(plan.actions.size() + plan.milestones.size());
    for (const Action& a : plan.actions) {
        if (a.status == Action::Status::Cancelled || !a.endDate.isValid())
            continue;
        CalendarEvent e;
        e.uid = endUidOf(a);
        e.summary = tr("End of “%1”").arg(a.title);
        e.description = context(a).join(QLatin1Char('\n'));
        e.date = a.endDate;
        e.sequence = a.revision;
        e.created = a.meta.createdAt;
        e.lastModified = a.meta.updatedAt;
        e.categories = {tr("Action plan")};
        events << e;
    }
    for (const Milestone& m : plan.milestones) {
        const Action* a = actions.value(m.actionId);
        if (!a || a->status == Action::Status::Cancelled || !m.dueDate.isValid())
            continue;
        CalendarEvent e;
        e.uid = uidOf(m);
        e.summary = tr("%1 (%2)").arg(m.title, a->title);
        QStringList lines = context(*a);
        if (m.isDone())
            lines << tr("Done on %1").arg(QLocale().toString(m.doneOn, QLocale::LongFormat));
        e.description = lines.join(QLatin1Char('\n'));
        e.date = m.dueDate;
        e.sequence = m.revision;
        e.created = m.meta.createdAt;
        e.lastModified = m.meta.updatedAt;
        e.categories = {tr("Action plan")};
        events << e;
    }
    return events;
}

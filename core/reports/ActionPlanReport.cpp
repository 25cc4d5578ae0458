// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionPlanReport.h"

#include "PlanIndicatorFigure.h"
#include "PlanTimelineFigure.h"
#include "ReportFrame.h"
#include "ReportStyle.h"
#include "city/Repositories.h"
#include "plan/ActionRepository.h"
#include "plan/IndicatorMeasure.h"
#include "plan/PlanData.h"
#include "plan/PlanRepository.h"
#include "plan/PlanRollups.h"
#include "stakeholders/StakeholderRepository.h"

#include <algorithm>

namespace {

using Row = ReportTable::Row;

struct Context
{
    const ReportLanguage& lang;
    const ReportOptions& options;
    const PlanData& plan;
    const PlanRollups& rollups;
    QDate today;
    QHash<QString, QString> leads;
    QHash<QString, QString> priorityTitles;
};

void headline(ReportDocument& doc, const Context& c)
{
    const PlanRollup& whole = c.rollups.whole();
    doc.heading(1, c.lang.translate("ActionPlanReport", "Where the plan stands"));
    QString lead = c.lang
                       .translate("ActionPlanReport", "On %1 the plan has %n action(s)", nullptr,
                                  whole.actions)
                       .arg(c.lang.longDate(c.today));
    lead +=
        c.plan.document.isAdopted()
            ? c.lang.translate("ActionPlanReport", ", adopted by the council on %1.")
                  .arg(c.lang.longDate(c.plan.document.adoptedOn))
            : c.lang.translate("ActionPlanReport", "; it has not been adopted by the council yet.");
    doc.paragraph(lead, ReportParagraph::Style::Lead);
    const QString currency = PlanRollups::mainCurrency(whole);
    const MoneyTotals money = whole.byCurrency.value(currency);
    ReportKeyFigures figures;
    figures.figures = {
        {c.lang.number(whole.done), c.lang.translate("ActionPlanReport", "actions done"),
         ReportStyle::done()},
        {c.lang.number(whole.inProgress), c.lang.translate("ActionPlanReport", "in progress"), {}},
        {c.lang.number(whole.late),
         c.lang.translate("ActionPlanReport", "late: past their end or a milestone"),
         whole.late > 0 ? ReportStyle::late() : QColor()},
        {c.lang.percent(whole.progress),
         c.lang.translate("ActionPlanReport", "progress (the mean of the actions')"),
         {}},
        {QStringLiteral("%1 / %2").arg(c.lang.number(whole.milestonesDone),
                                       c.lang.number(whole.milestones)),
         c.lang.translate("ActionPlanReport", "milestones done"),
         {}},
        {c.lang.number(whole.slipped),
         c.lang.translate("ActionPlanReport", "actions ending later than adopted"),
         {}},
        {c.lang.money(money.spentCents, currency),
         c.lang.translate("ActionPlanReport", "spent of %1 planned")
             .arg(c.lang.money(money.plannedCents, currency)),
         {}},
        {c.lang.money(money.committedCents, currency),
         c.lang.translate("ActionPlanReport", "committed, not yet paid"),
         {}},
    };
    doc.add(figures);
}

QString latestNote(const QList<ProgressEntry>& entries, const Context& c)
{
    const ProgressEntry* latest = nullptr;
    for (const ProgressEntry& entry : entries) {
        if (!latest || entry.date > latest->date)
            latest = &entry;
    }
    if (!latest)
        return c.lang.translate("ActionPlanReport", "No progress note yet.");
    QString note =
        c.lang.translate("ActionPlanReport", "%1: %2", "a progress note's date, then its text")
            .arg(c.lang.shortDate(latest->date), c.lang.own(latest->text));
    if (!latest->author.isEmpty() &&
        PersonalData::writes(c.options.personalData, QStringLiteral("progress_entry"),
                             QStringLiteral("author")))
        note += QStringLiteral(" (%1)").arg(c.lang.own(latest->author));
    return note;
}

void late(ReportDocument& doc, const Context& c, const QHash<QString, QList<ProgressEntry>>& notes,
          const QHash<QString, QList<Milestone>>& milestones)
{
    doc.heading(1, c.lang.translate("ActionPlanReport", "What is late and why"));
    ReportTable table;
    table.columns = {{c.lang.translate("ActionPlanReport", "Action"), 3, false},
                     {c.lang.translate("ActionPlanReport", "Lead"), 1.6, false},
                     {c.lang.translate("ActionPlanReport", "End"), 1, true},
                     {c.lang.translate("ActionPlanReport", "Days late"), 1, true},
                     {c.lang.translate("ActionPlanReport", "Latest progress note"), 4, false}};
    // Under their priorities, in the plan's order.
    QHash<QString, int> order;
    for (const Priority& priority : c.plan.priorities)
        order.insert(priority.meta.id, int(order.size()));
    QList<const Action*> lateActions;
    for (const Action& action : c.plan.actions) {
        if (PlanRollups::isLate(action, milestones.value(action.meta.id), c.today))
            lateActions.append(&action);
    }
    std::stable_sort(lateActions.begin(), lateActions.end(), [&](const Action* a, const Action* b) {
        return order.value(a->priorityId, -1) < order.value(b->priorityId, -1);
    });
    QString group;
    for (const Action* each : std::as_const(lateActions)) {
        const Action& action = *each;
        const QList<Milestone> own = milestones.value(action.meta.id);
        if (action.priorityId != group) {
            group = action.priorityId;
            table.rows.append({{c.priorityTitles.value(group)}, Row::Style::Group, {}});
        }
        // Late by its end, or by its oldest milestone not done.
        QDate due = action.endDate.isValid() && action.endDate < c.today ? action.endDate : QDate();
        for (const Milestone& m : own) {
            if (m.isLate(c.today) && (!due.isValid() || m.dueDate < due))
                due = m.dueDate;
        }
        table.rows.append(
            {{action.title, c.leads.value(action.leadId), c.lang.shortDate(action.endDate),
              due.isValid() ? c.lang.number(due.daysTo(c.today)) : QString(),
              latestNote(notes.value(action.meta.id), c)},
             Row::Style::Normal,
             ReportStyle::late()});
    }
    table.emptyText = c.lang.translate("ActionPlanReport", "No action is late.");
    table.caption =
        c.lang.translate("ActionPlanReport",
                         "Days late: since the end date, or since the oldest milestone not done.");
    doc.add(table);
}

void doneSince(ReportDocument& doc, const Context& c, const QDate& since,
               const QHash<QString, QList<ProgressEntry>>& notes)
{
    doc.heading(1,
                c.lang.translate("ActionPlanReport", "Done since %1").arg(c.lang.longDate(since)));
    // Rows of one day follow the plan's order of actions, a milestone before the notes, so the
    // same file gives the same report (the notes come from a hash, in no order of their own).
    QHash<QString, int> actions;
    for (const Action& action : c.plan.actions)
        actions.insert(action.meta.id, int(actions.size()));
    struct Item
    {
        QDate date;
        int action = 0;
        int kind = 0; // 0 a milestone, 1 a progress note
        QString what;
    };
    QList<Item> items;
    for (const Milestone& m : c.plan.milestones) {
        if (m.isDone() && m.doneOn >= since && m.doneOn <= c.today && actions.contains(m.actionId))
            items.append({m.doneOn, actions.value(m.actionId), 0,
                          c.lang.translate("ActionPlanReport", "Milestone reached: %1")
                              .arg(c.lang.own(m.title))});
    }
    for (auto it = notes.begin(); it != notes.end(); ++it) {
        for (const ProgressEntry& entry : it.value()) {
            if (entry.date >= since && entry.date <= c.today && actions.contains(entry.actionId))
                items.append({entry.date, actions.value(entry.actionId), 1, entry.text});
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        if (a.date != b.date)
            return a.date > b.date;
        return std::pair(a.action, a.kind) < std::pair(b.action, b.kind);
    });
    ReportTable table;
    table.columns = {{c.lang.translate("ActionPlanReport", "Date"), 1, true},
                     {c.lang.translate("ActionPlanReport", "Action"), 3, false},
                     {c.lang.translate("ActionPlanReport", "What was done"), 5, false}};
    for (const Item& item : std::as_const(items))
        table.rows.append(
            {{c.lang.shortDate(item.date), c.plan.actions.at(item.action).title, item.what},
             Row::Style::Normal,
             {}});
    table.emptyText =
        c.lang.translate("ActionPlanReport", "Nothing was recorded as done in this period.");
    doc.add(table);
}

void slippage(ReportDocument& doc, const Context& c)
{
    doc.heading(1, c.lang.translate("ActionPlanReport", "Slippage against the adopted plan"));
    if (!c.plan.document.isAdopted()) {
        doc.paragraph(c.lang.translate(
            "ActionPlanReport", "The plan has not been adopted yet: there are no adopted dates to "
                                "compare with."));
        return;
    }
    QList<const Action*> slipped;
    for (const Action& action : c.plan.actions) {
        if (PlanRollups::slippageDays(action) != 0)
            slipped.append(&action);
    }
    std::stable_sort(slipped.begin(), slipped.end(), [](const Action* a, const Action* b) {
        return PlanRollups::slippageDays(*a) > PlanRollups::slippageDays(*b);
    });
    ReportTable table;
    table.columns = {{c.lang.translate("ActionPlanReport", "Action"), 4, false},
                     {c.lang.translate("ActionPlanReport", "Adopted end"), 1, true},
                     {c.lang.translate("ActionPlanReport", "Current end"), 1, true},
                     {c.lang.translate("ActionPlanReport", "Days"), 1, true}};
    for (const Action* action : std::as_const(slipped)) {
        const int days = PlanRollups::slippageDays(*action);
        table.rows.append({{action->title, c.lang.shortDate(action->baselineEnd),
                            c.lang.shortDate(action->endDate),
                            (days > 0 ? QStringLiteral("+") : QString()) + c.lang.number(days)},
                           Row::Style::Normal,
                           days > 0 ? ReportStyle::delayed() : ReportStyle::done()});
    }
    table.emptyText =
        c.lang.translate("ActionPlanReport", "Every action keeps the dates the council adopted.");
    table.caption =
        c.lang.translate("ActionPlanReport",
                         "Days: how much later (+) or earlier (−) than adopted the action ends.");
    doc.add(table);
}

void budget(ReportDocument& doc, const Context& c)
{
    doc.heading(1, c.lang.translate("ActionPlanReport", "Budget by funding source"));
    const PlanRollup& whole = c.rollups.whole();
    if (whole.bySource.isEmpty()) {
        doc.paragraph(c.lang.translate("ActionPlanReport", "No budget line has been entered."));
        return;
    }
    for (auto currency = whole.bySource.begin(); currency != whole.bySource.end(); ++currency) {
        ReportTable table;
        table.columns = {{c.lang.translate("ActionPlanReport", "Funding source"), 3, false},
                         {c.lang.translate("ActionPlanReport", "Planned"), 1, true},
                         {c.lang.translate("ActionPlanReport", "Adopted"), 1, true},
                         {c.lang.translate("ActionPlanReport", "Committed"), 1, true},
                         {c.lang.translate("ActionPlanReport", "Spent"), 1, true},
                         {c.lang.translate("ActionPlanReport", "Spent of planned"), 1, true}};
        const QString code = currency.key();
        for (auto source = currency->begin(); source != currency->end(); ++source) {
            const MoneyTotals& m = source.value();
            table.rows.append(
                {{source.key().isEmpty() ? c.lang.translate("ActionPlanReport", "(no source given)")
                                         : source.key(),
                  c.lang.money(m.plannedCents, code), c.lang.money(m.baselinePlannedCents, code),
                  c.lang.money(m.committedCents, code), c.lang.money(m.spentCents, code),
                  m.plannedCents > 0 ? c.lang.percent(double(m.spentCents) / m.plannedCents)
                                     : QString()},
                 Row::Style::Normal,
                 {}});
        }
        const MoneyTotals& t = whole.byCurrency.value(code);
        table.rows.append(
            {{c.lang.translate("ActionPlanReport", "Total"), c.lang.money(t.plannedCents, code),
              c.lang.money(t.baselinePlannedCents, code), c.lang.money(t.committedCents, code),
              c.lang.money(t.spentCents, code),
              t.plannedCents > 0 ? c.lang.percent(double(t.spentCents) / t.plannedCents)
                                 : QString()},
             Row::Style::Total,
             {}});
        table.caption = c.lang.translate(
            "ActionPlanReport", "Adopted: the planned amounts the council adopted with the plan.");
        doc.add(table);
    }
}

} // namespace

Result<ReportDocument> ActionPlanReport::build(Repositories& repos, const ReportOptions& options,
                                               const ReportLanguage& language)
{
    const PlanData plan = PlanData::load(repos.plan(), repos.actions());
    const QDate today = options.effectiveToday();
    const PlanRollups rollups = PlanRollups::compute(plan, today);
    Context c{language, options, plan, rollups, today, {}, {}};
    QStringList leadIds;
    for (const Action& action : plan.actions) {
        if (!action.leadId.isEmpty())
            leadIds << action.leadId;
    }
    c.leads = repos.stakeholders().names(leadIds);
    for (const Priority& priority : plan.priorities)
        c.priorityTitles.insert(priority.meta.id, priority.title);
    QHash<QString, QList<ProgressEntry>> notes;
    for (const ProgressEntry& entry : repos.actions().allProgress())
        notes[entry.actionId].append(entry);
    QHash<QString, QList<Milestone>> milestones;
    for (const Milestone& milestone : plan.milestones)
        milestones[milestone.actionId].append(milestone);

    ReportDocument doc;
    const QString city = ReportFrame::cityName(repos);
    const QString title = c.lang.translate("ActionPlanReport", "Action plan: status report");
    ReportFrame::apply(
        doc, language, options, city, title,
        c.lang.translate("ActionPlanReport", "Where the action plan of %1 stands on %2")
            .arg(city, language.longDate(today)));
    doc.cover = ReportCover{
        city,
        title,
        plan.document.title,
        {c.lang.translate("ActionPlanReport", "Situation on %1").arg(language.longDate(today))},
        language.longDate(today),
        plan.document.isAdopted()
            ? c.lang.translate("ActionPlanReport", "Plan adopted by the council on %1")
                  .arg(language.longDate(plan.document.adoptedOn))
            : c.lang.translate("ActionPlanReport", "Plan not yet adopted")};
    headline(doc, c);
    late(doc, c, notes, milestones);
    const QDate since = options.since.isValid() ? options.since : today.addDays(-90);
    doneSince(doc, c, since, notes);
    slippage(doc, c);
    budget(doc, c);
    const ReportStyle style(options.paper);
    PlanIndicatorFigure::append(doc, repos.actions().indicators(),
                                repos.actions().indicatorValues(), plan, language, style);
    doc.heading(1, c.lang.translate("ActionPlanReport", "Timeline"));
    const QList<ReportFigure> timeline = PlanTimelineFigure::figures(plan, today, language, style);
    if (timeline.isEmpty())
        doc.paragraph(c.lang.translate("ActionPlanReport", "No action has dates yet."));
    for (const ReportFigure& figure : timeline)
        doc.add(figure);
    return doc;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPlanBuilder.h"

#include "city/Repositories.h"
#include "demo/DemoContext.h"
#include "plan/ActionRepository.h"
#include "plan/PlanRepository.h"

#include <cmath>

namespace {
// The council's vote on the priorities document, and the last progress report's day.
const QDate adoptionDay(2025, 9, 30);
const QDate lastMeasure(2026, 10, 31);
} // namespace

DemoPlanBuilder::DemoPlanBuilder(DemoContext& context) : m_ctx(context) {}

Result<void> DemoPlanBuilder::build()
{
    const QJsonArray priorities = DemoContext::array(m_ctx.content, "priorities");
    if (m_ctx.options.scale == 0) {
        int unlimited = -1;
        for (qsizetype i = 0; i < priorities.size(); ++i)
            DEMO_TRY(buildPriority(priorities.at(i).toObject(), 0, int(i) + 1, unlimited));
        return adopt();
    }
    // A scaled file repeats the content's priorities until it holds N/25 actions.
    int actionsLeft = m_ctx.options.scale / 25;
    int rank = 1;
    for (int round = 0; actionsLeft > 0; ++round) {
        for (qsizetype i = 0; i < priorities.size() && actionsLeft > 0; ++i)
            DEMO_TRY(buildPriority(priorities.at(i).toObject(), round, rank++, actionsLeft));
    }
    return adopt();
}

Result<void> DemoPlanBuilder::buildPriority(const QJsonObject& p, int round, int rank,
                                            int& actionsLeft)
{
    PlanRepository& plan = m_ctx.repos.plan();
    Priority priority;
    priority.title =
        round == 0 ? DemoContext::str(p, "title")
                   : QStringLiteral("%1 (%2)").arg(DemoContext::str(p, "title")).arg(round + 1);
    priority.themeId = m_ctx.themeId(DemoContext::str(p, "theme"));
    priority.rationale = DemoContext::str(p, "rationale");
    priority.expectedOutcome = DemoContext::str(p, "expected_outcome");
    priority.rank = rank;
    priority.status =
        Priority::fromText(DemoContext::str(p, "status")).value_or(Priority::Status::Draft);
    if (priority.status != Priority::Status::Draft)
        priority.validatedOn = QDate(2025, 6, 12);
    if (priority.status == Priority::Status::Adopted)
        priority.adoptedOn = adoptionDay;
    DEMO_TRY(plan.add(priority));

    // Priorities were discussed at stakeholder-group meetings and rest on checklist gaps and
    // profile figures of their theme.
    for (qsizetype m = rank % 2; m < m_ctx.meetings.size() && m < 3; m += 2) {
        const DemoContext::Meeting& meeting = m_ctx.meetings.at(m);
        Consultation consultation;
        consultation.priorityId = priority.meta.id;
        consultation.date = meeting.date;
        consultation.participants = meeting.participants;
        consultation.summary = meeting.agenda;
        consultation.meetingId = meeting.id;
        consultation.stakeholderIds = {m_ctx.stakeholderAt(m_ctx.groupIndexes.value(0)),
                                       m_ctx.stakeholderAt(m_ctx.groupIndexes.value(rank % 4))};
        DEMO_TRY(plan.add(consultation));
    }
    if (round == 0) {
        for (const QString& itemId : m_ctx.gapsByTheme.value(priority.themeId).mid(0, 2)) {
            PriorityEvidence evidence;
            evidence.priorityId = priority.meta.id;
            evidence.itemId = itemId;
            DEMO_TRY(plan.add(evidence));
        }
        for (const QString& figureId : m_ctx.figuresByTheme.value(priority.themeId).mid(0, 1)) {
            PriorityEvidence evidence;
            evidence.priorityId = priority.meta.id;
            evidence.figureId = figureId;
            DEMO_TRY(plan.add(evidence));
        }
    }
    int position = 0;
    for (const QJsonValue& av : DemoContext::array(p, "actions")) {
        if (actionsLeft == 0)
            break;
        DEMO_TRY(buildAction(av.toObject(), priority.meta.id, position++));
        if (actionsLeft > 0)
            --actionsLeft;
    }
    return {};
}

Result<void> DemoPlanBuilder::buildAction(const QJsonObject& a, const QString& priorityId,
                                          int position)
{
    ActionRepository& actions = m_ctx.repos.actions();
    Action action;
    action.priorityId = priorityId;
    action.title = DemoContext::str(a, "title");
    action.description = DemoContext::str(a, "description");
    action.leadId = m_ctx.stakeholderAt(a.value(QStringLiteral("lead")).toInt());
    for (const QJsonValue& pv : DemoContext::array(a, "partners")) {
        const QString id = m_ctx.stakeholderAt(pv.toInt());
        if (id != action.leadId && !action.partnerIds.contains(id))
            action.partnerIds << id;
    }
    action.startDate = DemoContext::date(a, "start");
    action.endDate = DemoContext::date(a, "end");
    action.status =
        Action::fromText(DemoContext::str(a, "status")).value_or(Action::Status::Planned);
    action.position = position;
    DEMO_TRY(actions.add(action));
    for (const QJsonValue& mv : DemoContext::array(a, "milestones")) {
        const QJsonObject m = mv.toObject();
        Milestone milestone;
        milestone.actionId = action.meta.id;
        milestone.title = DemoContext::str(m, "title");
        milestone.dueDate = DemoContext::date(m, "due");
        milestone.doneOn = DemoContext::date(m, "done");
        DEMO_TRY(actions.add(milestone));
    }
    // A scaled file plans as large cities do: a report to the stakeholder group every two months,
    // up to five milestones an action (about 10,000 for 2,000 actions).
    if (m_ctx.options.scale > 0 && action.startDate.isValid() && action.endDate.isValid()) {
        const QString report = DemoContext::str(DemoContext::object(m_ctx.content, "plan_document"),
                                                "scaled_milestone");
        qsizetype count = DemoContext::array(a, "milestones").size();
        for (QDate due = action.startDate.addMonths(2); due < action.endDate && count < 5;
             due = due.addMonths(2), ++count) {
            Milestone milestone;
            milestone.actionId = action.meta.id;
            milestone.title = report;
            milestone.dueDate = due;
            if (due < lastMeasure)
                milestone.doneOn = due.addDays(3);
            DEMO_TRY(actions.add(milestone));
        }
    }
    for (const QJsonValue& iv : DemoContext::array(a, "indicators")) {
        const QJsonObject i = iv.toObject();
        Indicator indicator;
        indicator.actionId = action.meta.id;
        indicator.name = DemoContext::str(i, "name");
        indicator.unit = DemoContext::str(i, "unit");
        indicator.baseline = DemoContext::optionalNumber(i, "baseline");
        indicator.target = DemoContext::optionalNumber(i, "target");
        indicator.frequency = DemoContext::str(i, "frequency");
        indicator.dataSource = DemoContext::str(i, "source");
        DEMO_TRY(actions.add(indicator));
        DEMO_TRY(buildValues(indicator, action, DemoContext::optionalNumber(i, "current")));
    }
    for (const QJsonValue& bv : DemoContext::array(a, "budget")) {
        const QJsonObject b = bv.toObject();
        BudgetLine line;
        line.actionId = action.meta.id;
        line.label = DemoContext::str(b, "label");
        line.fundingSource = DemoContext::str(b, "source");
        // The city's own currency (dirhams in Morocco); euros where the content names none.
        const QString currency =
            DemoContext::str(m_ctx.content.value(QStringLiteral("city")).toObject(), "currency");
        if (!currency.isEmpty())
            line.currency = currency;
        line.plannedCents = qint64(b.value(QStringLiteral("planned")).toDouble()) * 100;
        line.spentCents = qint64(b.value(QStringLiteral("spent")).toDouble()) * 100;
        // Money still running is half promised beyond what is paid; a finished action's
        // commitments are what it spent.
        const bool running =
            action.status == Action::Status::InProgress || action.status == Action::Status::Delayed;
        line.committedCents =
            running ? line.spentCents + (line.plannedCents - line.spentCents) / 2 : line.spentCents;
        DEMO_TRY(actions.add(line));
    }
    for (const QJsonValue& gv : DemoContext::array(a, "progress")) {
        const QJsonObject g = gv.toObject();
        ProgressEntry entry;
        entry.actionId = action.meta.id;
        entry.date = DemoContext::date(g, "date");
        entry.text = DemoContext::str(g, "text");
        entry.author = DemoContext::str(g, "author");
        DEMO_TRY(actions.add(entry));
    }
    return {};
}

Result<void> DemoPlanBuilder::buildValues(const Indicator& indicator, const Action& action,
                                          const std::optional<double>& latest)
{
    // Two or three values measured since the action began, the last one the content's: the
    // way an officer fills them in at each progress report.
    if (!latest || !action.startDate.isValid())
        return {};
    const QDate last =
        std::min(action.endDate.isValid() ? action.endDate : lastMeasure, lastMeasure);
    const qint64 span = action.startDate.daysTo(last);
    const int count = span > 240 ? 3 : (span > 90 ? 2 : 1);
    const double from = indicator.baseline.value_or(0);
    for (int k = 1; k <= count; ++k) {
        IndicatorValue value;
        value.indicatorId = indicator.meta.id;
        value.measuredOn = action.startDate.addDays(span * k / count);
        value.value = k == count ? *latest : std::round(from + (*latest - from) * k / count);
        DEMO_TRY(m_ctx.repos.actions().add(value));
    }
    return {};
}

Result<void> DemoPlanBuilder::adopt()
{
    // The council adopted the document on the day its adopted priorities say; the plan's dates
    // then were the baseline. Since, the delayed actions have moved on by two months, with
    // their milestones not yet done: the slippage the status report shows.
    PlanRepository& plan = m_ctx.repos.plan();
    ActionRepository& actions = m_ctx.repos.actions();
    const QJsonObject text = DemoContext::object(m_ctx.content, "plan_document");
    PlanDocument document = plan.document();
    document.title = DemoContext::str(text, "title");
    document.introduction = DemoContext::str(text, "introduction");
    document.method = DemoContext::str(text, "method");
    document.adoptedOn = adoptionDay;
    DEMO_TRY(plan.update(document));
    if (Result<PlanBaseline> taken = actions.takeBaseline(); !taken)
        return taken.error();
    for (Action action : actions.actions()) {
        if (action.status != Action::Status::Delayed || !action.endDate.isValid())
            continue;
        action.endDate = action.endDate.addMonths(2);
        DEMO_TRY(actions.update(action));
        for (Milestone milestone : actions.milestones(action.meta.id)) {
            if (milestone.isDone())
                continue;
            milestone.dueDate = milestone.dueDate.addMonths(2);
            DEMO_TRY(actions.update(milestone));
        }
    }
    return {};
}

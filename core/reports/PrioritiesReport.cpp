// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrioritiesReport.h"

#include "ProfileReport.h"
#include "ReportFrame.h"
#include "ReportLabels.h"
#include "ReportRichText.h"
#include "ServiceAccessReport.h"
#include "StakeholdersReport.h"
#include "checklists/ChecklistRepository.h"
#include "city/Repositories.h"
#include "plan/ActionRepository.h"
#include "plan/PlanData.h"
#include "plan/PlanRepository.h"
#include "profile/ProfileRepository.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderRepository.h"

#include <algorithm>

namespace {

using Row = ReportTable::Row;

QString statusText(const Priority& priority, const ReportLanguage& l)
{
    switch (priority.status) {
    case Priority::Status::Adopted:
        return priority.adoptedOn.isValid()
                   ? l.translate("PrioritiesReport", "Adopted by the council on %1")
                         .arg(l.longDate(priority.adoptedOn))
                   : ReportLabels::priorityStatus(l, priority.status);
    case Priority::Status::Validated:
        return priority.validatedOn.isValid()
                   ? l.translate("PrioritiesReport", "Validated by the stakeholder group on %1")
                         .arg(l.longDate(priority.validatedOn))
                   : ReportLabels::priorityStatus(l, priority.status);
    case Priority::Status::Draft:
        break;
    }
    return ReportLabels::priorityStatus(l, priority.status);
}

void method(ReportDocument& doc, Repositories& repos, const PlanData& plan,
            const ReportOptions& options, const ReportLanguage& l)
{
    doc.heading(1, l.translate("PrioritiesReport", "2. Method"));
    ReportRichText::append(doc, plan.document.method);
    const QList<GroupMember> members = repos.group().members();
    const QList<GroupMeeting> meetings = repos.group().meetings();
    doc.heading(2, l.translate("PrioritiesReport", "The stakeholder group"));
    doc.paragraph(l.translate("PrioritiesReport",
                              "The priorities were prepared with the city's stakeholder group "
                              "of %n member(s), listed in Annex A.",
                              nullptr, int(members.size())) +
                  QLatin1Char(' ') +
                  l.translate("PrioritiesReport", "The group met %n time(s).", nullptr,
                              int(meetings.size())));
    ReportTable table;
    table.columns = {{l.translate("PrioritiesReport", "Date"), 1, true},
                     {l.translate("PrioritiesReport", "Place"), 2, false},
                     {l.translate("PrioritiesReport", "Agenda"), 4, false},
                     {l.translate("PrioritiesReport", "Attended"), 1, true}};
    QList<GroupMeeting> sorted = meetings;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const GroupMeeting& a, const GroupMeeting& b) { return a.date < b.date; });
    for (const GroupMeeting& meeting : std::as_const(sorted))
        table.rows.append({{l.shortDate(meeting.date), meeting.place, meeting.agenda,
                            l.number(double(meeting.attendeeMemberIds.size()))},
                           Row::Style::Normal,
                           {}});
    table.emptyText = l.translate("PrioritiesReport", "The group has not met yet.");
    table.caption = l.translate("PrioritiesReport", "The meetings of the stakeholder group.");
    doc.add(table);

    doc.heading(2, l.translate("PrioritiesReport", "Who was consulted"));
    const QList<Consultation> consultations = repos.plan().consultations();
    QStringList ids;
    for (const Consultation& consultation : consultations)
        ids += consultation.stakeholderIds;
    const QHash<QString, QString> names = repos.stakeholders().names(ids);
    QHash<QString, QString> titles;
    for (const Priority& priority : plan.priorities)
        titles.insert(priority.meta.id, priority.title);
    const bool participants = PersonalData::writes(
        options.personalData, QStringLiteral("consultation"), QStringLiteral("participants"));
    ReportTable consulted;
    consulted.columns = {{l.translate("PrioritiesReport", "Date"), 1, true},
                         {l.translate("PrioritiesReport", "Priority"), 2, false},
                         {l.translate("PrioritiesReport", "Consulted"), 3, false},
                         {l.translate("PrioritiesReport", "What was said"), 4, false}};
    for (const Consultation& consultation : consultations) {
        QStringList who;
        for (const QString& id : consultation.stakeholderIds)
            who << names.value(id);
        who.removeAll(QString());
        if (participants && !consultation.participants.trimmed().isEmpty())
            who << consultation.participants.trimmed();
        consulted.rows.append(
            {{l.shortDate(consultation.date), titles.value(consultation.priorityId), l.list(who),
              consultation.summary},
             Row::Style::Normal,
             {}});
    }
    consulted.emptyText = l.translate("PrioritiesReport", "No consultation has been recorded.");
    doc.add(consulted);
}

void priorityChapter(ReportDocument& doc, Repositories& repos, const PlanData& plan,
                     const ReportLanguage& l)
{
    doc.heading(1, l.translate("PrioritiesReport", "3. The priorities"));
    QList<Priority> priorities = plan.priorities;
    // Ranked ones first, in rank order; those not ranked yet after them.
    std::stable_sort(priorities.begin(), priorities.end(),
                     [](const Priority& a, const Priority& b) {
                         return (a.rank == 0 ? INT_MAX : a.rank) < (b.rank == 0 ? INT_MAX : b.rank);
                     });
    if (priorities.isEmpty())
        doc.paragraph(l.translate("PrioritiesReport", "No priority has been written yet."));
    QHash<QString, QList<const Action*>> actionsOf;
    QStringList leadIds;
    for (const Action& action : plan.actions) {
        actionsOf[action.priorityId].append(&action);
        leadIds << action.leadId;
    }
    const QHash<QString, QString> leads = repos.stakeholders().names(leadIds);
    QHash<QString, QMap<QString, qint64>> planned; // action -> currency -> cents
    for (const BudgetLine& line : plan.budgetLines)
        planned[line.actionId][line.currency] += line.plannedCents;
    const QList<PriorityEvidence> evidence = repos.plan().allEvidence();
    int number = 0;
    for (const Priority& priority : std::as_const(priorities)) {
        ++number;
        doc.heading(2, QStringLiteral("3.%1 %2").arg(number).arg(priority.title));
        doc.paragraph(statusText(priority, l), ReportParagraph::Style::Small);
        if (!priority.rationale.trimmed().isEmpty()) {
            doc.heading(3, l.translate("PrioritiesReport", "Why"));
            doc.paragraph(priority.rationale.trimmed());
        }
        QList<ReportParagraph> proofs;
        for (const PriorityEvidence& item : evidence) {
            if (item.priorityId != priority.meta.id)
                continue;
            QString what;
            if (!item.itemId.isEmpty()) {
                if (const std::optional<ChecklistItem> checklistItem =
                        repos.checklists().item(item.itemId))
                    what = checklistItem->statement;
            } else if (const std::optional<ProfileFigure> figure =
                           repos.profile().figure(item.figureId)) {
                what = QStringLiteral("%1: %2 %3 (%4)")
                           .arg(figure->label, l.number(figure->value, 0), figure->unit,
                                figure->source)
                           .simplified();
            }
            if (!item.note.trimmed().isEmpty())
                what += QStringLiteral(" — ") + item.note.trimmed();
            if (!what.isEmpty())
                proofs.append(ReportParagraph::plain(what, ReportParagraph::Style::Bullet));
        }
        if (!proofs.isEmpty()) {
            doc.heading(3, l.translate("PrioritiesReport", "Evidence"));
            for (const ReportParagraph& proof : std::as_const(proofs))
                doc.add(proof);
        }
        if (!priority.expectedOutcome.trimmed().isEmpty()) {
            doc.heading(3, l.translate("PrioritiesReport", "Expected outcome"));
            doc.paragraph(priority.expectedOutcome.trimmed());
        }
        doc.heading(3, l.translate("PrioritiesReport", "Actions"));
        ReportTable actions;
        actions.columns = {{l.translate("PrioritiesReport", "Action"), 4, false},
                           {l.translate("PrioritiesReport", "Lead"), 2, false},
                           {l.translate("PrioritiesReport", "Start"), 1, true},
                           {l.translate("PrioritiesReport", "End"), 1, true},
                           {l.translate("PrioritiesReport", "Budget"), 1, true}};
        for (const Action* action : actionsOf.value(priority.meta.id)) {
            if (action->status == Action::Status::Cancelled)
                continue;
            QStringList money;
            const QMap<QString, qint64> own = planned.value(action->meta.id);
            for (auto it = own.begin(); it != own.end(); ++it)
                money << l.money(it.value(), it.key());
            actions.rows.append(
                {{action->title, leads.value(action->leadId), l.shortDate(action->startDate),
                  l.shortDate(action->endDate), money.join(QLatin1Char('\n'))},
                 Row::Style::Normal,
                 {}});
        }
        actions.emptyText =
            l.translate("PrioritiesReport", "No action has been planned for this priority yet.");
        doc.add(actions);
    }
}

} // namespace

Result<ReportDocument> PrioritiesReport::build(Repositories& repos, const ReportOptions& options,
                                               const ReportLanguage& l)
{
    const PlanData plan = PlanData::load(repos.plan(), repos.actions());
    const QDate today = options.effectiveToday();
    ReportDocument doc;
    const QString city = ReportFrame::cityName(repos);
    const QString title = plan.document.title.trimmed().isEmpty()
                              ? l.translate("PrioritiesReport", "Local integration priorities")
                              : plan.document.title.trimmed();
    ReportFrame::apply(doc, l, options, city, title,
                       l.translate("PrioritiesReport",
                                   "The priorities for the inclusion of newcomers in %1 and the "
                                   "actions that carry them out")
                           .arg(l.own(city)));
    const QDateTime revised = plan.document.meta.updatedAt;
    doc.cover = ReportCover{city,
                            title,
                            l.translate("PrioritiesReport", "Priorities and action plan"),
                            {revised.isValid() ? l.translate("PrioritiesReport", "Version of %1")
                                                     .arg(l.longDate(revised.toLocalTime().date()))
                                               : QString()},
                            l.longDate(today),
                            plan.document.isAdopted()
                                ? l.translate("PrioritiesReport", "Adopted by the council on %1")
                                      .arg(l.longDate(plan.document.adoptedOn))
                                : l.translate("PrioritiesReport", "Draft for consultation")};
    doc.cover->details.removeAll(QString());
    doc.blocks.append(ReportHeading{1, l.translate("PrioritiesReport", "Contents"), false});
    doc.add(ReportContents{});

    doc.heading(1, l.translate("PrioritiesReport", "1. Context"));
    ReportRichText::append(doc, plan.document.introduction);
    doc.heading(2, l.translate("PrioritiesReport", "The migration profile"));
    ProfileReport::appendProfileSummary(doc, repos, options, l);
    method(doc, repos, plan, options, l);
    priorityChapter(doc, repos, plan, l);

    doc.heading(1, l.translate("PrioritiesReport", "Annexes"));
    doc.heading(2, l.translate("PrioritiesReport", "A. The stakeholder group's members"));
    StakeholdersReport::appendGroupMembers(doc, repos, options, l);
    doc.heading(2, l.translate("PrioritiesReport", "B. Access to services: scores by area"));
    ServiceAccessReport::appendScores(doc, repos, options, l);
    return doc;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholdersReport.h"

#include "ReportFrame.h"
#include "ReportLabels.h"
#include "ReportStyle.h"
#include "StakeholderFigures.h"
#include "city/Repositories.h"
#include "stakeholders/ContactPerson.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/KindColors.h"
#include "stakeholders/StakeholderRepository.h"
#include "storage/PersonalData.h"

#include <QCollator>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

using Row = ReportTable::Row;
using Quadrant = InfluenceGridLayout::Quadrant;

// The strategies in the order a reader acts on them: the most involved first.
const QList<Quadrant> strategyOrder = {
    InfluenceGridLayout::ManageClosely, InfluenceGridLayout::KeepSatisfied,
    InfluenceGridLayout::KeepInformed, InfluenceGridLayout::Monitor};

Quadrant quadrantOf(const Stakeholder& s)
{
    return InfluenceGridLayout::quadrantOf(s.influence, s.interest);
}

QString strategyAdvice(const ReportLanguage& language, Quadrant quadrant)
{
    switch (quadrant) {
    case InfluenceGridLayout::ManageClosely:
        return language.translate("StakeholdersReport",
                                  "high influence and high interest: involve them in every "
                                  "step and consult them on each priority.");
    case InfluenceGridLayout::KeepSatisfied:
        return language.translate("StakeholdersReport",
                                  "high influence, lower interest: meet their expectations on "
                                  "what concerns them, without overloading them.");
    case InfluenceGridLayout::KeepInformed:
        return language.translate("StakeholdersReport",
                                  "lower influence, high interest: keep them informed and "
                                  "listen to them; they often know the field best.");
    case InfluenceGridLayout::Monitor:
        return language.translate("StakeholdersReport",
                                  "lower influence and interest: follow how their position "
                                  "changes, with little effort.");
    case InfluenceGridLayout::QuadrantCount:
        break;
    }
    return {};
}

void sortByName(QList<Stakeholder>& list, const ReportLanguage& language)
{
    QCollator collator(language.locale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(list.begin(), list.end(), [&](const Stakeholder& a, const Stakeholder& b) {
        return collator.compare(a.name, b.name) < 0;
    });
}

void appendStrategies(ReportDocument& doc, const QList<Stakeholder>& all,
                      const ReportLanguage& language)
{
    doc.heading(1, language.translate("StakeholdersReport", "Stakeholders by strategy"));
    doc.paragraph(language.translate("StakeholdersReport",
                                     "Each quadrant of the grid calls for its own way of "
                                     "working with the stakeholders in it:"),
                  ReportParagraph::Style::Body);
    for (Quadrant q : strategyOrder) {
        doc.add(ReportParagraph{
            {ReportRun{ReportLabels::quadrant(language, q), true, false, {}},
             ReportRun{QStringLiteral(" — ") + strategyAdvice(language, q), false, false, {}}},
            ReportParagraph::Style::Bullet,
            0});
    }
    ReportTable table;
    table.columns = {{language.translate("StakeholdersReport", "Stakeholder"), 3.2, false},
                     {language.translate("StakeholdersReport", "Kind"), 2.2, false},
                     {language.translate("StakeholdersReport", "Influence"), 0.9, true},
                     {language.translate("StakeholdersReport", "Interest"), 0.9, true},
                     {language.translate("StakeholdersReport", "Stance"), 1.2, false}};
    for (Quadrant q : strategyOrder) {
        QList<const Stakeholder*> members;
        for (const Stakeholder& s : all) {
            if (quadrantOf(s) == q)
                members << &s;
        }
        if (members.isEmpty())
            continue;
        table.rows.append(
            {{language.translate("StakeholdersReport", "%1 (%2)")
                  .arg(ReportLabels::quadrant(language, q), language.number(members.size()))},
             Row::Style::Group,
             {}});
        for (const Stakeholder* s : std::as_const(members))
            table.rows.append(
                {{s->name, ReportLabels::kind(language, s->kind), language.number(s->influence),
                  language.number(s->interest), ReportLabels::stance(language, s->stance)},
                 Row::Style::Normal,
                 KindColors::color(s->kind)});
    }
    table.caption = language.translate("StakeholdersReport",
                                       "Influence and interest are scored from 1 to 5; a score "
                                       "of 3 or more counts as high.");
    table.emptyText = language.translate("StakeholdersReport", "No stakeholder is recorded yet.");
    doc.add(table);
}

void appendKinds(ReportDocument& doc, const QList<Stakeholder>& all, const ReportLanguage& language)
{
    doc.heading(1, language.translate("StakeholdersReport", "Stakeholders by kind"));
    ReportKeyFigures counts;
    ReportTable table;
    table.columns = {{language.translate("StakeholdersReport", "Stakeholder"), 3.4, false},
                     {language.translate("StakeholdersReport", "Level"), 1.2, false},
                     {language.translate("StakeholdersReport", "Stance"), 1.2, false},
                     {language.translate("StakeholdersReport", "Strategy"), 1.6, false}};
    for (Stakeholder::Kind kind : Stakeholder::allKinds()) {
        QList<const Stakeholder*> members;
        for (const Stakeholder& s : all) {
            if (s.kind == kind)
                members << &s;
        }
        if (members.isEmpty())
            continue;
        table.rows.append(
            {{language.translate("StakeholdersReport", "%1 (%2)")
                  .arg(ReportLabels::kind(language, kind), language.number(members.size()))},
             Row::Style::Group,
             {}});
        for (const Stakeholder* s : std::as_const(members))
            table.rows.append({{s->name, ReportLabels::level(language, s->level),
                                ReportLabels::stance(language, s->stance),
                                ReportLabels::quadrant(language, quadrantOf(*s))},
                               Row::Style::Normal,
                               KindColors::color(s->kind)});
    }
    table.emptyText = language.translate("StakeholdersReport", "No stakeholder is recorded yet.");
    doc.add(table);
}

void appendContacts(ReportDocument& doc, Repositories& repos, const QList<Stakeholder>& all,
                    const ReportOptions& options, const ReportLanguage& language)
{
    const QString table = QStringLiteral("contact_person");
    if (!PersonalData::writesColumn(options.personalData, table, QStringLiteral("name")))
        return;
    doc.heading(1, language.translate("StakeholdersReport", "Contact persons"));
    doc.paragraph(language.translate("StakeholdersReport",
                                     "This report includes personal data at the officer’s "
                                     "request: share it only with those who need it."),
                  ReportParagraph::Style::Small);
    const auto cell = [&](const QString& column, const QString& value) {
        return PersonalData::writes(options.personalData, table, column) ? value : QString();
    };
    QHash<QString, QList<ContactPerson>> byStakeholder;
    for (const ContactPerson& c : repos.stakeholders().contacts())
        byStakeholder[c.stakeholderId].append(c);
    ReportTable contacts;
    contacts.columns = {{language.translate("StakeholdersReport", "Name"), 2, false},
                        {language.translate("StakeholdersReport", "Role"), 2.2, false},
                        {language.translate("StakeholdersReport", "Email"), 2.2, false},
                        {language.translate("StakeholdersReport", "Phone"), 1.5, false}};
    for (const Stakeholder& s : all) {
        const QList<ContactPerson> people = byStakeholder.value(s.meta.id);
        if (people.isEmpty())
            continue;
        contacts.rows.append({{s.name}, Row::Style::Group, {}});
        for (const ContactPerson& c : people)
            contacts.rows.append(
                {{cell(QStringLiteral("name"), c.name), cell(QStringLiteral("role"), c.role),
                  cell(QStringLiteral("email"), c.email), cell(QStringLiteral("phone"), c.phone)},
                 Row::Style::Normal,
                 {}});
    }
    contacts.emptyText =
        language.translate("StakeholdersReport", "No contact person is recorded yet.");
    doc.add(contacts);
}

void appendNetwork(ReportDocument& doc, const QList<Stakeholder>& all,
                   const QList<StakeholderRelation>& relations, const ReportLanguage& language,
                   double width, double maxHeight)
{
    if (relations.isEmpty()) {
        doc.paragraph(language.translate("StakeholdersReport",
                                         "No relation between stakeholders is recorded yet."));
        return;
    }
    doc.paragraph(language.translate("StakeholdersReport",
                                     "Partnerships, funding, referrals, coordination and "
                                     "tensions between the stakeholders that have any. "
                                     "A thicker line is a stronger tie; an arrow shows "
                                     "who funds or refers to whom."));
    QSet<QString> related;
    for (const StakeholderRelation& r : relations)
        related << r.fromId << r.toId;
    // Beyond what a page can show with names, the network is counted rather than drawn (and
    // Graphviz is spared a graph of thousands).
    ReportFigure network;
    if (related.size() <= StakeholderFigures::maxNetworkNodes)
        network = StakeholderFigures::network(all, relations, language, width, maxHeight);
    if (network.paint) {
        network.caption =
            language.translate("StakeholdersReport", "The relations network of the stakeholders.");
        network.altText = language.translate("StakeholdersReport",
                                             "A network of %n relation(s) between stakeholders.",
                                             "", int(relations.size()));
        doc.add(network);
    } else {
        doc.paragraph(language.translate("StakeholdersReport",
                                         "The relations link %n stakeholder(s): too many to draw "
                                         "legibly on a page. The program’s network view shows "
                                         "them, narrowed by kind or theme.",
                                         "", int(related.size())));
    }
    ReportTable kinds;
    kinds.columns = {{language.translate("StakeholdersReport", "Relation"), 3, false},
                     {language.translate("StakeholdersReport", "Number"), 1, true}};
    for (StakeholderRelation::Kind kind : StakeholderRelation::allKinds()) {
        const auto n =
            std::count_if(relations.cbegin(), relations.cend(),
                          [kind](const StakeholderRelation& r) { return r.kind == kind; });
        if (n > 0)
            kinds.rows.append({{ReportLabels::relation(language, kind), language.number(n)},
                               Row::Style::Normal,
                               {}});
    }
    kinds.rows.append({{language.translate("StakeholdersReport", "All relations"),
                        language.number(relations.size())},
                       Row::Style::Total,
                       {}});
    doc.add(kinds);
}

} // namespace

Result<ReportDocument> StakeholdersReport::build(Repositories& repos, const ReportOptions& options,
                                                 const ReportLanguage& language)
{
    ReportDocument doc;
    const QString city = ReportFrame::cityName(repos);
    const QString title = language.translate("StakeholdersReport", "Stakeholder map");
    ReportFrame::apply(doc, language, options, city, title,
                       language.translate("StakeholdersReport",
                                          "The actors of migrant inclusion in the city: their "
                                          "influence and interest, their relations, the "
                                          "stakeholder group"));
    QList<Stakeholder> all = repos.stakeholders().stakeholders();
    sortByName(all, language);
    const QList<StakeholderRelation> relations = repos.stakeholders().relations();
    const QList<GroupMember> members = repos.group().members();

    ReportCover cover;
    cover.city = city;
    cover.title = title;
    cover.subtitle = language.translate("StakeholdersReport",
                                        "Who works on migrant inclusion in the city, how much "
                                        "they weigh and how they work together");
    cover.details << language.translate("StakeholdersReport", "%n stakeholder(s)", "",
                                        int(all.size()))
                  << language.translate("StakeholdersReport", "%n relation(s)", "",
                                        int(relations.size()));
    cover.date = doc.footerDate;
    doc.cover = cover;
    // A city without stakeholders yet: a page of short notices, not a page per empty chapter.
    doc.chapterOnNewPage = !all.isEmpty();

    // The grid.
    const ReportStyle style(options.paper);
    const double width = style.body().width();
    doc.heading(1, language.translate("StakeholdersReport", "The influence/interest grid"));
    int manage = 0;
    for (const Stakeholder& s : std::as_const(all))
        manage += quadrantOf(s) == InfluenceGridLayout::ManageClosely ? 1 : 0;
    if (!all.isEmpty())
        doc.add(ReportKeyFigures{
            {{language.number(all.size()),
              language.translate("StakeholdersReport", "stakeholders"),
              {}},
             {language.number(relations.size()),
              language.translate("StakeholdersReport", "relations between them"),
              {}},
             {language.number(members.size()),
              language.translate("StakeholdersReport", "members of the stakeholder group"),
              {}},
             {language.number(manage),
              language.translate("StakeholdersReport", "to manage closely"),
              {}}}});
    if (all.isEmpty()) {
        doc.paragraph(language.translate("StakeholdersReport",
                                         "No stakeholder is recorded yet: the grid will show "
                                         "them once the officer has entered and scored them."));
    } else {
        doc.paragraph(language.translate("StakeholdersReport",
                                         "Each stakeholder is placed by the influence it has on "
                                         "migrant inclusion in the city (upwards) and by its "
                                         "interest in it (rightwards). The colour of a dot is "
                                         "its kind."));
        ReportFigure grid =
            StakeholderFigures::grid(all, language, width, style.body().height() * 0.72);
        grid.caption = language.translate("StakeholdersReport",
                                          "The stakeholders on the influence/interest grid.");
        grid.altText = language.translate("StakeholdersReport",
                                          "An influence/interest grid of %n stakeholder(s).", "",
                                          int(all.size()));
        doc.add(grid);
    }

    // The network.
    doc.heading(1, language.translate("StakeholdersReport", "Relations between stakeholders"));
    appendNetwork(doc, all, relations, language, width, style.body().height() * 0.6);

    appendStrategies(doc, all, language);
    appendKinds(doc, all, language);

    doc.heading(1, language.translate("StakeholdersReport", "The City Stakeholder Group"));
    appendGroupMembers(doc, repos, options, language);
    appendContacts(doc, repos, all, options, language);
    return doc;
}

void StakeholdersReport::appendGroupMembers(ReportDocument& doc, Repositories& repos,
                                            const ReportOptions& options,
                                            const ReportLanguage& language)
{
    const QList<GroupMember> members = repos.group().members();
    const QList<GroupMeeting> meetings = repos.group().meetings();
    QStringList ids;
    for (const GroupMember& m : members)
        ids << m.stakeholderId;
    QHash<QString, Stakeholder> stakeholders;
    for (const Stakeholder& s : repos.stakeholders().stakeholders(ids))
        stakeholders.insert(s.meta.id, s);

    QString intro = language.translate("StakeholdersReport",
                                       "The City Stakeholder Group is the standing consultation "
                                       "body of the city’s migrant-inclusion work.");
    if (!members.isEmpty())
        intro += QLatin1Char(' ') + language.translate("StakeholdersReport", "It has %n member(s).",
                                                       "", int(members.size()));
    if (!meetings.isEmpty()) {
        // Meetings come oldest first.
        intro += QLatin1Char(' ') + language
                                        .translate("StakeholdersReport",
                                                   "It has met %n time(s), most recently "
                                                   "on %1.",
                                                   "", int(meetings.size()))
                                        .arg(language.longDate(meetings.last().date));
    }
    doc.paragraph(intro);

    // The contact person is personal data: a column only when the officer includes it.
    const bool contacts = PersonalData::writesColumn(
        options.personalData, QStringLiteral("contact_person"), QStringLiteral("name"));
    QHash<QString, QString> contactOf;
    if (contacts) {
        for (const ContactPerson& c : repos.stakeholders().contacts()) {
            if (!contactOf.contains(c.stakeholderId))
                contactOf.insert(c.stakeholderId, c.name);
        }
    }
    ReportTable table;
    table.columns = {{language.translate("StakeholdersReport", "Member"), 3, false},
                     {language.translate("StakeholdersReport", "Kind"), 2, false},
                     {language.translate("StakeholdersReport", "Role in the group"), 1.6, false},
                     {language.translate("StakeholdersReport", "Member since"), 1.3, false}};
    if (contacts)
        table.columns.append(
            {language.translate("StakeholdersReport", "Contact person"), 1.8, false});
    for (const GroupMember& m : members) {
        const auto s = stakeholders.constFind(m.stakeholderId);
        if (s == stakeholders.cend())
            continue;
        Row row{{s->name, ReportLabels::kind(language, s->kind), m.role,
                 m.joinedOn.isValid() ? language.shortDate(m.joinedOn) : QStringLiteral("—")},
                Row::Style::Normal,
                KindColors::color(s->kind)};
        if (contacts)
            row.cells << contactOf.value(s->meta.id);
        table.rows.append(row);
    }
    table.emptyText =
        language.translate("StakeholdersReport", "The stakeholder group has no member yet.");
    doc.add(table);
}

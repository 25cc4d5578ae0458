// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoBuilder.h"

#include "checklists/ChecklistRepository.h"
#include "city/Repositories.h"
#include "demo/DemoPlanBuilder.h"
#include "exchange/ExchangeRepository.h"
#include "profile/ProfileRepository.h"
#include "stakeholders/GroupRepository.h"
#include "stakeholders/StakeholderRepository.h"
#include "themes/ThemeRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

DemoBuilder::DemoBuilder(Repositories& repos, QJsonObject content,
                         const DemoGenerator::Options& options)
    : m_ctx(repos, std::move(content), options)
{
}

Result<void> DemoBuilder::build()
{
    for (const Theme& theme : m_ctx.repos.themes().themes())
        m_ctx.themeIds.insert(theme.builtinKey, theme.meta.id);
    DEMO_TRY(buildProfile());
    DEMO_TRY(m_ctx.options.scale > 0 ? buildScaledStakeholders() : buildStakeholders());
    DEMO_TRY(buildRelationsAndEngagements());
    DEMO_TRY(buildGroup());
    DEMO_TRY(buildChecklists());
    DEMO_TRY(DemoPlanBuilder(m_ctx).build());
    return buildExchange();
}

QString DemoBuilder::personName()
{
    const QJsonArray first = DemoContext::array(m_ctx.content, "first_names");
    const QJsonArray last = DemoContext::array(m_ctx.content, "last_names");
    return first.at(m_ctx.random.bounded(int(first.size()))).toString() + QLatin1Char(' ') +
           last.at(m_ctx.random.bounded(int(last.size()))).toString();
}

Result<void> DemoBuilder::buildProfile()
{
    ProfileRepository& profile = m_ctx.repos.profile();
    Result<City> stored = profile.city();
    if (!stored)
        return stored.error();
    City city = stored.value();
    const QJsonObject c = m_ctx.content.value(QStringLiteral("city")).toObject();
    city.region = DemoContext::str(c, "region");
    city.population = qint64(c.value(QStringLiteral("population")).toDouble());
    city.populationYear = c.value(QStringLiteral("population_year")).toInt();
    city.populationSource = DemoContext::str(c, "population_source");
    DEMO_TRY(profile.update(city));

    const QJsonObject sections = m_ctx.content.value(QStringLiteral("sections")).toObject();
    for (ProfileSection section : profile.sections()) {
        const QJsonObject s = sections.value(ProfileSection::keyText(section.key)).toObject();
        section.body = DemoContext::str(s, "body");
        section.sources = DemoContext::str(s, "sources");
        DEMO_TRY(profile.update(section));
    }
    int position = 0;
    for (const QJsonValue& v : DemoContext::array(m_ctx.content, "figures")) {
        const QJsonObject o = v.toObject();
        ProfileFigure f;
        f.label = DemoContext::str(o, "label");
        f.value = o.value(QStringLiteral("value")).toDouble();
        f.unit = DemoContext::str(o, "unit");
        f.year = o.value(QStringLiteral("year")).toInt();
        f.source = DemoContext::str(o, "source");
        f.themeId = m_ctx.themeId(DemoContext::str(o, "theme"));
        f.position = position++;
        DEMO_TRY(profile.add(f));
        m_ctx.figuresByTheme[f.themeId] << f.meta.id;
    }
    position = 0;
    for (const QJsonValue& v : DemoContext::array(m_ctx.content, "origins")) {
        const QJsonObject o = v.toObject();
        MigrantOrigin origin;
        origin.country = DemoContext::str(o, "country");
        origin.number = qint64(o.value(QStringLiteral("number")).toDouble());
        origin.year = o.value(QStringLiteral("year")).toInt();
        origin.source = DemoContext::str(o, "source");
        origin.position = position++;
        DEMO_TRY(profile.add(origin));
    }
    position = 0;
    for (const QJsonValue& v : DemoContext::array(m_ctx.content, "districts")) {
        const QJsonObject o = v.toObject();
        District d;
        d.name = DemoContext::str(o, "name");
        d.population = qint64(o.value(QStringLiteral("population")).toDouble());
        d.migrantPopulation = qint64(o.value(QStringLiteral("migrant_population")).toDouble());
        d.year = o.value(QStringLiteral("year")).toInt();
        d.source = DemoContext::str(o, "source");
        d.notes = DemoContext::str(o, "notes");
        d.position = position++;
        DEMO_TRY(profile.add(d));
    }
    return {};
}

Result<void> DemoBuilder::buildStakeholders()
{
    StakeholderRepository& repo = m_ctx.repos.stakeholders();
    const QJsonArray list = DemoContext::array(m_ctx.content, "stakeholders");
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        Stakeholder s;
        s.name = DemoContext::str(o, "name");
        s.kind =
            Stakeholder::kindFromText(DemoContext::str(o, "kind")).value_or(Stakeholder::Kind::Ngo);
        s.level = Stakeholder::levelFromText(DemoContext::str(o, "level"))
                      .value_or(Stakeholder::Level::Local);
        s.stance = Stakeholder::stanceFromText(DemoContext::str(o, "stance"))
                       .value_or(Stakeholder::Stance::Unknown);
        s.influence = o.value(QStringLiteral("influence")).toInt(3);
        s.interest = o.value(QStringLiteral("interest")).toInt(3);
        s.notes = DemoContext::str(o, "notes");
        s.notesPrivate = o.value(QStringLiteral("private_notes")).toBool();
        for (const QJsonValue& t : DemoContext::array(o, "themes"))
            s.themeIds << m_ctx.themeId(t.toString());
        DEMO_TRY(repo.add(s));
        m_ctx.stakeholderIds << s.meta.id;
        m_ctx.stakeholderNames << s.name;
        if (!DemoContext::str(o, "group_role").isEmpty())
            m_ctx.groupIndexes << i;
        for (const QJsonValue& cv : DemoContext::array(o, "contacts")) {
            const QJsonObject co = cv.toObject();
            ContactPerson contact;
            contact.stakeholderId = s.meta.id;
            contact.name = DemoContext::str(co, "name");
            contact.role = DemoContext::str(co, "role");
            contact.email = DemoContext::str(co, "email");
            contact.phone = DemoContext::str(co, "phone");
            contact.preferredLanguage = DemoContext::str(co, "language");
            contact.consentToContact = co.value(QStringLiteral("consent")).toBool();
            DEMO_TRY(repo.add(contact));
        }
    }
    return {};
}

Result<void> DemoBuilder::buildScaledStakeholders()
{
    StakeholderRepository& repo = m_ctx.repos.stakeholders();
    const QJsonObject stems = m_ctx.content.value(QStringLiteral("name_words")).toObject();
    const QList<Stakeholder::Kind> kinds = Stakeholder::allKinds();
    const QJsonArray districts = DemoContext::array(m_ctx.content, "districts");
    const QStringList themes = m_ctx.themeIds.values();
    for (int i = 0; i < m_ctx.options.scale; ++i) {
        const Stakeholder::Kind kind = kinds.at(i % kinds.size());
        const QJsonArray kindStems = stems.value(Stakeholder::toText(kind)).toArray();
        Stakeholder s;
        s.kind = kind;
        s.name = QStringLiteral("%1 %2 %3")
                     .arg(kindStems.at(m_ctx.random.bounded(int(kindStems.size()))).toString(),
                          districts.at(m_ctx.random.bounded(int(districts.size())))
                              .toObject()
                              .value(QStringLiteral("name"))
                              .toString())
                     .arg(i + 1);
        s.level =
            Stakeholder::allLevels().at(m_ctx.random.bounded(int(Stakeholder::allLevels().size())));
        s.stance = Stakeholder::allStances().at(
            m_ctx.random.bounded(int(Stakeholder::allStances().size())));
        s.influence = 1 + m_ctx.random.bounded(5);
        s.interest = 1 + m_ctx.random.bounded(5);
        const int themeCount = 1 + m_ctx.random.bounded(3);
        for (int t = 0; t < themeCount; ++t) {
            const QString id = themes.at(m_ctx.random.bounded(int(themes.size())));
            if (!s.themeIds.contains(id))
                s.themeIds << id;
        }
        DEMO_TRY(repo.add(s));
        m_ctx.stakeholderIds << s.meta.id;
        m_ctx.stakeholderNames << s.name;
        if (i < 20)
            m_ctx.groupIndexes << i;
        ContactPerson contact;
        contact.stakeholderId = s.meta.id;
        contact.name = personName();
        contact.role = QStringLiteral("Coordinator");
        contact.email = QStringLiteral("contact%1@example.org").arg(i + 1);
        contact.consentToContact = m_ctx.random.bounded(2) == 1;
        DEMO_TRY(repo.add(contact));
    }
    return {};
}

Result<void> DemoBuilder::buildRelationsAndEngagements()
{
    StakeholderRepository& repo = m_ctx.repos.stakeholders();
    const QList<StakeholderRelation::Kind> relationKinds = StakeholderRelation::allKinds();
    if (m_ctx.options.scale == 0) {
        for (const QJsonValue& v : DemoContext::array(m_ctx.content, "relations")) {
            const QJsonObject o = v.toObject();
            StakeholderRelation r;
            r.fromId = m_ctx.stakeholderAt(o.value(QStringLiteral("from")).toInt());
            r.toId = m_ctx.stakeholderAt(o.value(QStringLiteral("to")).toInt());
            r.kind = StakeholderRelation::kindFromText(DemoContext::str(o, "kind"))
                         .value_or(StakeholderRelation::Kind::Partnership);
            r.strength = o.value(QStringLiteral("strength")).toInt(3);
            r.notes = DemoContext::str(o, "notes");
            DEMO_TRY(repo.add(r));
        }
        for (const QJsonValue& v : DemoContext::array(m_ctx.content, "engagements")) {
            const QJsonObject o = v.toObject();
            Engagement e;
            e.stakeholderId = m_ctx.stakeholderAt(o.value(QStringLiteral("stakeholder")).toInt());
            e.date = DemoContext::date(o, "date");
            e.kind = Engagement::kindFromText(DemoContext::str(o, "kind"))
                         .value_or(Engagement::Kind::Meeting);
            e.summary = DemoContext::str(o, "summary");
            e.followUpDate = DemoContext::date(o, "follow_up");
            e.followUpDone = o.value(QStringLiteral("follow_up_done")).toBool();
            DEMO_TRY(repo.add(e));
        }
        return {};
    }
    const int n = int(m_ctx.stakeholderIds.size());
    // No more relations than there are distinct ones: a single stakeholder has none, and
    // asking for more would never end.
    const qint64 distinct = qint64(n) * (n - 1) * relationKinds.size();
    const int wanted = int(qMin(qint64(2) * m_ctx.options.scale, distinct));
    QSet<QString> seen;
    int made = 0;
    while (made < wanted) {
        const int from = m_ctx.random.bounded(n);
        // Mostly local ties, as in a real city: neighbours in the list, some far links.
        const int to = m_ctx.random.bounded(4) == 0
                           ? m_ctx.random.bounded(n)
                           : (from + 1 + m_ctx.random.bounded(qMax(1, qMin(n - 1, 40)))) % n;
        const auto kind = relationKinds.at(m_ctx.random.bounded(int(relationKinds.size())));
        const QString key = QStringLiteral("%1-%2-%3").arg(from).arg(to).arg(int(kind));
        if (from == to || seen.contains(key))
            continue;
        seen.insert(key);
        StakeholderRelation r;
        r.fromId = m_ctx.stakeholderIds.at(from);
        r.toId = m_ctx.stakeholderIds.at(to);
        r.kind = kind;
        r.strength = 1 + m_ctx.random.bounded(5);
        DEMO_TRY(repo.add(r));
        ++made;
    }
    const QJsonArray summaries = DemoContext::array(m_ctx.content, "engagement_summaries");
    const QList<Engagement::Kind> engagementKinds = Engagement::allKinds();
    const QDate start(2024, 1, 1);
    for (int i = 0; i < m_ctx.options.scale; ++i) {
        Engagement e;
        e.stakeholderId = m_ctx.stakeholderIds.at(m_ctx.random.bounded(n));
        e.date = start.addDays(m_ctx.random.bounded(1050));
        e.kind = engagementKinds.at(m_ctx.random.bounded(int(engagementKinds.size())));
        e.summary = summaries.at(m_ctx.random.bounded(int(summaries.size()))).toString();
        if (m_ctx.random.bounded(3) == 0)
            e.followUpDate = e.date.addDays(7 + m_ctx.random.bounded(60));
        DEMO_TRY(repo.add(e));
    }
    return {};
}

Result<void> DemoBuilder::buildGroup()
{
    GroupRepository& group = m_ctx.repos.group();
    const QJsonArray list = DemoContext::array(m_ctx.content, "stakeholders");
    QStringList memberIds;
    QStringList memberNames;
    for (int index : std::as_const(m_ctx.groupIndexes)) {
        GroupMember m;
        m.stakeholderId = m_ctx.stakeholderAt(index);
        m.role = index < list.size() ? DemoContext::str(list.at(index).toObject(), "group_role")
                                     : QString();
        m.joinedOn = QDate(2024, 10, 1);
        DEMO_TRY(group.add(m));
        memberIds << m.meta.id;
        memberNames << m_ctx.stakeholderNames.value(index);
    }
    for (const QJsonValue& v : DemoContext::array(m_ctx.content, "group_meetings")) {
        const QJsonObject o = v.toObject();
        GroupMeeting meeting;
        meeting.date = DemoContext::date(o, "date");
        meeting.place = DemoContext::str(o, "place");
        meeting.agenda = DemoContext::str(o, "agenda");
        meeting.minutes = DemoContext::str(o, "minutes");
        QStringList present;
        for (const QJsonValue& a : DemoContext::array(o, "attendees")) {
            const int i = a.toInt();
            if (i >= 0 && i < memberIds.size() &&
                !meeting.attendeeMemberIds.contains(memberIds.at(i))) {
                meeting.attendeeMemberIds << memberIds.at(i);
                present << memberNames.at(i);
            }
        }
        m_ctx.meetings.append(
            {meeting.meta.id, meeting.date, meeting.agenda, present.join(QStringLiteral(", "))});
        for (const QJsonValue& d : DemoContext::array(o, "decisions"))
            meeting.decisions << d.toString();
        DEMO_TRY(group.add(meeting));
    }
    return {};
}

Result<void> DemoBuilder::buildChecklists()
{
    ChecklistRepository& repo = m_ctx.repos.checklists();
    // Every new file starts with the built-in checklist (CitySeeder): the demo answers it, as an
    // officer would. The content maps each demo answer to a built-in item; the demo's area
    // themes decide which gaps back which priorities.
    const std::optional<ChecklistTemplate> tmpl =
        repo.templateByKey(QStringLiteral("mc2cm_basic_services"));
    if (!tmpl)
        return Error{QCoreApplication::translate(
            "DemoBuilder", "The demo city needs the built-in checklist, which is missing.")};
    QHash<QString, QString> builtinIds; // built-in item key -> id
    for (const ChecklistItem& item : repo.allItems(tmpl->meta.id))
        builtinIds.insert(item.key, item.meta.id);
    QHash<QString, QString> itemThemes; // demo item key -> theme id
    const QJsonObject t = m_ctx.content.value(QStringLiteral("template")).toObject();
    for (const QJsonValue& av : DemoContext::array(t, "areas")) {
        const QJsonObject a = av.toObject();
        const QString themeId = m_ctx.themeId(DemoContext::str(a, "theme"));
        for (const QJsonValue& iv : DemoContext::array(a, "items")) {
            const QJsonObject i = iv.toObject();
            const QString builtinKey = DemoContext::str(i, "builtin");
            if (!builtinIds.contains(builtinKey))
                continue;
            m_itemIds.insert(DemoContext::str(i, "key"), builtinIds.value(builtinKey));
            itemThemes.insert(DemoContext::str(i, "key"), themeId);
        }
    }
    const QJsonArray rounds = DemoContext::array(m_ctx.content, "rounds");
    for (qsizetype r = 0; r < rounds.size(); ++r) {
        const QJsonObject o = rounds.at(r).toObject();
        const bool latest = r == rounds.size() - 1;
        AssessmentRound round;
        round.templateId = tmpl->meta.id;
        round.label = DemoContext::str(o, "label");
        round.heldOn = DemoContext::date(o, "held_on");
        for (int i = 0; i < qMin(6, int(m_ctx.stakeholderIds.size())); ++i)
            round.participantIds << m_ctx.stakeholderIds.at(i);
        DEMO_TRY(repo.add(round));
        const QJsonObject answers = o.value(QStringLiteral("answers")).toObject();
        const QJsonObject evidence = o.value(QStringLiteral("evidence")).toObject();
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
            if (!m_itemIds.contains(it.key()))
                continue;
            Answer answer;
            answer.roundId = round.meta.id;
            answer.itemId = m_itemIds.value(it.key());
            answer.value = Answer::fromText(it.value().toString()).value_or(Answer::Value::Unknown);
            answer.evidence = evidence.value(it.key()).toString();
            if (!answer.evidence.isEmpty())
                answer.evidenceDate = round.heldOn;
            DEMO_TRY(repo.setAnswer(answer));
            if (latest &&
                (answer.value == Answer::Value::NotMet || answer.value == Answer::Value::PartlyMet))
                m_ctx.gapsByTheme[itemThemes.value(it.key())] << answer.itemId;
        }
    }
    return {};
}

Result<void> DemoBuilder::buildExchange()
{
    ExchangeRepository& repo = m_ctx.repos.exchange();
    QHash<QString, PartnerCity> partners; // by name, as the exchanges and practices name them
    for (const QJsonValue& v : DemoContext::array(m_ctx.content, "partners")) {
        const QJsonObject p = v.toObject();
        PartnerCity partner;
        partner.name = DemoContext::str(p, "name");
        partner.country = DemoContext::str(p, "country");
        partner.role =
            PartnerCity::fromText(DemoContext::str(p, "role")).value_or(PartnerCity::Role::Peer);
        partner.partnerCityUuid = DemoContext::str(p, "city_id");
        partner.since = DemoContext::date(p, "since");
        partner.until = DemoContext::date(p, "until");
        partner.notes = DemoContext::str(p, "notes");
        partner.contactName = DemoContext::str(p, "contact_name");
        partner.contactEmail = DemoContext::str(p, "contact_email");
        partner.contactPhone = DemoContext::str(p, "contact_phone");
        DEMO_TRY(repo.add(partner));
        partners.insert(partner.name, partner);
    }
    for (const QJsonValue& v : DemoContext::array(m_ctx.content, "exchanges")) {
        const QJsonObject o = v.toObject();
        Exchange e;
        e.partnerId = partners.value(DemoContext::str(o, "partner")).meta.id;
        e.kind =
            Exchange::fromText(DemoContext::str(o, "kind")).value_or(Exchange::Kind::StudyVisit);
        e.title = DemoContext::str(o, "title");
        e.startDate = DemoContext::date(o, "start");
        e.endDate = DemoContext::date(o, "end");
        e.place = DemoContext::str(o, "place");
        e.themeId = m_ctx.themeId(DemoContext::str(o, "theme"));
        e.participants = DemoContext::str(o, "participants");
        e.lessons = DemoContext::str(o, "lessons");
        DEMO_TRY(repo.add(e));
    }
    for (const QJsonValue& v : DemoContext::array(m_ctx.content, "practices")) {
        const QJsonObject o = v.toObject();
        GoodPractice g;
        g.title = DemoContext::str(o, "title");
        g.cityName = DemoContext::str(o, "city");
        g.themeId = m_ctx.themeId(DemoContext::str(o, "theme"));
        g.description = DemoContext::str(o, "description");
        g.source = DemoContext::str(o, "source");
        g.tags = DemoContext::str(o, "tags");
        // A practice taken from a partner keeps the partner's file as its city of origin, as
        // an import from that file would.
        const auto partner = partners.constFind(DemoContext::str(o, "partner"));
        if (partner != partners.cend()) {
            g.partnerId = partner->meta.id;
            g.meta.originCity = partner->partnerCityUuid;
        }
        DEMO_TRY(repo.add(g));
    }
    return {};
}

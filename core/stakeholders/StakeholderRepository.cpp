// SPDX-License-Identifier: GPL-3.0-or-later
#include "StakeholderRepository.h"

#include "common/SqlValue.h"
#include "common/TextFolding.h"
#include "common/Validation.h"
#include "stakeholders/NameOrder.h"
#include "stakeholders/StakeholderSql.h"
#include "storage/Queries.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

using namespace StakeholderSql;
using Queries::readAll;

namespace {

class Fields
{
    Q_DECLARE_TR_FUNCTIONS(StakeholderRepository)
public:
    static QString name() { return tr("The stakeholder's name"); }
    static QString stakeholder() { return tr("Stakeholder"); }
    static QString influence() { return tr("The influence"); }
    static QString interest() { return tr("The interest"); }
    static QString theme() { return tr("A theme of the stakeholder"); }
    static QString contactName() { return tr("The contact person's name"); }
    static QString contactStakeholder() { return tr("The contact person's stakeholder"); }
    static QString from() { return tr("The relation's first stakeholder"); }
    static QString to() { return tr("The relation's second stakeholder"); }
    static QString strength() { return tr("The strength of the relation"); }
    static QString relation() { return tr("The relation between these two stakeholders"); }
    static QString engagementStakeholder() { return tr("The engagement's stakeholder"); }
    static QString date() { return tr("The date"); }
    static QString followUp() { return tr("The follow-up date"); }

    static Error badEmail(const QString& email)
    {
        return {tr("“%1” does not look like an e-mail address (name@example.org). Correct it, "
                   "or leave the e-mail empty.")
                    .arg(email)};
    }
    static Error badPhone(const QString& phone)
    {
        return {tr("“%1” does not look like a phone number: use digits, spaces and + - ( ) . "
                   "only, with at least six digits. Correct it, or leave the phone empty.")
                    .arg(phone)};
    }
    static Error selfRelation()
    {
        return {tr("A relation links two different stakeholders. Choose another stakeholder "
                   "for one of its ends.")};
    }
};

Stakeholder normalized(Stakeholder s)
{
    s.name = s.name.trimmed();
    s.themeIds.removeAll(QString());
    std::sort(s.themeIds.begin(), s.themeIds.end());
    s.themeIds.erase(std::unique(s.themeIds.begin(), s.themeIds.end()), s.themeIds.end());
    return s;
}

ContactPerson normalized(ContactPerson c)
{
    c.name = c.name.trimmed();
    c.email = c.email.trimmed();
    c.phone = c.phone.trimmed();
    return c;
}

} // namespace

StakeholderRepository::StakeholderRepository(RecordStore& store, QObject* parent)
    : QObject(parent), m_store(store), m_lookups(std::make_unique<Lookups>(store.database())),
      m_stakeholders(store, stakeholderMapping()), m_contacts(store, contactMapping()),
      m_relations(store, relationMapping()), m_engagements(store, engagementMapping())
{
    using Repo = StakeholderRepository;
    // A stakeholder put back is announced with its theme ids.
    m_stakeholders.announceAs(m_kinds, this, &Repo::stakeholderAdded, &Repo::stakeholderUpdated,
                              &Repo::stakeholderRemoved, &Repo::stakeholder);
    m_contacts.announceAs(m_kinds, this, &Repo::contactAdded, &Repo::contactUpdated,
                          &Repo::contactRemoved);
    m_relations.announceAs(m_kinds, this, &Repo::relationAdded, &Repo::relationUpdated,
                           &Repo::relationRemoved);
    m_engagements.announceAs(m_kinds, this, &Repo::engagementAdded, &Repo::engagementUpdated,
                             &Repo::engagementRemoved);
    m_store.announcer().setListener(RowAnnouncer::Owner::Stakeholders, this);
}

StakeholderRepository::~StakeholderRepository()
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Stakeholders, nullptr);
}

// ---- Stakeholders

QList<Stakeholder> StakeholderRepository::stakeholders() const
{
    const QHash<QString, QStringList> themes = themeIdsByStakeholder();
    QList<Stakeholder> all = m_stakeholders.all(QStringLiteral("ORDER BY name_key"));
    for (Stakeholder& s : all)
        s.themeIds = themes.value(s.meta.id);
    NameOrder::sort(all);
    return all;
}

QHash<QString, QStringList> StakeholderRepository::themeIdsByStakeholder() const
{
    return valuesByOwner(m_store.database(), Values::StakeholderThemes);
}

QList<Stakeholder> StakeholderRepository::stakeholderSummaries(int limit,
                                                               const QString& afterName) const
{
    // name_key is unique and indexed: the order is total, and a page starts where the last
    // ended whatever was added or removed in between.
    const bool after = !afterName.isEmpty();
    QVariantList bindings;
    if (after)
        bindings << TextFolding::fold(afterName);
    bindings << limit;
    QList<Stakeholder> rows = readAll<Stakeholder>(
        m_store.database(),
        selectStakeholderSummaries((after ? QStringLiteral("WHERE name_key > ? ") : QString()) +
                                   QStringLiteral("ORDER BY name_key LIMIT ?")),
        readStakeholderSummary, bindings);
    // A page keeps the index's order, which the next page continues; the whole list is given
    // in the reader's.
    if (limit < 0 && !after)
        NameOrder::sort(rows);
    return rows;
}

std::optional<Stakeholder> StakeholderRepository::stakeholder(const QString& id) const
{
    std::optional<Stakeholder> s = m_stakeholders.one(id);
    if (s)
        s->themeIds = themeIdsOf(id);
    return s;
}

std::optional<Stakeholder> StakeholderRepository::byNameKey(const QString& name) const
{
    const QString id = idForNameKey(TextFolding::fold(name));
    return id.isEmpty() ? std::nullopt : stakeholder(id);
}

int StakeholderRepository::count() const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM stakeholder"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QString StakeholderRepository::idForNameKey(const QString& nameKey) const
{
    // Served by the unique index stakeholder_name_key: one lookup, whatever the file's size.
    return m_lookups->firstValue(QStringLiteral("SELECT id FROM stakeholder WHERE name_key = ?"),
                                 {nameKey});
}

QStringList StakeholderRepository::themeIdsOf(const QString& stakeholderId) const
{
    return valuesByOwner(m_store.database(), Values::StakeholderThemes, stakeholderId)
        .value(stakeholderId);
}

Result<void> StakeholderRepository::writeThemes(const QString& stakeholderId,
                                                const QStringList& themeIds)
{
    Result<QList<ValueRow>> rows =
        valueRows(m_store.database(), Values::StakeholderThemes, stakeholderId);
    if (!rows)
        return rows.error();
    QStringList kept;        // theme ids whose row stays as it is
    QStringList droppedRows; // row ids of themes no longer listed
    for (const ValueRow& row : std::as_const(rows.value())) {
        if (themeIds.contains(row.value))
            kept << row.value;
        else
            droppedRows << row.id;
    }
    for (const QString& rowId : std::as_const(droppedRows)) {
        if (Result<RowSnapshot> r = m_store.remove("stakeholder_theme", rowId); !r)
            return r.error();
    }
    QStringList added = themeIds;
    added.removeIf([&kept](const QString& id) { return kept.contains(id); });
    return insertThemes(stakeholderId, added);
}

Result<void> StakeholderRepository::insertThemes(const QString& stakeholderId,
                                                 const QStringList& themeIds)
{
    for (const QString& themeId : themeIds) {
        RecordMeta meta;
        if (Result<void> r =
                m_store.insert("stakeholder_theme", meta,
                               {{"stakeholder_id", stakeholderId}, {"theme_id", themeId}});
            !r)
            return r;
    }
    return {};
}

Result<void> StakeholderRepository::add(Stakeholder& stakeholder)
{
    Stakeholder next = normalized(stakeholder);
    if (std::optional<Error> e = validate(next))
        return *e;
    Result<void> r =
        m_stakeholders.addWith(next, [&] { return insertThemes(next.meta.id, next.themeIds); });
    if (r)
        stakeholder = next;
    return r;
}

Result<void> StakeholderRepository::update(Stakeholder& stakeholder)
{
    Stakeholder next = normalized(stakeholder);
    if (std::optional<Error> e = validate(next))
        return *e;
    Result<void> r =
        m_stakeholders.updateWith(next, [&] { return writeThemes(next.meta.id, next.themeIds); });
    if (r)
        stakeholder = next;
    return r;
}

Result<RowSnapshot> StakeholderRepository::remove(const Stakeholder& stakeholder)
{
    return m_stakeholders.remove(stakeholder);
}

// ---- Contact persons

QList<ContactPerson> StakeholderRepository::contacts() const
{
    return m_contacts.all(QStringLiteral("ORDER BY name, id"));
}

QList<ContactPerson> StakeholderRepository::contacts(const QString& stakeholderId) const
{
    return m_contacts.all(QStringLiteral("WHERE stakeholder_id = ? ORDER BY name, id"),
                          {stakeholderId});
}

std::optional<ContactPerson> StakeholderRepository::contact(const QString& id) const
{
    return m_contacts.one(id);
}

Result<void> StakeholderRepository::add(ContactPerson& contact)
{
    ContactPerson next = normalized(contact);
    if (std::optional<Error> e = validate(next))
        return *e;
    Result<void> r = m_contacts.add(next);
    if (r)
        contact = next;
    return r;
}

Result<void> StakeholderRepository::update(ContactPerson& contact)
{
    ContactPerson next = normalized(contact);
    if (std::optional<Error> e = validate(next))
        return *e;
    Result<void> r = m_contacts.update(next);
    if (r)
        contact = next;
    return r;
}

Result<RowSnapshot> StakeholderRepository::remove(const ContactPerson& contact)
{
    return m_contacts.remove(contact);
}

// ---- Relations

QList<StakeholderRelation> StakeholderRepository::relations() const
{
    // In storage order: sorting 100,000 relations would cost a third of the read, and views
    // sort by their own columns anyway.
    return m_relations.all(QStringLiteral("ORDER BY rowid"));
}

QList<StakeholderRelation> StakeholderRepository::relations(const QString& stakeholderId) const
{
    // Two indexed lookups (the UNIQUE index starts with from_id; to_id has its own).
    return m_relations.all(QStringLiteral("WHERE from_id = ? OR to_id = ? ORDER BY created_at, id"),
                           {stakeholderId, stakeholderId});
}

std::optional<StakeholderRelation> StakeholderRepository::relation(const QString& id) const
{
    return m_relations.one(id);
}

Result<void> StakeholderRepository::add(StakeholderRelation& relation)
{
    if (std::optional<Error> e = validate(relation))
        return *e;
    return m_relations.add(relation);
}

Result<void> StakeholderRepository::update(StakeholderRelation& relation)
{
    if (std::optional<Error> e = validate(relation))
        return *e;
    return m_relations.update(relation);
}

Result<RowSnapshot> StakeholderRepository::remove(const StakeholderRelation& relation)
{
    return m_relations.remove(relation);
}

// ---- Engagements

QList<Engagement> StakeholderRepository::engagements() const
{
    return m_engagements.all(QStringLiteral("ORDER BY date, created_at, id"));
}

QList<Engagement> StakeholderRepository::engagements(const QString& stakeholderId) const
{
    return m_engagements.all(
        QStringLiteral("WHERE stakeholder_id = ? ORDER BY date, created_at, id"), {stakeholderId});
}

std::optional<Engagement> StakeholderRepository::engagement(const QString& id) const
{
    return m_engagements.one(id);
}

Result<void> StakeholderRepository::add(Engagement& engagement)
{
    if (std::optional<Error> e = validate(engagement))
        return *e;
    return m_engagements.add(engagement);
}

Result<void> StakeholderRepository::update(Engagement& engagement)
{
    if (std::optional<Error> e = validate(engagement))
        return *e;
    return m_engagements.update(engagement);
}

Result<RowSnapshot> StakeholderRepository::remove(const Engagement& engagement)
{
    return m_engagements.remove(engagement);
}

// ---- What the stakeholder table shows beside the records

QList<StakeholderRepository::ContactText> StakeholderRepository::contactTexts() const
{
    return readAll<ContactText>(m_store.database(),
                                selectContactTexts(QStringLiteral("ORDER BY stakeholder_id, name")),
                                readContactText);
}

QHash<QString, StakeholderRepository::LastContact>
StakeholderRepository::lastContacts(const QDate& today) const
{
    QHash<QString, LastContact> all;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // Dates are stored as YYYY-MM-DD, so text order is date order.
    q.prepare(QStringLiteral(
        "SELECT stakeholder_id, max(date), "
        "max(follow_up_date IS NOT NULL AND follow_up_done = 0 AND follow_up_date < ?) "
        "FROM engagement GROUP BY stakeholder_id"));
    q.addBindValue(SqlValue::date(today));
    if (!q.exec())
        return all;
    while (q.next())
        all.insert(q.value(0).toString(), {SqlValue::toDate(q.value(1)), q.value(2).toInt() != 0});
    return all;
}

// ---- Undo

Result<void> StakeholderRepository::restore(const RowSnapshot& snapshot)
{
    return m_store.restoreOne(snapshot);
}

// ---- Validation

std::optional<Error> StakeholderRepository::validate(const Stakeholder& stakeholder) const
{
    using S = Stakeholder;
    if (std::optional<Error> e =
            Validation::first({Validation::required(stakeholder.name, Fields::name()),
                               Validation::inRange(stakeholder.influence, S::minScore, S::maxScore,
                                                   Fields::influence()),
                               Validation::inRange(stakeholder.interest, S::minScore, S::maxScore,
                                                   Fields::interest())}))
        return e;
    const QString other = idForNameKey(TextFolding::fold(stakeholder.name));
    if (!other.isEmpty() && other != stakeholder.meta.id)
        return Validation::duplicate(stakeholder.name.trimmed(), Fields::stakeholder());
    for (const QString& themeId : stakeholder.themeIds) {
        if (!m_lookups->exists("theme", themeId))
            return Validation::unknownReference(Fields::theme());
    }
    return std::nullopt;
}

std::optional<Error> StakeholderRepository::validate(const ContactPerson& contact) const
{
    if (std::optional<Error> e = Validation::required(contact.name, Fields::contactName()))
        return e;
    if (!m_lookups->exists("stakeholder", contact.stakeholderId))
        return Validation::unknownReference(Fields::contactStakeholder());
    if (!contact.email.trimmed().isEmpty() && !ContactPerson::looksLikeEmail(contact.email))
        return Fields::badEmail(contact.email.trimmed());
    if (!contact.phone.trimmed().isEmpty() && !ContactPerson::looksLikePhone(contact.phone))
        return Fields::badPhone(contact.phone.trimmed());
    return std::nullopt;
}

std::optional<Error> StakeholderRepository::validate(const StakeholderRelation& relation) const
{
    using R = StakeholderRelation;
    if (std::optional<Error> e = Validation::inRange(relation.strength, R::minStrength,
                                                     R::maxStrength, Fields::strength()))
        return e;
    if (!m_lookups->exists("stakeholder", relation.fromId))
        return Validation::unknownReference(Fields::from());
    if (!m_lookups->exists("stakeholder", relation.toId))
        return Validation::unknownReference(Fields::to());
    if (relation.fromId == relation.toId)
        return Fields::selfRelation();
    // The same tie entered twice would count twice on the network view.
    const QString other = m_lookups->firstValue(
        QStringLiteral(
            "SELECT id FROM stakeholder_relation WHERE from_id = ? AND to_id = ? AND kind = ?"),
        {relation.fromId, relation.toId, R::toText(relation.kind)});
    if (!other.isEmpty() && other != relation.meta.id)
        return Validation::duplicate(R::label(relation.kind), Fields::relation());
    return std::nullopt;
}

std::optional<Error> StakeholderRepository::validate(const Engagement& engagement) const
{
    if (std::optional<Error> e = Validation::first(
            {Validation::required(engagement.date.isValid() ? engagement.date.toString(Qt::ISODate)
                                                            : QString(),
                                  Fields::date()),
             Validation::order(engagement.date, engagement.followUpDate, Fields::date(),
                               Fields::followUp())}))
        return e;
    if (!m_lookups->exists("stakeholder", engagement.stakeholderId))
        return Validation::unknownReference(Fields::engagementStakeholder());
    return std::nullopt;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "stakeholders/ContactPerson.h"
#include "stakeholders/Engagement.h"
#include "stakeholders/Stakeholder.h"
#include "stakeholders/StakeholderRelation.h"
#include "storage/KindAnnouncements.h"
#include "storage/RecordTable.h"
#include "storage/RowAnnouncer.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace StakeholderSql {
class Lookups;
}

// The actor map: stakeholders with their themes, contact persons, relations and engagement
// log. Every edit is one transaction; every change is announced so models update row by row.
// add() and update() store names trimmed and theme ids sorted without repeats, and leave the
// record exactly as stored (identity included); on failure the record is left untouched.
class StakeholderRepository : public QObject, public RowListener
{
    Q_OBJECT

public:
    explicit StakeholderRepository(RecordStore& store, QObject* parent = nullptr);
    ~StakeholderRepository() override;

    // All stakeholders by folded name, each with its theme ids: two queries whatever the size.
    QList<Stakeholder> stakeholders() const;
    std::optional<Stakeholder> stakeholder(const QString& id) const;
    // The same list with only what a table of them shows first: id, name, kind, level, scores,
    // stance and notes (no themes, timestamps, website or network position): less than half
    // the reading time on a network-sized file. An edit starts from stakeholder(id).
    // In name order; only those whose name folds after afterName's, when given, and at most
    // limit of them (negative: all), so that a table can show a first screenful at once and
    // read the rest behind it.
    QList<Stakeholder> stakeholderSummaries(int limit = -1, const QString& afterName = {}) const;
    // Every stakeholder's theme ids (sorted), by stakeholder id, in one query.
    QHash<QString, QStringList> themeIdsByStakeholder() const;
    // The stakeholder whose name folds like name (case, accents and spacing do not matter).
    std::optional<Stakeholder> byNameKey(const QString& name) const;
    // The names of the stakeholders given (id -> name; ids not found are left out), in one
    // query: a plan's 2,000 leads named without 2,000 readings.
    QHash<QString, QString> names(const QStringList& ids) const;
    // The records of the stakeholders given, with their theme ids, in no particular order (ids
    // not found are left out): two queries whatever their number.
    QList<Stakeholder> stakeholders(const QStringList& ids) const;
    int count() const;
    Result<void> add(Stakeholder& stakeholder);
    Result<void> update(Stakeholder& stakeholder);
    // Takes with it every row that depends on the stakeholder (themes, contacts, relations,
    // engagements, group seat, round participation, action partnership) and clears the
    // references that may be empty (action lead, consultation); restore() puts all of it back.
    Result<RowSnapshot> remove(const Stakeholder& stakeholder);

    QList<ContactPerson> contacts() const;
    QList<ContactPerson> contacts(const QString& stakeholderId) const;
    std::optional<ContactPerson> contact(const QString& id) const;
    Result<void> add(ContactPerson& contact);
    Result<void> update(ContactPerson& contact);
    Result<RowSnapshot> remove(const ContactPerson& contact);

    // All relations in storage order (a restored relation comes last).
    QList<StakeholderRelation> relations() const;
    // The relations with the stakeholder at either end.
    QList<StakeholderRelation> relations(const QString& stakeholderId) const;
    std::optional<StakeholderRelation> relation(const QString& id) const;
    Result<void> add(StakeholderRelation& relation);
    Result<void> update(StakeholderRelation& relation);
    Result<RowSnapshot> remove(const StakeholderRelation& relation);

    // Engagements oldest first.
    QList<Engagement> engagements() const;
    QList<Engagement> engagements(const QString& stakeholderId) const;
    std::optional<Engagement> engagement(const QString& id) const;
    Result<void> add(Engagement& engagement);
    Result<void> update(Engagement& engagement);
    Result<RowSnapshot> remove(const Engagement& engagement);

    // What a table of every stakeholder shows beside the records, one query each whatever the
    // file's size (a query per stakeholder would take seconds on a network-sized file).
    struct ContactText
    {
        QString id;
        QString stakeholderId;
        QString name;
        QString email;
    };
    QList<ContactText> contactTexts() const;
    struct LastContact
    {
        QDate date;
        // A follow-up promised for before today is still pending.
        bool overdueFollowUp = false;
    };
    // By stakeholder id, for the stakeholders with at least one engagement.
    QHash<QString, LastContact> lastContacts(const QDate& today) const;

    // Puts back what a remove() took away (undo), with the same identities.
    Result<void> restore(const RowSnapshot& snapshot);

    // Validation against the file (uniqueness, references): nullopt when it may be stored.
    std::optional<Error> validate(const Stakeholder& stakeholder) const;
    std::optional<Error> validate(const ContactPerson& contact) const;
    std::optional<Error> validate(const StakeholderRelation& relation) const;
    std::optional<Error> validate(const Engagement& engagement) const;

public slots:
    // Stakeholders and their contacts, relations and engagements removed or put back, by
    // whichever repository (RecordStore::announcer()); stakeholders whose themes a theme's
    // removal or return changed, as updated.
    void announceRemoved(const RowSnapshot& snapshot) override;
    void announceRestored(const RowSnapshot& snapshot) override;

signals:
    void stakeholderAdded(const Stakeholder& stakeholder);
    void stakeholderUpdated(const Stakeholder& stakeholder);
    void stakeholderRemoved(const QString& id);
    void contactAdded(const ContactPerson& contact);
    void contactUpdated(const ContactPerson& contact);
    void contactRemoved(const QString& id);
    void relationAdded(const StakeholderRelation& relation);
    void relationUpdated(const StakeholderRelation& relation);
    void relationRemoved(const QString& id);
    void engagementAdded(const Engagement& engagement);
    void engagementUpdated(const Engagement& engagement);
    void engagementRemoved(const QString& id);
    // Everything a stakeholder's removal took away, and its return, after the stakeholder's
    // own announcement (the other repositories have announced their rows by then).
    void rowsRemoved(const RowSnapshot& snapshot);
    void rowsRestored(const RowSnapshot& snapshot);
    // Around a burst of announcements sent together (a whole import, its undo or its redo): a
    // model may set the records announced in between aside and catch up once at the end.
    void bulkChangeAboutToStart();
    void bulkChangeFinished();

private:
    QString idForNameKey(const QString& nameKey) const;
    QStringList themeIdsOf(const QString& stakeholderId) const;
    void announceThemesChanged(const RowSnapshot& snapshot);
    // Whether a snapshot took or put back a stakeholder, not only rows hanging on one.
    static bool takesStakeholder(const RowSnapshot& snapshot);
    // Makes the stakeholder's theme rows match themeIds, keeping the rows that stay.
    Result<void> writeThemes(const QString& stakeholderId, const QStringList& themeIds);
    Result<void> insertThemes(const QString& stakeholderId, const QStringList& themeIds);

    RecordStore& m_store;
    std::unique_ptr<StakeholderSql::Lookups> m_lookups;
    KindAnnouncements m_kinds;
    RecordTable<Stakeholder> m_stakeholders;
    RecordTable<ContactPerson> m_contacts;
    RecordTable<StakeholderRelation> m_relations;
    RecordTable<Engagement> m_engagements;
};

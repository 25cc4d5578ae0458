// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/Answer.h"
#include "checklists/AssessmentRound.h"
#include "checklists/ChecklistArea.h"
#include "checklists/ChecklistItem.h"
#include "checklists/ChecklistTemplate.h"
#include "common/Result.h"
#include "storage/KindAnnouncements.h"
#include "storage/RecordTable.h"
#include "storage/RowAnnouncer.h"

#include <QObject>

#include <optional>

// The service-access checklists (templates, areas, items) and their assessments (rounds with
// participants, answers). Every write is one transaction; every change is announced so models
// update row by row, including the rows a delete takes with it.
class ChecklistRepository : public QObject, public RowListener
{
    Q_OBJECT

public:
    explicit ChecklistRepository(RecordStore& store, QObject* parent = nullptr);
    ~ChecklistRepository() override;

    // Built-in checklists first, then by title.
    QList<ChecklistTemplate> templates() const;
    std::optional<ChecklistTemplate> checklistTemplate(const QString& id) const;
    std::optional<ChecklistTemplate> templateByKey(const QString& key) const;
    // An empty key is given a unique one. Removing a checklist takes its areas, items and
    // their answers with it; a checklist that rounds were held with cannot be removed.
    Result<void> add(ChecklistTemplate& checklist);
    Result<void> update(ChecklistTemplate& checklist);
    Result<RowSnapshot> remove(const ChecklistTemplate& checklist);

    QList<ChecklistArea> areas(const QString& templateId) const;
    std::optional<ChecklistArea> area(const QString& id) const;
    Result<void> add(ChecklistArea& area);
    Result<void> update(ChecklistArea& area);
    Result<RowSnapshot> remove(const ChecklistArea& area);

    // Retired items included (they keep their answers); see ChecklistItem::isActiveOn().
    QList<ChecklistItem> items(const QString& areaId) const;
    // Every item of a checklist, area by area.
    QList<ChecklistItem> allItems(const QString& templateId) const;
    std::optional<ChecklistItem> item(const QString& id) const;
    Result<void> add(ChecklistItem& item);
    Result<void> update(ChecklistItem& item);
    Result<RowSnapshot> remove(const ChecklistItem& item);

    // Rounds and their participants (ChecklistRepositoryRounds.cpp).
    // Oldest first (by date held, then by creation), with their participants.
    QList<AssessmentRound> rounds() const;
    std::optional<AssessmentRound> round(const QString& id) const;
    std::optional<AssessmentRound> roundByLabel(const QString& label) const;
    std::optional<AssessmentRound> latestRound() const;
    // The participants are written in the same transaction as the round. After a successful
    // write, round.participantIds is what the file holds (duplicates dropped).
    Result<void> add(AssessmentRound& round);
    // add(round) and, when copyAnswersFrom names a round of the same checklist, a copy of its
    // answers (evidence included) to the items the new round still asks, in one transaction:
    // a new assessment starts from the last one and the officer revises what changed.
    Result<void> addRound(AssessmentRound& round, const QString& copyAnswersFrom);
    Result<void> update(AssessmentRound& round);
    Result<RowSnapshot> remove(const AssessmentRound& round);

    QList<Answer> answers(const QString& roundId) const;
    std::optional<Answer> answer(const QString& id) const;
    std::optional<Answer> answerFor(const QString& roundId, const QString& itemId) const;
    Result<void> add(Answer& answer);
    Result<void> update(Answer& answer);
    Result<RowSnapshot> remove(const Answer& answer);
    // Inserts the round's answer to the item, or updates the one it already has (keeping its
    // identity): what the assessment grid does when a cell is edited.
    Result<void> setAnswer(Answer& answer);

    // Puts back what a remove() took away (undo), with the same identities.
    Result<void> restore(const RowSnapshot& snapshot);

    // Validation: nullopt when the record may be stored. Members because references and
    // uniqueness are checked against the file.
    std::optional<Error> validate(const ChecklistTemplate& checklist) const;
    std::optional<Error> validate(const ChecklistArea& area) const;
    std::optional<Error> validate(const ChecklistItem& item) const;
    std::optional<Error> validate(const AssessmentRound& round) const;
    std::optional<Error> validate(const Answer& answer) const;

public slots:
    // Announces checklist rows that went with, or came back with, a record (of this or another
    // repository: a stakeholder takes its round participations), called by RecordStore's
    // announcer. Rounds whose participants changed, and areas and items whose theme a theme's
    // removal cleared or its return set again, are announced as updated.
    void announceRemoved(const RowSnapshot& snapshot) override;
    void announceRestored(const RowSnapshot& snapshot) override;

signals:
    void templateAdded(const ChecklistTemplate& checklist);
    void templateUpdated(const ChecklistTemplate& checklist);
    void templateRemoved(const QString& id);
    void areaAdded(const ChecklistArea& area);
    void areaUpdated(const ChecklistArea& area);
    void areaRemoved(const QString& id);
    void itemAdded(const ChecklistItem& item);
    void itemUpdated(const ChecklistItem& item);
    void itemRemoved(const QString& id);
    void roundAdded(const AssessmentRound& round);
    void roundUpdated(const AssessmentRound& round);
    void roundRemoved(const QString& id);
    void answerAdded(const Answer& answer);
    void answerUpdated(const Answer& answer);
    void answerRemoved(const QString& id);

private:
    // The first round the SELECT's tail finds, with its participants.
    std::optional<AssessmentRound> firstRound(const QString& tail,
                                              const QVariantList& bindings) const;
    Result<void> writeParticipants(AssessmentRound& round);
    Result<void> copyAnswers(const QString& fromRoundId, const AssessmentRound& to,
                             QList<Answer>& copied);
    // Rounds whose participants a delete took or an undo put back, announced as updated.
    void announceParticipants(const RowSnapshot& snapshot, bool childrenFirst);

    RecordStore& m_store;
    KindAnnouncements m_kinds;
    RecordTable<ChecklistTemplate> m_templates;
    RecordTable<ChecklistArea> m_areas;
    RecordTable<ChecklistItem> m_items;
    RecordTable<AssessmentRound> m_rounds;
    RecordTable<Answer> m_answers;

    // Editing a checklist's areas and items (ChecklistRepositoryOrder.cpp).
public:
    // How many answers the item has, over every round: an item with answers is retired,
    // never deleted.
    int answerCount(const QString& itemId) const;
    // Gives the areas of a checklist (the items of an area) the order of the list, in one
    // transaction. The list must name each of them once. Records whose position changes are
    // announced as updated.
    Result<void> reorderAreas(const QString& templateId, const QStringList& areaIds);
    Result<void> reorderItems(const QString& areaId, const QStringList& itemIds);
};

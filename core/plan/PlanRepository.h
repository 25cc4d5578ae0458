// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "plan/Consultation.h"
#include "plan/Priority.h"
#include "plan/PriorityEvidence.h"
#include "storage/KindAnnouncements.h"
#include "storage/RecordTable.h"
#include "storage/RowAnnouncer.h"

#include <QObject>

#include <optional>

// The priorities document: priorities, the evidence each rests on and the consultations held on
// them. Actions and what hangs under them live in ActionRepository. Every write is one
// transaction; every change is announced so models update row by row.
class PlanRepository : public QObject, public RowListener
{
    Q_OBJECT

public:
    explicit PlanRepository(RecordStore& store, QObject* parent = nullptr);
    ~PlanRepository() override;

    // By rank, then title.
    QList<Priority> priorities() const;
    std::optional<Priority> priority(const QString& id) const;
    Result<void> add(Priority& priority);
    Result<void> update(Priority& priority);
    // Takes the priority's evidence, consultations and actions (with all under them) with it.
    Result<RowSnapshot> remove(const Priority& priority);

    QList<PriorityEvidence> allEvidence() const;
    QList<PriorityEvidence> evidence(const QString& priorityId) const;
    std::optional<PriorityEvidence> evidenceById(const QString& id) const;
    Result<void> add(PriorityEvidence& evidence);
    Result<void> update(PriorityEvidence& evidence);
    Result<RowSnapshot> remove(const PriorityEvidence& evidence);

    // By date.
    QList<Consultation> consultations() const;
    QList<Consultation> consultations(const QString& priorityId) const;
    std::optional<Consultation> consultation(const QString& id) const;
    Result<void> add(Consultation& consultation);
    Result<void> update(Consultation& consultation);
    Result<RowSnapshot> remove(const Consultation& consultation);

    // Puts back what a remove() took away (undo), with the same identities.
    Result<void> restore(const RowSnapshot& snapshot);

    // Validation: nullopt when the record may be stored. Members, because references are
    // checked against the file.
    std::optional<Error> validate(const Priority& priority) const;
    std::optional<Error> validate(const PriorityEvidence& evidence) const;
    std::optional<Error> validate(const Consultation& consultation) const;

public slots:
    // Announces this repository's rows that went with, or came back with, a record of this or
    // another repository (a checklist item takes its evidence), and the records that lost or
    // got back a reference to it (a consultation's stakeholder): called by RecordStore's
    // announcer.
    void announceRemoved(const RowSnapshot& snapshot) override;
    void announceRestored(const RowSnapshot& snapshot) override;

signals:
    void priorityAdded(const Priority& priority);
    void priorityUpdated(const Priority& priority);
    void priorityRemoved(const QString& id);
    void evidenceAdded(const PriorityEvidence& evidence);
    void evidenceUpdated(const PriorityEvidence& evidence);
    void evidenceRemoved(const QString& id);
    void consultationAdded(const Consultation& consultation);
    void consultationUpdated(const Consultation& consultation);
    void consultationRemoved(const QString& id);

private:
    RecordStore& m_store;
    KindAnnouncements m_kinds;
    RecordTable<Priority> m_priorities;
    RecordTable<PriorityEvidence> m_evidence;
    RecordTable<Consultation> m_consultations;
};

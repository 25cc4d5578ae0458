// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "plan/Consultation.h"
#include "plan/PlanDocument.h"
#include "plan/Priority.h"
#include "plan/PriorityEvidence.h"
#include "storage/KindAnnouncements.h"
#include "storage/LinkRows.h"
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

    // The store, for a step that writes several records in one transaction.
    RecordStore& store() { return m_store; }

    // The document: the stored one, or an unsaved one (no id) while the officer has written
    // nothing in it. update() stores it the first time.
    PlanDocument document() const;
    Result<void> update(PlanDocument& document);

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

    // By date; each with its stakeholders.
    QList<Consultation> consultations() const;
    QList<Consultation> consultations(const QString& priorityId) const;
    std::optional<Consultation> consultation(const QString& id) const;
    Result<void> add(Consultation& consultation);
    Result<void> update(Consultation& consultation);
    Result<RowSnapshot> remove(const Consultation& consultation);

    // The priorities the stakeholder group validated become adopted on date (the council's
    // vote) and the document records the day. Returns the document and the priorities as they
    // were, for undo (update() each of them back). Drafts stay drafts: the council adopts what
    // the group validated.
    struct Adoption
    {
        PlanDocument document;
        QList<Priority> priorities;
    };
    Result<Adoption> adopt(const QDate& date);

    // Puts back what a remove() took away (undo), with the same identities.
    Result<void> restore(const RowSnapshot& snapshot);

    // Validation: nullopt when the record may be stored. Members, because references are
    // checked against the file.
    std::optional<Error> validate(const Priority& priority) const;
    std::optional<Error> validate(const PriorityEvidence& evidence) const;
    std::optional<Error> validate(const Consultation& consultation) const;
    std::optional<Error> validate(const PlanDocument& document) const;

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
    void documentChanged(const PlanDocument& document);
    // Only an undo of the document's first writing removes it.
    void documentRemoved(const QString& id);

private:
    // Consultations matching where (columns qualified with "consultation."), with their
    // stakeholders.
    QList<Consultation> readConsultations(const QString& where, const QVariantList& bindings) const;
    // Consultations still there whose stakeholders the snapshot took or put back.
    void announceConsultedChanged(const RowSnapshot& snapshot);

    RecordStore& m_store;
    KindAnnouncements m_kinds;
    RecordTable<Priority> m_priorities;
    RecordTable<PriorityEvidence> m_evidence;
    RecordTable<Consultation> m_consultations;
    RecordTable<PlanDocument> m_document;
    LinkRows m_consulted; // consultation_stakeholder
};

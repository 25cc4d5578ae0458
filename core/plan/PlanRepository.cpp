// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanRepository.h"

#include "common/Validation.h"
#include "plan/PlanRows.h"
#include "storage/Queries.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>

using namespace PlanRows; // each kind's mapping

namespace {

class Fields
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)
public:
    static QString title() { return tr("The priority's title"); }
    static QString theme() { return tr("The priority's theme"); }
    static QString rank() { return tr("The rank"); }
    static QString validatedOn() { return tr("The date of validation by the stakeholder group"); }
    static QString adoptedOn() { return tr("The date of adoption by the council"); }
    static QString priority() { return tr("The priority"); }
    static QString item() { return tr("The checklist item"); }
    static QString figure() { return tr("The profile figure"); }
    static QString date() { return tr("The date of the consultation"); }
    static QString stakeholder() { return tr("A stakeholder consulted"); }
    static QString meeting() { return tr("The stakeholder-group meeting"); }
    static QString oneTarget()
    {
        return tr("Evidence must point to exactly one checklist item or one profile figure. "
                  "Choose one of the two and clear the other.");
    }
};

const QString priorityOrder = QStringLiteral("ORDER BY rank, title, created_at");
const QString evidenceOrder = QStringLiteral("ORDER BY created_at, id");
const QString byPriority = QStringLiteral("WHERE priority_id = ? ");

} // namespace

PlanRepository::PlanRepository(RecordStore& store, QObject* parent)
    : QObject(parent), m_store(store), m_priorities(store, priorityMapping()),
      m_evidence(store, evidenceMapping()), m_consultations(store, consultationMapping()),
      m_document(store, documentMapping()),
      m_consulted(store, "consultation_stakeholder", "consultation_id", "stakeholder_id")
{
    m_priorities.announceAs(m_kinds, this, &PlanRepository::priorityAdded,
                            &PlanRepository::priorityUpdated, &PlanRepository::priorityRemoved);
    m_evidence.announceAs(m_kinds, this, &PlanRepository::evidenceAdded,
                          &PlanRepository::evidenceUpdated, &PlanRepository::evidenceRemoved);
    // A consultation is announced read with its stakeholders, whole.
    m_consultations.announceAs(m_kinds, this, &PlanRepository::consultationAdded,
                               &PlanRepository::consultationUpdated,
                               &PlanRepository::consultationRemoved, &PlanRepository::consultation);
    m_document.announceAs(m_kinds, this, &PlanRepository::documentChanged,
                          &PlanRepository::documentChanged, &PlanRepository::documentRemoved);
    m_store.announcer().setListener(RowAnnouncer::Owner::Plan, this);
}

PlanRepository::~PlanRepository()
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Plan, nullptr);
}

// The document ----------------------------------------------------------------------------------

PlanDocument PlanRepository::document() const
{
    const QList<PlanDocument> stored =
        m_document.all(QStringLiteral("ORDER BY created_at LIMIT 1"));
    return stored.isEmpty() ? PlanDocument() : stored.first();
}

Result<void> PlanRepository::update(PlanDocument& document)
{
    if (std::optional<Error> e = validate(document))
        return *e;
    return document.meta.isNew() ? m_document.add(document) : m_document.update(document);
}

Result<PlanRepository::Adoption> PlanRepository::adopt(const QDate& date)
{
    if (auto e = Validation::requiredDate(date, Fields::adoptedOn()))
        return *e;
    Adoption before{document(), {}};
    Result<void> done = m_store.inTransaction([&]() -> Result<void> {
        PlanDocument adopted = before.document;
        adopted.adoptedOn = date;
        if (Result<void> r = update(adopted); !r)
            return r;
        for (Priority p : priorities()) {
            if (p.status != Priority::Status::Validated)
                continue;
            before.priorities << p;
            p.status = Priority::Status::Adopted;
            p.adoptedOn = date;
            if (Result<void> r = update(p); !r)
                return r;
        }
        return {};
    });
    if (!done)
        return done.error();
    return before;
}

// Priorities ------------------------------------------------------------------------------------

QList<Priority> PlanRepository::priorities() const
{
    return m_priorities.all(priorityOrder);
}

std::optional<Priority> PlanRepository::priority(const QString& id) const
{
    return m_priorities.one(id);
}

Result<void> PlanRepository::add(Priority& priority)
{
    if (std::optional<Error> e = validate(priority))
        return *e;
    return m_priorities.add(priority);
}

Result<void> PlanRepository::update(Priority& priority)
{
    if (std::optional<Error> e = validate(priority))
        return *e;
    return m_priorities.update(priority);
}

Result<RowSnapshot> PlanRepository::remove(const Priority& priority)
{
    return m_priorities.remove(priority);
}

// Evidence --------------------------------------------------------------------------------------

QList<PriorityEvidence> PlanRepository::allEvidence() const
{
    return m_evidence.all(evidenceOrder);
}

QList<PriorityEvidence> PlanRepository::evidence(const QString& priorityId) const
{
    return m_evidence.all(byPriority + evidenceOrder, {priorityId});
}

std::optional<PriorityEvidence> PlanRepository::evidenceById(const QString& id) const
{
    return m_evidence.one(id);
}

Result<void> PlanRepository::add(PriorityEvidence& evidence)
{
    if (std::optional<Error> e = validate(evidence))
        return *e;
    return m_evidence.add(evidence);
}

Result<void> PlanRepository::update(PriorityEvidence& evidence)
{
    if (std::optional<Error> e = validate(evidence))
        return *e;
    return m_evidence.update(evidence);
}

Result<RowSnapshot> PlanRepository::remove(const PriorityEvidence& evidence)
{
    return m_evidence.remove(evidence);
}

// Consultations ---------------------------------------------------------------------------------

QList<Consultation> PlanRepository::readConsultations(const QString& where,
                                                      const QVariantList& bindings) const
{
    QList<Consultation> found = m_consultations.all(
        where + QStringLiteral(" ORDER BY consultation.date, consultation.created_at"), bindings);
    if (found.isEmpty())
        return found;
    const QHash<QString, QStringList> consulted = m_consulted.read("consultation", where, bindings);
    for (Consultation& c : found)
        c.stakeholderIds = consulted.value(c.meta.id);
    return found;
}

QList<Consultation> PlanRepository::consultations() const
{
    return readConsultations({}, {});
}

QList<Consultation> PlanRepository::consultations(const QString& priorityId) const
{
    return readConsultations(QStringLiteral("WHERE consultation.priority_id = ?"), {priorityId});
}

std::optional<Consultation> PlanRepository::consultation(const QString& id) const
{
    const QList<Consultation> found =
        readConsultations(QStringLiteral("WHERE consultation.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Consultation>(found.first());
}

Result<void> PlanRepository::add(Consultation& consultation)
{
    Consultation next = consultation;
    next.stakeholderIds = LinkRows::normalized(next.stakeholderIds);
    if (std::optional<Error> e = validate(next))
        return *e;
    Result<void> r = m_consultations.addWith(
        next, [&] { return m_consulted.write(next.meta.id, next.stakeholderIds); });
    if (r)
        consultation = next;
    return r;
}

Result<void> PlanRepository::update(Consultation& consultation)
{
    Consultation next = consultation;
    next.stakeholderIds = LinkRows::normalized(next.stakeholderIds);
    if (std::optional<Error> e = validate(next))
        return *e;
    Result<void> r = m_consultations.updateWith(
        next, [&] { return m_consulted.write(next.meta.id, next.stakeholderIds); });
    if (r)
        consultation = next;
    return r;
}

Result<RowSnapshot> PlanRepository::remove(const Consultation& consultation)
{
    return m_consultations.remove(consultation);
}

// Restore and announcements ---------------------------------------------------------------------

Result<void> PlanRepository::restore(const RowSnapshot& snapshot)
{
    return m_store.restoreOne(snapshot);
}

void PlanRepository::announceRemoved(const RowSnapshot& snapshot)
{
    m_kinds.removed(snapshot);
    announceConsultedChanged(snapshot);
    // Priorities whose theme, and consultations whose meeting, a removal cleared.
    m_kinds.referencesChanged(snapshot);
}

void PlanRepository::announceRestored(const RowSnapshot& snapshot)
{
    m_kinds.restored(snapshot);
    announceConsultedChanged(snapshot);
    m_kinds.referencesChanged(snapshot);
}

void PlanRepository::announceConsultedChanged(const RowSnapshot& snapshot)
{
    // A stakeholder removed takes its consultation_stakeholder rows: the consultations that
    // named it change.
    for (const QString& id : m_consulted.ownersChanged(snapshot, "consultation")) {
        if (std::optional<Consultation> c = consultation(id))
            emit consultationUpdated(*c);
    }
}

// Validation ------------------------------------------------------------------------------------

std::optional<Error> PlanRepository::validate(const Priority& priority) const
{
    if (auto e = Validation::first({Validation::required(priority.title, Fields::title()),
                                    Validation::notNegative(priority.rank, Fields::rank()),
                                    Validation::order(priority.validatedOn, priority.adoptedOn,
                                                      Fields::validatedOn(), Fields::adoptedOn())}))
        return e;
    return Queries::reference(m_store.database(), "theme", priority.themeId, Fields::theme());
}

std::optional<Error> PlanRepository::validate(const PriorityEvidence& evidence) const
{
    if (evidence.itemId.isEmpty() == evidence.figureId.isEmpty())
        return Error{Fields::oneTarget()};
    const QSqlDatabase db = m_store.database();
    return Validation::first(
        {Queries::requiredReference(db, "priority", evidence.priorityId, Fields::priority()),
         Queries::reference(db, "checklist_item", evidence.itemId, Fields::item()),
         Queries::reference(db, "profile_figure", evidence.figureId, Fields::figure())});
}

std::optional<Error> PlanRepository::validate(const Consultation& consultation) const
{
    if (auto e = Validation::requiredDate(consultation.date, Fields::date()))
        return e;
    const QSqlDatabase db = m_store.database();
    if (auto e = Validation::first(
            {Queries::requiredReference(db, "priority", consultation.priorityId,
                                        Fields::priority()),
             Queries::reference(db, "group_meeting", consultation.meetingId, Fields::meeting())}))
        return e;
    for (const QString& id : consultation.stakeholderIds) {
        if (auto e = Queries::reference(db, "stakeholder", id, Fields::stakeholder()))
            return e;
    }
    return std::nullopt;
}

std::optional<Error> PlanRepository::validate(const PlanDocument& document) const
{
    return Validation::optionalDate(document.adoptedOn, Fields::adoptedOn());
}

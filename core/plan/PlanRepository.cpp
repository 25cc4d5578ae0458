// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanRepository.h"

#include "common/Validation.h"
#include "storage/Queries.h"
#include "storage/RecordMapping.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>

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
    static QString stakeholder() { return tr("The stakeholder consulted"); }
    static QString oneTarget()
    {
        return tr("Evidence must point to exactly one checklist item or one profile figure. "
                  "Choose one of the two and clear the other.");
    }
};

// Each kind's fields bound to its table's columns, once (RecordMapping).
using namespace RecordFields;

const RecordMapping<Priority>& priorityMapping()
{
    static const RecordMapping<Priority> mapping(
        "priority",
        {trimmed("title", &Priority::title), reference("theme_id", &Priority::themeId),
         field("rationale", &Priority::rationale), field("rank", &Priority::rank),
         enumeration("status", &Priority::status, Priority::toText,
                     [](const QString& text) {
                         return Priority::fromText(text).value_or(Priority::Status::Draft);
                     }),
         field("validated_on", &Priority::validatedOn), field("adopted_on", &Priority::adoptedOn)});
    return mapping;
}

const RecordMapping<PriorityEvidence>& evidenceMapping()
{
    static const RecordMapping<PriorityEvidence> mapping(
        "priority_evidence", {field("priority_id", &PriorityEvidence::priorityId),
                              reference("item_id", &PriorityEvidence::itemId),
                              reference("figure_id", &PriorityEvidence::figureId),
                              field("note", &PriorityEvidence::note)});
    return mapping;
}

const RecordMapping<Consultation>& consultationMapping()
{
    static const RecordMapping<Consultation> mapping(
        "consultation",
        {field("priority_id", &Consultation::priorityId), field("date", &Consultation::date),
         field("participants", &Consultation::participants),
         reference("stakeholder_id", &Consultation::stakeholderId),
         field("summary", &Consultation::summary)});
    return mapping;
}

const QString priorityOrder = QStringLiteral("ORDER BY rank, title, created_at");
const QString evidenceOrder = QStringLiteral("ORDER BY created_at, id");
const QString consultationOrder = QStringLiteral("ORDER BY date, created_at");
const QString byPriority = QStringLiteral("WHERE priority_id = ? ");

} // namespace

PlanRepository::PlanRepository(RecordStore& store, QObject* parent)
    : QObject(parent), m_store(store), m_priorities(store, priorityMapping()),
      m_evidence(store, evidenceMapping()), m_consultations(store, consultationMapping())
{
    m_priorities.announceAs(m_kinds, this, &PlanRepository::priorityAdded,
                            &PlanRepository::priorityUpdated, &PlanRepository::priorityRemoved);
    m_evidence.announceAs(m_kinds, this, &PlanRepository::evidenceAdded,
                          &PlanRepository::evidenceUpdated, &PlanRepository::evidenceRemoved);
    m_consultations.announceAs(m_kinds, this, &PlanRepository::consultationAdded,
                               &PlanRepository::consultationUpdated,
                               &PlanRepository::consultationRemoved);
    m_store.announcer().setListener(RowAnnouncer::Owner::Plan, this);
}

PlanRepository::~PlanRepository()
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Plan, nullptr);
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

QList<Consultation> PlanRepository::consultations() const
{
    return m_consultations.all(consultationOrder);
}

QList<Consultation> PlanRepository::consultations(const QString& priorityId) const
{
    return m_consultations.all(byPriority + consultationOrder, {priorityId});
}

std::optional<Consultation> PlanRepository::consultation(const QString& id) const
{
    return m_consultations.one(id);
}

Result<void> PlanRepository::add(Consultation& consultation)
{
    if (std::optional<Error> e = validate(consultation))
        return *e;
    return m_consultations.add(consultation);
}

Result<void> PlanRepository::update(Consultation& consultation)
{
    if (std::optional<Error> e = validate(consultation))
        return *e;
    return m_consultations.update(consultation);
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
    // Priorities whose theme, and consultations whose stakeholder, a removal cleared.
    m_kinds.referencesChanged(snapshot);
}

void PlanRepository::announceRestored(const RowSnapshot& snapshot)
{
    m_kinds.restored(snapshot);
    m_kinds.referencesChanged(snapshot);
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
    return Validation::first(
        {Queries::requiredReference(db, "priority", consultation.priorityId, Fields::priority()),
         Queries::reference(db, "stakeholder", consultation.stakeholderId, Fields::stakeholder())});
}

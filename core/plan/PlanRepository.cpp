// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanRepository.h"

#include "catalogue/TableSelect.h"
#include "common/SqlValue.h"
#include "common/Validation.h"
#include "storage/Queries.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

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

// Each table's columns as the catalogue lists them, and where each is in a row: found once.
struct PrioritySelect : TableSelect
{
    PrioritySelect() : TableSelect("priority") {}
    const int title = column("title");
    const int themeId = column("theme_id");
    const int rationale = column("rationale");
    const int rank = column("rank");
    const int status = column("status");
    const int validatedOn = column("validated_on");
    const int adoptedOn = column("adopted_on");
};

struct EvidenceSelect : TableSelect
{
    EvidenceSelect() : TableSelect("priority_evidence") {}
    const int priorityId = column("priority_id");
    const int itemId = column("item_id");
    const int figureId = column("figure_id");
    const int note = column("note");
};

struct ConsultationSelect : TableSelect
{
    ConsultationSelect() : TableSelect("consultation") {}
    const int priorityId = column("priority_id");
    const int date = column("date");
    const int participants = column("participants");
    const int stakeholderId = column("stakeholder_id");
    const int summary = column("summary");
};

const QString priorityOrder = QStringLiteral("ORDER BY rank, title, created_at");
const QString evidenceOrder = QStringLiteral("ORDER BY created_at, id");
const QString consultationOrder = QStringLiteral("ORDER BY date, created_at");

Priority readPriority(const QSqlQuery& q)
{
    const PrioritySelect& c = tableSelect<PrioritySelect>();
    Priority p;
    p.meta = RecordMeta::read(q);
    p.title = q.value(c.title).toString();
    p.themeId = q.value(c.themeId).toString();
    p.rationale = q.value(c.rationale).toString();
    p.rank = q.value(c.rank).toInt();
    p.status = Priority::fromText(q.value(c.status).toString()).value_or(Priority::Status::Draft);
    p.validatedOn = SqlValue::toDate(q.value(c.validatedOn));
    p.adoptedOn = SqlValue::toDate(q.value(c.adoptedOn));
    return p;
}

PriorityEvidence readEvidence(const QSqlQuery& q)
{
    const EvidenceSelect& c = tableSelect<EvidenceSelect>();
    PriorityEvidence e;
    e.meta = RecordMeta::read(q);
    e.priorityId = q.value(c.priorityId).toString();
    e.itemId = q.value(c.itemId).toString();
    e.figureId = q.value(c.figureId).toString();
    e.note = q.value(c.note).toString();
    return e;
}

Consultation readConsultation(const QSqlQuery& q)
{
    const ConsultationSelect& c = tableSelect<ConsultationSelect>();
    Consultation r;
    r.meta = RecordMeta::read(q);
    r.priorityId = q.value(c.priorityId).toString();
    r.date = SqlValue::toDate(q.value(c.date));
    r.participants = q.value(c.participants).toString();
    r.stakeholderId = q.value(c.stakeholderId).toString();
    r.summary = q.value(c.summary).toString();
    return r;
}

QList<RecordStore::Column> columnsOf(const Priority& p)
{
    return {{"title", p.title.trimmed()},
            {"theme_id", SqlValue::reference(p.themeId)},
            {"rationale", p.rationale},
            {"rank", p.rank},
            {"status", Priority::toText(p.status)},
            {"validated_on", SqlValue::date(p.validatedOn)},
            {"adopted_on", SqlValue::date(p.adoptedOn)}};
}

QList<RecordStore::Column> columnsOf(const PriorityEvidence& e)
{
    return {{"priority_id", e.priorityId},
            {"item_id", SqlValue::reference(e.itemId)},
            {"figure_id", SqlValue::reference(e.figureId)},
            {"note", e.note}};
}

QList<RecordStore::Column> columnsOf(const Consultation& c)
{
    return {{"priority_id", c.priorityId},
            {"date", SqlValue::date(c.date)},
            {"participants", c.participants},
            {"stakeholder_id", SqlValue::reference(c.stakeholderId)},
            {"summary", c.summary}};
}

} // namespace

using Queries::readAll;
using Queries::readOne;

PlanRepository::PlanRepository(RecordStore& store, QObject* parent)
    : QObject(parent), m_store(store)
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Plan, this);
}

PlanRepository::~PlanRepository()
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Plan, nullptr);
}

// Priorities ------------------------------------------------------------------------------------

QList<Priority> PlanRepository::priorities() const
{
    return readAll<Priority>(m_store.database(), tableSelect<PrioritySelect>().sql(priorityOrder),
                             readPriority);
}

std::optional<Priority> PlanRepository::priority(const QString& id) const
{
    return readOne<Priority>(m_store.database(),
                             tableSelect<PrioritySelect>().sql(QStringLiteral("WHERE id = ?")), id,
                             readPriority);
}

Result<void> PlanRepository::add(Priority& priority)
{
    if (std::optional<Error> e = validate(priority))
        return *e;
    Result<void> r = m_store.insertOne("priority", priority.meta, columnsOf(priority));
    if (r)
        m_store.announce([this, priority] { emit priorityAdded(priority); });
    return r;
}

Result<void> PlanRepository::update(Priority& priority)
{
    if (std::optional<Error> e = validate(priority))
        return *e;
    Result<void> r = m_store.updateOne("priority", priority.meta, columnsOf(priority));
    if (r)
        m_store.announce([this, priority] { emit priorityUpdated(priority); });
    return r;
}

Result<RowSnapshot> PlanRepository::remove(const Priority& priority)
{
    return m_store.removeOne("priority", priority.meta.id);
}

// Evidence --------------------------------------------------------------------------------------

QList<PriorityEvidence> PlanRepository::allEvidence() const
{
    return readAll<PriorityEvidence>(
        m_store.database(), tableSelect<EvidenceSelect>().sql(evidenceOrder), readEvidence);
}

QList<PriorityEvidence> PlanRepository::evidence(const QString& priorityId) const
{
    return readAll<PriorityEvidence>(
        m_store.database(),
        tableSelect<EvidenceSelect>().sql(QStringLiteral("WHERE priority_id = ? ") + evidenceOrder),
        readEvidence, {priorityId});
}

std::optional<PriorityEvidence> PlanRepository::evidenceById(const QString& id) const
{
    return readOne<PriorityEvidence>(
        m_store.database(), tableSelect<EvidenceSelect>().sql(QStringLiteral("WHERE id = ?")), id,
        readEvidence);
}

Result<void> PlanRepository::add(PriorityEvidence& evidence)
{
    if (std::optional<Error> e = validate(evidence))
        return *e;
    Result<void> r = m_store.insertOne("priority_evidence", evidence.meta, columnsOf(evidence));
    if (r)
        m_store.announce([this, evidence] { emit evidenceAdded(evidence); });
    return r;
}

Result<void> PlanRepository::update(PriorityEvidence& evidence)
{
    if (std::optional<Error> e = validate(evidence))
        return *e;
    Result<void> r = m_store.updateOne("priority_evidence", evidence.meta, columnsOf(evidence));
    if (r)
        m_store.announce([this, evidence] { emit evidenceUpdated(evidence); });
    return r;
}

Result<RowSnapshot> PlanRepository::remove(const PriorityEvidence& evidence)
{
    return m_store.removeOne("priority_evidence", evidence.meta.id);
}

// Consultations ---------------------------------------------------------------------------------

QList<Consultation> PlanRepository::consultations() const
{
    return readAll<Consultation>(m_store.database(),
                                 tableSelect<ConsultationSelect>().sql(consultationOrder),
                                 readConsultation);
}

QList<Consultation> PlanRepository::consultations(const QString& priorityId) const
{
    return readAll<Consultation>(m_store.database(),
                                 tableSelect<ConsultationSelect>().sql(
                                     QStringLiteral("WHERE priority_id = ? ") + consultationOrder),
                                 readConsultation, {priorityId});
}

std::optional<Consultation> PlanRepository::consultation(const QString& id) const
{
    return readOne<Consultation>(
        m_store.database(), tableSelect<ConsultationSelect>().sql(QStringLiteral("WHERE id = ?")),
        id, readConsultation);
}

Result<void> PlanRepository::add(Consultation& consultation)
{
    if (std::optional<Error> e = validate(consultation))
        return *e;
    Result<void> r = m_store.insertOne("consultation", consultation.meta, columnsOf(consultation));
    if (r)
        m_store.announce([this, consultation] { emit consultationAdded(consultation); });
    return r;
}

Result<void> PlanRepository::update(Consultation& consultation)
{
    if (std::optional<Error> e = validate(consultation))
        return *e;
    Result<void> r = m_store.updateOne("consultation", consultation.meta, columnsOf(consultation));
    if (r)
        m_store.announce([this, consultation] { emit consultationUpdated(consultation); });
    return r;
}

Result<RowSnapshot> PlanRepository::remove(const Consultation& consultation)
{
    return m_store.removeOne("consultation", consultation.meta.id);
}

// Restore and announcements ---------------------------------------------------------------------

Result<void> PlanRepository::restore(const RowSnapshot& snapshot)
{
    return m_store.restoreOne(snapshot);
}

void PlanRepository::announceRemoved(const RowSnapshot& snapshot)
{
    // Children first (snapshots list parents first), so that no view shows an orphan.
    for (auto it = snapshot.rows.crbegin(); it != snapshot.rows.crend(); ++it) {
        const QString id = it->values.value(QStringLiteral("id")).toString();
        if (it->table == QLatin1String("priority"))
            emit priorityRemoved(id);
        else if (it->table == QLatin1String("priority_evidence"))
            emit evidenceRemoved(id);
        else if (it->table == QLatin1String("consultation"))
            emit consultationRemoved(id);
    }
    announceChanged(snapshot);
}

void PlanRepository::announceRestored(const RowSnapshot& snapshot)
{
    // Parents first, as the snapshot lists them.
    for (const RowSnapshot::Row& row : snapshot.rows) {
        const QString id = row.values.value(QStringLiteral("id")).toString();
        if (row.table == QLatin1String("priority")) {
            if (auto p = priority(id))
                emit priorityAdded(*p);
        } else if (row.table == QLatin1String("priority_evidence")) {
            if (auto e = evidenceById(id))
                emit evidenceAdded(*e);
        } else if (row.table == QLatin1String("consultation")) {
            if (auto c = consultation(id))
                emit consultationAdded(*c);
        }
    }
    announceChanged(snapshot);
}

void PlanRepository::announceChanged(const RowSnapshot& snapshot)
{
    QSet<QString> seen;
    for (const RowSnapshot::Reference& ref : snapshot.nullified) {
        if (seen.contains(ref.table + ref.id))
            continue;
        seen.insert(ref.table + ref.id);
        // A record removed in the same step reads as nothing and is not announced.
        if (ref.table == QLatin1String("priority")) {
            if (auto p = priority(ref.id))
                emit priorityUpdated(*p);
        } else if (ref.table == QLatin1String("consultation")) {
            if (auto c = consultation(ref.id))
                emit consultationUpdated(*c);
        }
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
    return Validation::first(
        {Queries::requiredReference(db, "priority", consultation.priorityId, Fields::priority()),
         Queries::reference(db, "stakeholder", consultation.stakeholderId, Fields::stakeholder())});
}

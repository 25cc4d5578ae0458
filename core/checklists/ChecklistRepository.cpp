// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistRepository.h"

#include "catalogue/TableSelect.h"
#include "checklists/ChecklistValidator.h"
#include "storage/Queries.h"
#include "storage/RecordMapping.h"
#include "storage/RecordStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// Each kind's fields bound to its table's columns, once (RecordMapping).
using namespace RecordFields;

const RecordMapping<ChecklistTemplate>& templateMapping()
{
    static const RecordMapping<ChecklistTemplate> mapping(
        "checklist_template",
        {trimmed("template_key", &ChecklistTemplate::key),
         trimmed("title", &ChecklistTemplate::title), field("version", &ChecklistTemplate::version),
         field("builtin", &ChecklistTemplate::builtin)});
    return mapping;
}

const RecordMapping<ChecklistArea>& areaMapping()
{
    static const RecordMapping<ChecklistArea> mapping(
        "checklist_area",
        {field("template_id", &ChecklistArea::templateId), trimmed("area_key", &ChecklistArea::key),
         trimmed("title", &ChecklistArea::title), field("description", &ChecklistArea::description),
         reference("theme_id", &ChecklistArea::themeId),
         field("position", &ChecklistArea::position)});
    return mapping;
}

const RecordMapping<ChecklistItem>& itemMapping()
{
    static const RecordMapping<ChecklistItem> mapping(
        "checklist_item",
        {field("area_id", &ChecklistItem::areaId), trimmed("item_key", &ChecklistItem::key),
         trimmed("statement", &ChecklistItem::statement),
         field("guidance", &ChecklistItem::guidance),
         reference("theme_id", &ChecklistItem::themeId),
         field("position", &ChecklistItem::position),
         field("added_in_version", &ChecklistItem::addedInVersion),
         field("retired_on", &ChecklistItem::retiredOn)});
    return mapping;
}

// The round's own columns; its participants are round_participant rows, read and written with
// it by the repository (participantsOf, writeParticipants).
const RecordMapping<AssessmentRound>& roundMapping()
{
    static const RecordMapping<AssessmentRound> mapping(
        "assessment_round",
        {field("template_id", &AssessmentRound::templateId),
         trimmed("label", &AssessmentRound::label), field("held_on", &AssessmentRound::heldOn),
         field("template_version", &AssessmentRound::templateVersion),
         field("notes", &AssessmentRound::notes)});
    return mapping;
}

const RecordMapping<Answer>& answerMapping()
{
    static const RecordMapping<Answer> mapping(
        "answer",
        {field("round_id", &Answer::roundId), field("item_id", &Answer::itemId),
         // The CHECK constraint admits only known values; Unknown is the honest
         // fallback anyway.
         enumeration("value", &Answer::value, Answer::toText,
                     [](const QString& text) {
                         return Answer::fromText(text).value_or(Answer::Value::Unknown);
                     }),
         field("evidence", &Answer::evidence), field("source", &Answer::source),
         field("evidence_date", &Answer::evidenceDate), field("answered_by", &Answer::answeredBy)});
    return mapping;
}

// Every item of the checklist bound as the one parameter, area by area. The identity columns
// exist in both tables, hence the qualified names; the item's columns in the catalogue's order,
// as its mapping reads them.
const QString& itemsOfTemplateSql()
{
    static const QString sql = [] {
        QStringList names = TableSelect("checklist_item").table().columnNames();
        for (QString& name : names)
            name.prepend(QStringLiteral("i."));
        return QStringLiteral("SELECT %1 FROM checklist_item i JOIN checklist_area a "
                              "ON a.id = i.area_id WHERE a.template_id = ? "
                              "ORDER BY a.position, a.title, a.id, i.position, i.statement")
            .arg(names.join(QStringLiteral(", ")));
    }();
    return sql;
}

// Records the officer makes need no readable key; built-in ones bring theirs so that
// partner files and newer versions of a checklist can be matched.
void ensureKey(QString& key)
{
    if (key.trimmed().isEmpty())
        key = RecordMeta::newId();
}

} // namespace

ChecklistRepository::ChecklistRepository(RecordStore& store, QObject* parent)
    : QObject(parent), m_store(store), m_templates(store, templateMapping()),
      m_areas(store, areaMapping()), m_items(store, itemMapping()), m_rounds(store, roundMapping()),
      m_answers(store, answerMapping())
{
    m_templates.announceAs(m_kinds, this, &ChecklistRepository::templateAdded,
                           &ChecklistRepository::templateUpdated,
                           &ChecklistRepository::templateRemoved);
    m_areas.announceAs(m_kinds, this, &ChecklistRepository::areaAdded,
                       &ChecklistRepository::areaUpdated, &ChecklistRepository::areaRemoved);
    m_items.announceAs(m_kinds, this, &ChecklistRepository::itemAdded,
                       &ChecklistRepository::itemUpdated, &ChecklistRepository::itemRemoved);
    // A round put back is read with its participants.
    m_rounds.announceAs(m_kinds, this, &ChecklistRepository::roundAdded,
                        &ChecklistRepository::roundUpdated, &ChecklistRepository::roundRemoved,
                        &ChecklistRepository::round);
    m_answers.announceAs(m_kinds, this, &ChecklistRepository::answerAdded,
                         &ChecklistRepository::answerUpdated, &ChecklistRepository::answerRemoved);
    m_store.announcer().setListener(RowAnnouncer::Owner::Checklists, this);
}

ChecklistRepository::~ChecklistRepository()
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Checklists, nullptr);
}

// Templates --------------------------------------------------------------------------------

QList<ChecklistTemplate> ChecklistRepository::templates() const
{
    return m_templates.all(QStringLiteral("ORDER BY builtin DESC, title"));
}

std::optional<ChecklistTemplate> ChecklistRepository::checklistTemplate(const QString& id) const
{
    return m_templates.one(id);
}

std::optional<ChecklistTemplate> ChecklistRepository::templateByKey(const QString& key) const
{
    const QList<ChecklistTemplate> found =
        m_templates.all(QStringLiteral("WHERE template_key = ?"), {key});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

Result<void> ChecklistRepository::add(ChecklistTemplate& checklist)
{
    ensureKey(checklist.key);
    if (std::optional<Error> e = validate(checklist))
        return *e;
    return m_templates.add(checklist);
}

Result<void> ChecklistRepository::update(ChecklistTemplate& checklist)
{
    if (std::optional<Error> e = validate(checklist))
        return *e;
    return m_templates.update(checklist);
}

Result<RowSnapshot> ChecklistRepository::remove(const ChecklistTemplate& checklist)
{
    // Rounds keep the checklist they were held with (ON DELETE RESTRICT): say so plainly
    // instead of letting the file refuse with an SQL message.
    QStringList heldWith;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT label FROM assessment_round WHERE template_id = ? ORDER BY held_on, created_at"));
    q.addBindValue(checklist.meta.id);
    if (!q.exec())
        return RecordStore::sqlError(q.lastError().text());
    while (q.next())
        heldWith << q.value(0).toString();
    if (!heldWith.isEmpty()) {
        const std::optional<ChecklistTemplate> stored = checklistTemplate(checklist.meta.id);
        return ChecklistValidator::checklistInUse(stored ? stored->title : checklist.title,
                                                  heldWith);
    }
    return m_templates.remove(checklist);
}

// Areas ------------------------------------------------------------------------------------

QList<ChecklistArea> ChecklistRepository::areas(const QString& templateId) const
{
    return m_areas.all(QStringLiteral("WHERE template_id = ? ORDER BY position, title"),
                       {templateId});
}

std::optional<ChecklistArea> ChecklistRepository::area(const QString& id) const
{
    return m_areas.one(id);
}

Result<void> ChecklistRepository::add(ChecklistArea& area)
{
    ensureKey(area.key);
    if (std::optional<Error> e = validate(area))
        return *e;
    return m_areas.add(area);
}

Result<void> ChecklistRepository::update(ChecklistArea& area)
{
    if (std::optional<Error> e = validate(area))
        return *e;
    return m_areas.update(area);
}

Result<RowSnapshot> ChecklistRepository::remove(const ChecklistArea& area)
{
    return m_areas.remove(area);
}

// Items ------------------------------------------------------------------------------------

QList<ChecklistItem> ChecklistRepository::items(const QString& areaId) const
{
    return m_items.all(QStringLiteral("WHERE area_id = ? ORDER BY position, statement"), {areaId});
}

QList<ChecklistItem> ChecklistRepository::allItems(const QString& templateId) const
{
    // Items in their areas' order: a join, read by the item's mapping.
    return Queries::readAll<ChecklistItem>(
        m_store.database(), itemsOfTemplateSql(),
        [&mapping = m_items.mapping()](const SqlRows& q) { return mapping.read(q); }, {templateId});
}

std::optional<ChecklistItem> ChecklistRepository::item(const QString& id) const
{
    return m_items.one(id);
}

Result<void> ChecklistRepository::add(ChecklistItem& item)
{
    ensureKey(item.key);
    if (std::optional<Error> e = validate(item))
        return *e;
    return m_items.add(item);
}

Result<void> ChecklistRepository::update(ChecklistItem& item)
{
    if (std::optional<Error> e = validate(item))
        return *e;
    return m_items.update(item);
}

Result<RowSnapshot> ChecklistRepository::remove(const ChecklistItem& item)
{
    return m_items.remove(item);
}

// Answers ----------------------------------------------------------------------------------

QList<Answer> ChecklistRepository::answers(const QString& roundId) const
{
    return m_answers.all(QStringLiteral("WHERE round_id = ?"), {roundId});
}

std::optional<Answer> ChecklistRepository::answer(const QString& id) const
{
    return m_answers.one(id);
}

std::optional<Answer> ChecklistRepository::answerFor(const QString& roundId,
                                                     const QString& itemId) const
{
    const QList<Answer> found =
        m_answers.all(QStringLiteral("WHERE round_id = ? AND item_id = ?"), {roundId, itemId});
    return found.isEmpty() ? std::nullopt : std::optional<Answer>(found.first());
}

Result<void> ChecklistRepository::add(Answer& answer)
{
    if (std::optional<Error> e = validate(answer))
        return *e;
    return m_answers.add(answer);
}

Result<void> ChecklistRepository::update(Answer& answer)
{
    if (std::optional<Error> e = validate(answer))
        return *e;
    return m_answers.update(answer);
}

Result<RowSnapshot> ChecklistRepository::remove(const Answer& answer)
{
    return m_answers.remove(answer);
}

Result<void> ChecklistRepository::setAnswer(Answer& answer)
{
    if (std::optional<Answer> existing = answerFor(answer.roundId, answer.itemId)) {
        Answer next = answer;
        next.meta = existing->meta;
        if (Result<void> r = update(next); !r)
            return r;
        answer = next;
        return {};
    }
    return add(answer);
}

// Removal and undo -------------------------------------------------------------------------

void ChecklistRepository::announceRemoved(const RowSnapshot& snapshot)
{
    m_kinds.removed(snapshot);
    announceParticipants(snapshot, true);
    // Areas and items whose theme a theme's removal cleared.
    m_kinds.referencesChanged(snapshot);
}

void ChecklistRepository::announceRestored(const RowSnapshot& snapshot)
{
    m_kinds.restored(snapshot);
    announceParticipants(snapshot, false);
    m_kinds.referencesChanged(snapshot);
}

Result<void> ChecklistRepository::restore(const RowSnapshot& snapshot)
{
    return m_store.restoreOne(snapshot);
}

// Validation -------------------------------------------------------------------------------

std::optional<Error> ChecklistRepository::validate(const ChecklistTemplate& checklist) const
{
    return ChecklistValidator(m_store.database()).validate(checklist);
}

std::optional<Error> ChecklistRepository::validate(const ChecklistArea& area) const
{
    return ChecklistValidator(m_store.database()).validate(area);
}

std::optional<Error> ChecklistRepository::validate(const ChecklistItem& item) const
{
    return ChecklistValidator(m_store.database()).validate(item);
}

std::optional<Error> ChecklistRepository::validate(const AssessmentRound& round) const
{
    return ChecklistValidator(m_store.database()).validate(round);
}

std::optional<Error> ChecklistRepository::validate(const Answer& answer) const
{
    return ChecklistValidator(m_store.database()).validate(answer);
}

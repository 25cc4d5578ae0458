// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistRepository.h"

#include "checklists/ChecklistRows.h"
#include "checklists/ChecklistValidator.h"
#include "storage/Queries.h"
#include "storage/RecordStore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Records the officer makes need no readable key; built-in ones bring theirs so that
// partner files and newer versions of a checklist can be matched.
void ensureKey(QString& key)
{
    if (key.trimmed().isEmpty())
        key = RecordMeta::newId();
}

} // namespace

using namespace ChecklistRows;
using Queries::readAll;
using Queries::readOne;

ChecklistRepository::ChecklistRepository(RecordStore& store, QObject* parent)
    : QObject(parent), m_store(store)
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Checklists, this);
}

ChecklistRepository::~ChecklistRepository()
{
    m_store.announcer().setListener(RowAnnouncer::Owner::Checklists, nullptr);
}

// Templates --------------------------------------------------------------------------------

QList<ChecklistTemplate> ChecklistRepository::templates() const
{
    return readAll<ChecklistTemplate>(
        m_store.database(), selectTemplates(QStringLiteral("ORDER BY builtin DESC, title")),
        readTemplate);
}

std::optional<ChecklistTemplate> ChecklistRepository::checklistTemplate(const QString& id) const
{
    return readOne<ChecklistTemplate>(
        m_store.database(), selectTemplates(QStringLiteral("WHERE id = ?")), id, readTemplate);
}

std::optional<ChecklistTemplate> ChecklistRepository::templateByKey(const QString& key) const
{
    return readOne<ChecklistTemplate>(m_store.database(),
                                      selectTemplates(QStringLiteral("WHERE template_key = ?")),
                                      key, readTemplate);
}

Result<void> ChecklistRepository::add(ChecklistTemplate& checklist)
{
    ensureKey(checklist.key);
    if (std::optional<Error> e = validate(checklist))
        return *e;
    Result<void> r = m_store.insertOne("checklist_template", checklist.meta, columnsOf(checklist));
    if (r)
        m_store.announce([this, checklist] { emit templateAdded(checklist); });
    return r;
}

Result<void> ChecklistRepository::update(ChecklistTemplate& checklist)
{
    if (std::optional<Error> e = validate(checklist))
        return *e;
    Result<void> r = m_store.updateOne("checklist_template", checklist.meta, columnsOf(checklist));
    if (r)
        m_store.announce([this, checklist] { emit templateUpdated(checklist); });
    return r;
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
    return removeRecord("checklist_template", checklist.meta.id);
}

// Areas ------------------------------------------------------------------------------------

QList<ChecklistArea> ChecklistRepository::areas(const QString& templateId) const
{
    return readAll<ChecklistArea>(
        m_store.database(),
        selectAreas(QStringLiteral("WHERE template_id = ? ORDER BY position, title")), readArea,
        {templateId});
}

std::optional<ChecklistArea> ChecklistRepository::area(const QString& id) const
{
    return readOne<ChecklistArea>(m_store.database(), selectAreas(QStringLiteral("WHERE id = ?")),
                                  id, readArea);
}

Result<void> ChecklistRepository::add(ChecklistArea& area)
{
    ensureKey(area.key);
    if (std::optional<Error> e = validate(area))
        return *e;
    Result<void> r = m_store.insertOne("checklist_area", area.meta, columnsOf(area));
    if (r)
        m_store.announce([this, area] { emit areaAdded(area); });
    return r;
}

Result<void> ChecklistRepository::update(ChecklistArea& area)
{
    if (std::optional<Error> e = validate(area))
        return *e;
    Result<void> r = m_store.updateOne("checklist_area", area.meta, columnsOf(area));
    if (r)
        m_store.announce([this, area] { emit areaUpdated(area); });
    return r;
}

Result<RowSnapshot> ChecklistRepository::remove(const ChecklistArea& area)
{
    return removeRecord("checklist_area", area.meta.id);
}

// Items ------------------------------------------------------------------------------------

QList<ChecklistItem> ChecklistRepository::items(const QString& areaId) const
{
    return readAll<ChecklistItem>(
        m_store.database(),
        selectItems(QStringLiteral("WHERE area_id = ? ORDER BY position, statement")), readItem,
        {areaId});
}

QList<ChecklistItem> ChecklistRepository::allItems(const QString& templateId) const
{
    return readAll<ChecklistItem>(m_store.database(), itemsOfTemplateSql(), readItem, {templateId});
}

std::optional<ChecklistItem> ChecklistRepository::item(const QString& id) const
{
    return readOne<ChecklistItem>(m_store.database(), selectItems(QStringLiteral("WHERE id = ?")),
                                  id, readItem);
}

Result<void> ChecklistRepository::add(ChecklistItem& item)
{
    ensureKey(item.key);
    if (std::optional<Error> e = validate(item))
        return *e;
    Result<void> r = m_store.insertOne("checklist_item", item.meta, columnsOf(item));
    if (r)
        m_store.announce([this, item] { emit itemAdded(item); });
    return r;
}

Result<void> ChecklistRepository::update(ChecklistItem& item)
{
    if (std::optional<Error> e = validate(item))
        return *e;
    Result<void> r = m_store.updateOne("checklist_item", item.meta, columnsOf(item));
    if (r)
        m_store.announce([this, item] { emit itemUpdated(item); });
    return r;
}

Result<RowSnapshot> ChecklistRepository::remove(const ChecklistItem& item)
{
    return removeRecord("checklist_item", item.meta.id);
}

// Rounds -----------------------------------------------------------------------------------

QList<AssessmentRound> ChecklistRepository::rounds() const
{
    QList<AssessmentRound> all = readAll<AssessmentRound>(
        m_store.database(), selectRounds(QStringLiteral("ORDER BY held_on, created_at")),
        readRound);
    // One query for every round's participants rather than one per round.
    const QHash<QString, QStringList> participants = participantsByRound(m_store.database());
    for (AssessmentRound& r : all)
        r.participantIds = participants.value(r.meta.id);
    return all;
}

std::optional<AssessmentRound> ChecklistRepository::round(const QString& id) const
{
    std::optional<AssessmentRound> r = readOne<AssessmentRound>(
        m_store.database(), selectRounds(QStringLiteral("WHERE id = ?")), id, readRound);
    if (r)
        r->participantIds = participantsOf(m_store.database(), r->meta.id);
    return r;
}

std::optional<AssessmentRound> ChecklistRepository::roundByLabel(const QString& label) const
{
    std::optional<AssessmentRound> r = readOne<AssessmentRound>(
        m_store.database(), selectRounds(QStringLiteral("WHERE label = ?")), label.trimmed(),
        readRound);
    if (r)
        r->participantIds = participantsOf(m_store.database(), r->meta.id);
    return r;
}

std::optional<AssessmentRound> ChecklistRepository::latestRound() const
{
    const QList<AssessmentRound> latest = readAll<AssessmentRound>(
        m_store.database(),
        selectRounds(QStringLiteral("ORDER BY held_on DESC, created_at DESC LIMIT 1")), readRound);
    if (latest.isEmpty())
        return std::nullopt;
    AssessmentRound r = latest.first();
    r.participantIds = participantsOf(m_store.database(), r.meta.id);
    return r;
}

Result<void> ChecklistRepository::add(AssessmentRound& round)
{
    return addRound(round, {});
}

Result<void> ChecklistRepository::addRound(AssessmentRound& round, const QString& copyAnswersFrom)
{
    AssessmentRound next = round;
    next.participantIds.removeDuplicates();
    if (next.templateVersion <= 0) {
        if (std::optional<ChecklistTemplate> t = checklistTemplate(next.templateId))
            next.templateVersion = t->version;
    }
    if (std::optional<Error> e = validate(next))
        return *e;
    QList<Answer> copied;
    // Worked on a copy: a failed transaction must not leave an id on the caller's record.
    Result<void> r =
        m_store.insertWith("assessment_round", next.meta, columnsOf(next), [&]() -> Result<void> {
            if (Result<void> w = writeParticipants(next); !w)
                return w;
            return copyAnswers(copyAnswersFrom, next, copied);
        });
    if (!r)
        return r;
    round = next;
    m_store.announce([this, round, copied] {
        emit roundAdded(round);
        for (const Answer& a : copied)
            emit answerAdded(a);
    });
    return {};
}

Result<void> ChecklistRepository::copyAnswers(const QString& fromRoundId, const AssessmentRound& to,
                                              QList<Answer>& copied)
{
    if (fromRoundId.isEmpty())
        return {};
    const std::optional<AssessmentRound> from = round(fromRoundId);
    // Another checklist's answers would name items the new round does not ask.
    if (!from || from->templateId != to.templateId)
        return {};
    QSet<QString> asked;
    for (const ChecklistItem& item : allItems(to.templateId)) {
        if (item.isActiveOn(to.heldOn))
            asked.insert(item.meta.id);
    }
    for (const Answer& a : answers(fromRoundId)) {
        if (!asked.contains(a.itemId))
            continue;
        Answer copy = a;
        copy.meta = RecordMeta();
        copy.roundId = to.meta.id;
        if (Result<void> w = m_store.insert("answer", copy.meta, columnsOf(copy)); !w)
            return w;
        copied << copy;
    }
    return {};
}

Result<void> ChecklistRepository::update(AssessmentRound& round)
{
    AssessmentRound next = round;
    next.participantIds.removeDuplicates();
    if (std::optional<Error> e = validate(next))
        return *e;
    Result<void> r = m_store.updateWith("assessment_round", next.meta, columnsOf(next),
                                        [&] { return writeParticipants(next); });
    if (!r)
        return r;
    round = next;
    m_store.announce([this, round] { emit roundUpdated(round); });
    return {};
}

Result<RowSnapshot> ChecklistRepository::remove(const AssessmentRound& round)
{
    return removeRecord("assessment_round", round.meta.id);
}

Result<void> ChecklistRepository::writeParticipants(AssessmentRound& round)
{
    // Rows of participants who stay keep their identity: a partner file merged later must
    // see the same record, not a new one.
    const QStringList stored = participantsOf(m_store.database(), round.meta.id);
    QSqlQuery drop(m_store.database());
    for (const QString& stakeholderId : stored) {
        if (round.participantIds.contains(stakeholderId))
            continue;
        drop.prepare(QStringLiteral(
            "DELETE FROM round_participant WHERE round_id = ? AND stakeholder_id = ?"));
        drop.addBindValue(round.meta.id);
        drop.addBindValue(stakeholderId);
        if (!drop.exec())
            return RecordStore::sqlError(drop.lastError().text());
    }
    for (const QString& stakeholderId : std::as_const(round.participantIds)) {
        if (stored.contains(stakeholderId))
            continue;
        RecordMeta meta;
        if (Result<void> r =
                m_store.insert("round_participant", meta,
                               {{"round_id", round.meta.id}, {"stakeholder_id", stakeholderId}});
            !r)
            return r;
    }
    round.participantIds = participantsOf(m_store.database(), round.meta.id);
    return {};
}

// Answers ----------------------------------------------------------------------------------

QList<Answer> ChecklistRepository::answers(const QString& roundId) const
{
    return readAll<Answer>(m_store.database(), selectAnswers(QStringLiteral("WHERE round_id = ?")),
                           readAnswer, {roundId});
}

std::optional<Answer> ChecklistRepository::answer(const QString& id) const
{
    return readOne<Answer>(m_store.database(), selectAnswers(QStringLiteral("WHERE id = ?")), id,
                           readAnswer);
}

std::optional<Answer> ChecklistRepository::answerFor(const QString& roundId,
                                                     const QString& itemId) const
{
    const QList<Answer> found = readAll<Answer>(
        m_store.database(), selectAnswers(QStringLiteral("WHERE round_id = ? AND item_id = ?")),
        readAnswer, {roundId, itemId});
    return found.isEmpty() ? std::nullopt : std::optional<Answer>(found.first());
}

Result<void> ChecklistRepository::add(Answer& answer)
{
    if (std::optional<Error> e = validate(answer))
        return *e;
    Result<void> r = m_store.insertOne("answer", answer.meta, columnsOf(answer));
    if (r)
        m_store.announce([this, answer] { emit answerAdded(answer); });
    return r;
}

Result<void> ChecklistRepository::update(Answer& answer)
{
    if (std::optional<Error> e = validate(answer))
        return *e;
    Result<void> r = m_store.updateOne("answer", answer.meta, columnsOf(answer));
    if (r)
        m_store.announce([this, answer] { emit answerUpdated(answer); });
    return r;
}

Result<RowSnapshot> ChecklistRepository::remove(const Answer& answer)
{
    return removeRecord("answer", answer.meta.id);
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

Result<RowSnapshot> ChecklistRepository::removeRecord(const char* table, const QString& id)
{
    return m_store.removeOne(table, id);
}

void ChecklistRepository::announceRemoved(const RowSnapshot& snapshot)
{
    QStringList wholeRounds;   // removed with the snapshot
    QStringList touchedRounds; // whose participants changed
    // Children before their parents, so a model never shows an item whose area is gone.
    for (auto row = snapshot.rows.crbegin(); row != snapshot.rows.crend(); ++row) {
        const QString id = row->values.value(QStringLiteral("id")).toString();
        if (row->table == QLatin1String("answer")) {
            emit answerRemoved(id);
        } else if (row->table == QLatin1String("checklist_item")) {
            emit itemRemoved(id);
        } else if (row->table == QLatin1String("checklist_area")) {
            emit areaRemoved(id);
        } else if (row->table == QLatin1String("assessment_round")) {
            wholeRounds << id;
            emit roundRemoved(id);
        } else if (row->table == QLatin1String("checklist_template")) {
            emit templateRemoved(id);
        } else if (row->table == QLatin1String("round_participant")) {
            touchedRounds << row->values.value(QStringLiteral("round_id")).toString();
        }
    }
    touchedRounds.removeDuplicates();
    for (const QString& id : std::as_const(touchedRounds)) {
        if (wholeRounds.contains(id))
            continue;
        if (auto r = round(id))
            emit roundUpdated(*r);
    }
    announceChanged(snapshot);
}

void ChecklistRepository::announceRestored(const RowSnapshot& snapshot)
{
    QStringList wholeRounds;
    QStringList touchedRounds;
    // Parents first, as the snapshot holds them.
    for (const RowSnapshot::Row& row : snapshot.rows) {
        const QString id = row.values.value(QStringLiteral("id")).toString();
        if (row.table == QLatin1String("checklist_template")) {
            if (auto t = checklistTemplate(id))
                emit templateAdded(*t);
        } else if (row.table == QLatin1String("checklist_area")) {
            if (auto a = area(id))
                emit areaAdded(*a);
        } else if (row.table == QLatin1String("checklist_item")) {
            if (auto i = item(id))
                emit itemAdded(*i);
        } else if (row.table == QLatin1String("assessment_round")) {
            wholeRounds << id;
            if (auto rd = round(id))
                emit roundAdded(*rd);
        } else if (row.table == QLatin1String("answer")) {
            if (auto a = answer(id))
                emit answerAdded(*a);
        } else if (row.table == QLatin1String("round_participant")) {
            touchedRounds << row.values.value(QStringLiteral("round_id")).toString();
        }
    }
    touchedRounds.removeDuplicates();
    for (const QString& id : std::as_const(touchedRounds)) {
        if (wholeRounds.contains(id))
            continue;
        if (auto r = round(id))
            emit roundUpdated(*r);
    }
    announceChanged(snapshot);
}

void ChecklistRepository::announceChanged(const RowSnapshot& snapshot)
{
    // Areas and items whose theme a theme's removal cleared or its restoration put back.
    QSet<QString> seen;
    for (const RowSnapshot::Reference& ref : snapshot.nullified) {
        if (seen.contains(ref.table + ref.id))
            continue;
        seen.insert(ref.table + ref.id);
        if (ref.table == QLatin1String("checklist_area")) {
            if (auto a = area(ref.id))
                emit areaUpdated(*a);
        } else if (ref.table == QLatin1String("checklist_item")) {
            if (auto i = item(ref.id))
                emit itemUpdated(*i);
        }
    }
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

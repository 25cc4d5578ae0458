// SPDX-License-Identifier: GPL-3.0-or-later
// An assessment round and the rows that hang on it: its participants (round_participant rows,
// read and written with the round) and, for a new round, the answers copied from the last.
#include "ChecklistRepository.h"

#include "storage/RecordStore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// The stakeholders of one round, in the order they were added.
QStringList participantsOf(const QSqlDatabase& db, const QString& roundId)
{
    QStringList ids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT stakeholder_id FROM round_participant WHERE round_id = ? ORDER BY rowid"));
    q.addBindValue(roundId);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    return ids;
}

// The same for every round at once, by round id.
QHash<QString, QStringList> participantsByRound(const QSqlDatabase& db)
{
    QHash<QString, QStringList> participants;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT round_id, stakeholder_id FROM round_participant ORDER BY rowid"));
    if (q.exec()) {
        while (q.next())
            participants[q.value(0).toString()] << q.value(1).toString();
    }
    return participants;
}

} // namespace

// Rounds -----------------------------------------------------------------------------------

QList<AssessmentRound> ChecklistRepository::rounds() const
{
    QList<AssessmentRound> all = m_rounds.all(QStringLiteral("ORDER BY held_on, created_at"));
    // One query for every round's participants rather than one per round.
    const QHash<QString, QStringList> participants = participantsByRound(m_store.database());
    for (AssessmentRound& r : all)
        r.participantIds = participants.value(r.meta.id);
    return all;
}

std::optional<AssessmentRound> ChecklistRepository::round(const QString& id) const
{
    std::optional<AssessmentRound> r = m_rounds.one(id);
    if (r)
        r->participantIds = participantsOf(m_store.database(), r->meta.id);
    return r;
}

std::optional<AssessmentRound> ChecklistRepository::roundByLabel(const QString& label) const
{
    return firstRound(QStringLiteral("WHERE label = ?"), {label.trimmed()});
}

std::optional<AssessmentRound> ChecklistRepository::latestRound() const
{
    return firstRound(QStringLiteral("ORDER BY held_on DESC, created_at DESC LIMIT 1"), {});
}

std::optional<AssessmentRound> ChecklistRepository::firstRound(const QString& tail,
                                                               const QVariantList& bindings) const
{
    const QList<AssessmentRound> found = m_rounds.all(tail, bindings);
    if (found.isEmpty())
        return std::nullopt;
    AssessmentRound r = found.constFirst();
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
    Result<void> r = m_rounds.addWith(next, [&]() -> Result<void> {
        if (Result<void> w = writeParticipants(next); !w)
            return w;
        return copyAnswers(copyAnswersFrom, next, copied);
    });
    if (!r)
        return r;
    round = next;
    // After the round, which the table announced: a model of the round's answers knows it.
    m_store.announce([this, copied] {
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
    const RecordMapping<Answer>& mapping = m_answers.mapping();
    for (const Answer& a : answers(fromRoundId)) {
        if (!asked.contains(a.itemId))
            continue;
        Answer copy = a;
        copy.meta = RecordMeta();
        copy.roundId = to.meta.id;
        // Straight to the store, unannounced: m_answers.insert would announce the answer
        // before the round it belongs to (addRound announces them after it).
        if (Result<void> w = m_store.insert(mapping.table(), copy.meta, mapping.columns(copy)); !w)
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
    Result<void> r = m_rounds.updateWith(next, [&] { return writeParticipants(next); });
    if (!r)
        return r;
    round = next;
    return {};
}

Result<RowSnapshot> ChecklistRepository::remove(const AssessmentRound& round)
{
    return m_rounds.remove(round);
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

// Participants a delete took or an undo put back -----------------------------------------

void ChecklistRepository::announceParticipants(const RowSnapshot& snapshot, bool childrenFirst)
{
    // A round whose participants went or came back (a stakeholder removed, its removal undone)
    // is announced as updated, unless it went or came back itself; in the order the kinds
    // were announced (children first on removal).
    QStringList wholeRounds;
    QStringList touchedRounds;
    for (const RowSnapshot::Row& row : snapshot.rows) {
        if (row.table == QLatin1String("assessment_round"))
            wholeRounds << row.values.value(QStringLiteral("id")).toString();
        else if (row.table == QLatin1String("round_participant"))
            touchedRounds << row.values.value(QStringLiteral("round_id")).toString();
    }
    if (childrenFirst)
        std::reverse(touchedRounds.begin(), touchedRounds.end());
    touchedRounds.removeDuplicates();
    for (const QString& id : std::as_const(touchedRounds)) {
        if (wholeRounds.contains(id))
            continue;
        if (auto r = round(id))
            emit roundUpdated(*r);
    }
}

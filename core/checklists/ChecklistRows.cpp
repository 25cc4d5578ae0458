// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistRows.h"

#include "common/SqlValue.h"

#include <QSqlQuery>

namespace ChecklistRows {

const QString templateColumns = QStringLiteral("template_key, title, version, builtin");
const QString areaColumns =
    QStringLiteral("template_id, area_key, title, description, theme_id, position");
const QString itemColumns = QStringLiteral("area_id, item_key, statement, guidance, theme_id, "
                                           "position, added_in_version, retired_on");
const QString roundColumns = QStringLiteral("template_id, label, held_on, template_version, notes");
const QString answerColumns =
    QStringLiteral("round_id, item_id, value, evidence, source, evidence_date, answered_by");

ChecklistTemplate readTemplate(const QSqlQuery& q)
{
    ChecklistTemplate t;
    t.meta = RecordMeta::read(q);
    t.key = q.value(4).toString();
    t.title = q.value(5).toString();
    t.version = q.value(6).toInt();
    t.builtin = q.value(7).toInt() != 0;
    return t;
}

ChecklistArea readArea(const QSqlQuery& q)
{
    ChecklistArea a;
    a.meta = RecordMeta::read(q);
    a.templateId = q.value(4).toString();
    a.key = q.value(5).toString();
    a.title = q.value(6).toString();
    a.description = q.value(7).toString();
    a.themeId = q.value(8).toString();
    a.position = q.value(9).toInt();
    return a;
}

ChecklistItem readItem(const QSqlQuery& q)
{
    ChecklistItem i;
    i.meta = RecordMeta::read(q);
    i.areaId = q.value(4).toString();
    i.key = q.value(5).toString();
    i.statement = q.value(6).toString();
    i.guidance = q.value(7).toString();
    i.themeId = q.value(8).toString();
    i.position = q.value(9).toInt();
    i.addedInVersion = q.value(10).toInt();
    i.retiredOn = SqlValue::toDate(q.value(11));
    return i;
}

AssessmentRound readRound(const QSqlQuery& q)
{
    AssessmentRound r;
    r.meta = RecordMeta::read(q);
    r.templateId = q.value(4).toString();
    r.label = q.value(5).toString();
    r.heldOn = SqlValue::toDate(q.value(6));
    r.templateVersion = q.value(7).toInt();
    r.notes = q.value(8).toString();
    return r;
}

Answer readAnswer(const QSqlQuery& q)
{
    Answer a;
    a.meta = RecordMeta::read(q);
    a.roundId = q.value(4).toString();
    a.itemId = q.value(5).toString();
    // The CHECK constraint admits only known values; Unknown is the honest fallback anyway.
    a.value = Answer::fromText(q.value(6).toString()).value_or(Answer::Value::Unknown);
    a.evidence = q.value(7).toString();
    a.source = q.value(8).toString();
    a.evidenceDate = SqlValue::toDate(q.value(9));
    a.answeredBy = q.value(10).toString();
    return a;
}

QList<RecordStore::Column> columnsOf(const ChecklistTemplate& t)
{
    return {{"template_key", t.key.trimmed()},
            {"title", t.title.trimmed()},
            {"version", t.version},
            {"builtin", t.builtin ? 1 : 0}};
}

QList<RecordStore::Column> columnsOf(const ChecklistArea& a)
{
    return {{"template_id", a.templateId},
            {"area_key", a.key.trimmed()},
            {"title", a.title.trimmed()},
            {"description", a.description},
            {"theme_id", SqlValue::reference(a.themeId)},
            {"position", a.position}};
}

QList<RecordStore::Column> columnsOf(const ChecklistItem& i)
{
    return {{"area_id", i.areaId},
            {"item_key", i.key.trimmed()},
            {"statement", i.statement.trimmed()},
            {"guidance", i.guidance},
            {"theme_id", SqlValue::reference(i.themeId)},
            {"position", i.position},
            {"added_in_version", i.addedInVersion},
            {"retired_on", SqlValue::date(i.retiredOn)}};
}

QList<RecordStore::Column> columnsOf(const AssessmentRound& r)
{
    return {{"template_id", r.templateId},
            {"label", r.label.trimmed()},
            {"held_on", SqlValue::date(r.heldOn)},
            {"template_version", r.templateVersion},
            {"notes", r.notes}};
}

QList<RecordStore::Column> columnsOf(const Answer& a)
{
    return {{"round_id", a.roundId},
            {"item_id", a.itemId},
            {"value", Answer::toText(a.value)},
            {"evidence", a.evidence},
            {"source", a.source},
            {"evidence_date", SqlValue::date(a.evidenceDate)},
            {"answered_by", a.answeredBy}};
}

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

QString itemsOfTemplateSql()
{
    // The identity columns exist in both tables, hence the qualified names.
    const auto prefixed = [](const QString& columns) {
        QStringList names = columns.split(QStringLiteral(", "));
        for (QString& name : names)
            name.prepend(QStringLiteral("i."));
        return names.join(QStringLiteral(", "));
    };
    return QStringLiteral("SELECT %1, %2 FROM checklist_item i JOIN checklist_area a "
                          "ON a.id = i.area_id WHERE a.template_id = ? "
                          "ORDER BY a.position, a.title, a.id, i.position, i.statement")
        .arg(prefixed(QLatin1String(RecordMeta::columns)), prefixed(itemColumns));
}

} // namespace ChecklistRows

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistRows.h"

#include "catalogue/TableSelect.h"
#include "common/SqlValue.h"

#include <QSqlQuery>

namespace ChecklistRows {

namespace {

// Each table's columns as the catalogue lists them, and where each is in a row: found once.
struct TemplateSelect : TableSelect
{
    TemplateSelect() : TableSelect("checklist_template") {}
    const int templateKey = column("template_key");
    const int title = column("title");
    const int version = column("version");
    const int builtin = column("builtin");
};

struct AreaSelect : TableSelect
{
    AreaSelect() : TableSelect("checklist_area") {}
    const int templateId = column("template_id");
    const int areaKey = column("area_key");
    const int title = column("title");
    const int description = column("description");
    const int themeId = column("theme_id");
    const int position = column("position");
};

struct ItemSelect : TableSelect
{
    ItemSelect() : TableSelect("checklist_item") {}
    const int areaId = column("area_id");
    const int itemKey = column("item_key");
    const int statement = column("statement");
    const int guidance = column("guidance");
    const int themeId = column("theme_id");
    const int position = column("position");
    const int addedInVersion = column("added_in_version");
    const int retiredOn = column("retired_on");
};

struct RoundSelect : TableSelect
{
    RoundSelect() : TableSelect("assessment_round") {}
    const int templateId = column("template_id");
    const int label = column("label");
    const int heldOn = column("held_on");
    const int templateVersion = column("template_version");
    const int notes = column("notes");
};

struct AnswerSelect : TableSelect
{
    AnswerSelect() : TableSelect("answer") {}
    const int roundId = column("round_id");
    const int itemId = column("item_id");
    const int value = column("value");
    const int evidence = column("evidence");
    const int source = column("source");
    const int evidenceDate = column("evidence_date");
    const int answeredBy = column("answered_by");
};

} // namespace

QString selectTemplates(const QString& tail)
{
    return tableSelect<TemplateSelect>().sql(tail);
}

QString selectAreas(const QString& tail)
{
    return tableSelect<AreaSelect>().sql(tail);
}

QString selectItems(const QString& tail)
{
    return tableSelect<ItemSelect>().sql(tail);
}

QString selectRounds(const QString& tail)
{
    return tableSelect<RoundSelect>().sql(tail);
}

QString selectAnswers(const QString& tail)
{
    return tableSelect<AnswerSelect>().sql(tail);
}

ChecklistTemplate readTemplate(const QSqlQuery& q)
{
    const TemplateSelect& col = tableSelect<TemplateSelect>();
    ChecklistTemplate t;
    t.meta = RecordMeta::read(q);
    t.key = q.value(col.templateKey).toString();
    t.title = q.value(col.title).toString();
    t.version = q.value(col.version).toInt();
    t.builtin = q.value(col.builtin).toInt() != 0;
    return t;
}

ChecklistArea readArea(const QSqlQuery& q)
{
    const AreaSelect& col = tableSelect<AreaSelect>();
    ChecklistArea a;
    a.meta = RecordMeta::read(q);
    a.templateId = q.value(col.templateId).toString();
    a.key = q.value(col.areaKey).toString();
    a.title = q.value(col.title).toString();
    a.description = q.value(col.description).toString();
    a.themeId = q.value(col.themeId).toString();
    a.position = q.value(col.position).toInt();
    return a;
}

ChecklistItem readItem(const QSqlQuery& q)
{
    const ItemSelect& col = tableSelect<ItemSelect>();
    ChecklistItem i;
    i.meta = RecordMeta::read(q);
    i.areaId = q.value(col.areaId).toString();
    i.key = q.value(col.itemKey).toString();
    i.statement = q.value(col.statement).toString();
    i.guidance = q.value(col.guidance).toString();
    i.themeId = q.value(col.themeId).toString();
    i.position = q.value(col.position).toInt();
    i.addedInVersion = q.value(col.addedInVersion).toInt();
    i.retiredOn = SqlValue::toDate(q.value(col.retiredOn));
    return i;
}

AssessmentRound readRound(const QSqlQuery& q)
{
    const RoundSelect& col = tableSelect<RoundSelect>();
    AssessmentRound r;
    r.meta = RecordMeta::read(q);
    r.templateId = q.value(col.templateId).toString();
    r.label = q.value(col.label).toString();
    r.heldOn = SqlValue::toDate(q.value(col.heldOn));
    r.templateVersion = q.value(col.templateVersion).toInt();
    r.notes = q.value(col.notes).toString();
    return r;
}

Answer readAnswer(const QSqlQuery& q)
{
    const AnswerSelect& col = tableSelect<AnswerSelect>();
    Answer a;
    a.meta = RecordMeta::read(q);
    a.roundId = q.value(col.roundId).toString();
    a.itemId = q.value(col.itemId).toString();
    // The CHECK constraint admits only known values; Unknown is the honest fallback anyway.
    a.value = Answer::fromText(q.value(col.value).toString()).value_or(Answer::Value::Unknown);
    a.evidence = q.value(col.evidence).toString();
    a.source = q.value(col.source).toString();
    a.evidenceDate = SqlValue::toDate(q.value(col.evidenceDate));
    a.answeredBy = q.value(col.answeredBy).toString();
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
    // The identity columns exist in both tables, hence the qualified names; the item's
    // columns in the catalogue's order, as readItem expects them.
    QStringList names = tableSelect<ItemSelect>().table().columnNames();
    for (QString& name : names)
        name.prepend(QStringLiteral("i."));
    return QStringLiteral("SELECT %1 FROM checklist_item i JOIN checklist_area a "
                          "ON a.id = i.area_id WHERE a.template_id = ? "
                          "ORDER BY a.position, a.title, a.id, i.position, i.statement")
        .arg(names.join(QStringLiteral(", ")));
}

} // namespace ChecklistRows

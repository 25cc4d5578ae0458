// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistValidator.h"

#include "common/Validation.h"
#include "storage/Queries.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

class Fields
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistRepository)
public:
    static QString templateTitle() { return tr("The checklist's title"); }
    static QString templateVersion() { return tr("The checklist's version"); }
    static QString templateKey() { return tr("The checklist's key"); }
    static QString checklist() { return tr("The checklist"); }
    static QString areaTitle() { return tr("The area's title"); }
    static QString areaKey() { return tr("The area's key"); }
    static QString area() { return tr("The area"); }
    static QString statement() { return tr("The item's statement"); }
    static QString itemKey() { return tr("The item's key"); }
    static QString addedInVersion() { return tr("The version that added the item"); }
    static QString retiredOn() { return tr("The retirement date"); }
    static QString item() { return tr("The item"); }
    static QString theme() { return tr("The theme"); }
    static QString roundLabel() { return tr("The round's label"); }
    static QString roundDuplicate() { return tr("Assessment round"); }
    static QString heldOn() { return tr("The round's date"); }
    static QString round() { return tr("The round"); }
    static QString participant() { return tr("A participant"); }
    static QString evidenceDate() { return tr("The evidence date"); }
};

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistRepository)
public:
    static Error atLeastOne(const QString& field)
    {
        return Error{tr("%1 must be 1 or more.").arg(field)};
    }
    static Error checklistInUse(const QString& title, const QStringList& rounds)
    {
        return Error{tr("The checklist “%1” cannot be removed: %n assessment round(s) (%2) "
                        "were held with it. Remove those rounds first, or keep the checklist.",
                        nullptr, int(rounds.size()))
                         .arg(title, rounds.join(QStringLiteral(", ")))};
    }
    static Error itemOutsideRound(const QString& roundLabel)
    {
        return Error{tr("The item is not part of the checklist of round “%1”. Choose an item "
                        "of that checklist.")
                         .arg(roundLabel)};
    }
    static Error alreadyAnswered(const QString& roundLabel)
    {
        return Error{tr("The item already has an answer in round “%1”. Edit that answer "
                        "instead.")
                         .arg(roundLabel)};
    }
    static Error checklistFixed(const QString& roundLabel)
    {
        return Error{tr("The checklist of round “%1” cannot change once the round has "
                        "answers. Start a new round for the other checklist.")
                         .arg(roundLabel)};
    }
};

// Whether a prepared query with these bindings returns a row (uniqueness checks). A new
// record's id is a null string, bound as NULL: the checks compare with "id IS NOT ?", which,
// unlike "<>", is true for every row when the record has no id yet.
bool anyRow(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : bindings)
        q.addBindValue(v);
    return q.exec() && q.next();
}

} // namespace

ChecklistValidator::ChecklistValidator(QSqlDatabase m_db) : m_db(std::move(m_db)) {}

Error ChecklistValidator::checklistInUse(const QString& title, const QStringList& roundLabels)
{
    return Messages::checklistInUse(title, roundLabels);
}

std::optional<Error> ChecklistValidator::validate(const ChecklistTemplate& checklist) const
{
    if (std::optional<Error> e =
            Validation::first({Validation::required(checklist.title, Fields::templateTitle()),
                               Validation::required(checklist.key, Fields::templateKey())}))
        return e;
    if (checklist.version < 1)
        return Messages::atLeastOne(Fields::templateVersion());
    if (anyRow(m_db,
               QStringLiteral(
                   "SELECT 1 FROM checklist_template WHERE template_key = ? AND id IS NOT ?"),
               {checklist.key.trimmed(), checklist.meta.id}))
        return Validation::duplicate(checklist.key.trimmed(), Fields::templateKey());
    return std::nullopt;
}

std::optional<Error> ChecklistValidator::validate(const ChecklistArea& area) const
{
    if (std::optional<Error> e =
            Validation::first({Validation::required(area.title, Fields::areaTitle()),
                               Validation::required(area.key, Fields::areaKey()),
                               Queries::requiredReference(m_db, "checklist_template",
                                                          area.templateId, Fields::checklist()),
                               Queries::reference(m_db, "theme", area.themeId, Fields::theme())}))
        return e;
    if (anyRow(m_db,
               QStringLiteral("SELECT 1 FROM checklist_area WHERE template_id = ? AND area_key = ? "
                              "AND id IS NOT ?"),
               {area.templateId, area.key.trimmed(), area.meta.id}))
        return Validation::duplicate(area.key.trimmed(), Fields::areaKey());
    return std::nullopt;
}

std::optional<Error> ChecklistValidator::validate(const ChecklistItem& item) const
{
    if (std::optional<Error> e = Validation::first(
            {Validation::required(item.statement, Fields::statement()),
             Validation::required(item.key, Fields::itemKey()),
             Queries::requiredReference(m_db, "checklist_area", item.areaId, Fields::area()),
             Queries::reference(m_db, "theme", item.themeId, Fields::theme()),
             Validation::optionalDate(item.retiredOn, Fields::retiredOn())}))
        return e;
    if (item.addedInVersion < 1)
        return Messages::atLeastOne(Fields::addedInVersion());
    if (anyRow(m_db,
               QStringLiteral("SELECT 1 FROM checklist_item WHERE area_id = ? AND item_key = ? "
                              "AND id IS NOT ?"),
               {item.areaId, item.key.trimmed(), item.meta.id}))
        return Validation::duplicate(item.key.trimmed(), Fields::itemKey());
    return std::nullopt;
}

std::optional<Error> ChecklistValidator::validate(const AssessmentRound& round) const
{
    if (std::optional<Error> e =
            Validation::first({Validation::required(round.label, Fields::roundLabel()),
                               Queries::requiredReference(m_db, "checklist_template",
                                                          round.templateId, Fields::checklist()),
                               Validation::requiredDate(round.heldOn, Fields::heldOn())}))
        return e;
    if (round.templateVersion < 1)
        return Messages::atLeastOne(Fields::templateVersion());
    if (anyRow(m_db,
               QStringLiteral("SELECT 1 FROM assessment_round WHERE label = ? AND id IS NOT ?"),
               {round.label.trimmed(), round.meta.id}))
        return Validation::duplicate(round.label.trimmed(), Fields::roundDuplicate());
    for (const QString& stakeholderId : round.participantIds) {
        if (!Queries::exists(m_db, "stakeholder", stakeholderId))
            return Validation::unknownReference(Fields::participant());
    }
    // Answers point at items of the round's checklist; moving the round would orphan them.
    if (!round.meta.id.isEmpty() &&
        anyRow(m_db,
               QStringLiteral("SELECT 1 FROM assessment_round r JOIN answer a ON a.round_id = "
                              "r.id WHERE r.id = ? AND r.template_id <> ?"),
               {round.meta.id, round.templateId}))
        return Messages::checklistFixed(round.label.trimmed());
    return std::nullopt;
}

std::optional<Error> ChecklistValidator::validate(const Answer& answer) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT template_id, label FROM assessment_round WHERE id = ?"));
    q.addBindValue(answer.roundId);
    if (!q.exec() || !q.next())
        return Validation::unknownReference(Fields::round());
    const QString templateId = q.value(0).toString();
    const QString roundLabel = q.value(1).toString();
    if (std::optional<Error> e = Validation::first(
            {Queries::requiredReference(m_db, "checklist_item", answer.itemId, Fields::item()),
             Validation::optionalDate(answer.evidenceDate, Fields::evidenceDate())}))
        return e;
    if (!anyRow(m_db,
                QStringLiteral("SELECT 1 FROM checklist_item i JOIN checklist_area a ON a.id = "
                               "i.area_id WHERE i.id = ? AND a.template_id = ?"),
                {answer.itemId, templateId}))
        return Messages::itemOutsideRound(roundLabel);
    if (anyRow(m_db,
               QStringLiteral(
                   "SELECT 1 FROM answer WHERE round_id = ? AND item_id = ? AND id IS NOT ?"),
               {answer.roundId, answer.itemId, answer.meta.id}))
        return Messages::alreadyAnswered(roundLabel);
    return std::nullopt;
}

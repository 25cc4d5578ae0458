// SPDX-License-Identifier: GPL-3.0-or-later
// What ActionRepository refuses (validate) and what it allows but warns of (warnings).
#include "ActionRepository.h"

#include "common/DateText.h"
#include "common/Validation.h"
#include "plan/ActionRows.h"
#include "storage/Queries.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QLocale>

using namespace ActionRows; // currency codes

namespace {

class Fields
{
    Q_DECLARE_TR_FUNCTIONS(ActionRepository)
public:
    static QString priority() { return tr("The action's priority"); }
    static QString actionTitle() { return tr("The action's title"); }
    static QString lead() { return tr("The lead stakeholder"); }
    static QString partner() { return tr("A partner stakeholder"); }
    static QString startDate() { return tr("The start date"); }
    static QString endDate() { return tr("The end date"); }
    static QString action() { return tr("The action"); }
    static QString milestoneTitle() { return tr("The milestone's title"); }
    static QString dueDate() { return tr("The due date"); }
    static QString indicatorName() { return tr("The indicator's name"); }
    static QString fundingSource() { return tr("The funding source"); }
    static QString planned() { return tr("The planned amount"); }
    static QString spent() { return tr("The amount spent"); }
    static QString committed() { return tr("The amount committed"); }
    static QString indicator() { return tr("The indicator"); }
    static QString measuredOn() { return tr("The date of the value"); }
    static QString progressDate() { return tr("The date of the progress entry"); }
    static QString progressText() { return tr("The progress entry's text"); }
    static QString currency(const QString& value)
    {
        return tr("The currency “%1” is not a three-letter code. Enter a code such as EUR, USD "
                  "or MAD.")
            .arg(value);
    }
};

// The warnings' own context: they are read beside the record, not as a refusal.
class Warnings
{
    Q_DECLARE_TR_FUNCTIONS(ActionWarnings)
};

} // namespace

// Validation ------------------------------------------------------------------------------------

std::optional<Error> ActionRepository::validate(const Action& action) const
{
    if (auto e = Validation::first({Validation::required(action.title, Fields::actionTitle()),
                                    Validation::order(action.startDate, action.endDate,
                                                      Fields::startDate(), Fields::endDate())}))
        return e;
    const QSqlDatabase db = m_store.database();
    if (auto e = Queries::requiredReference(db, "priority", action.priorityId, Fields::priority()))
        return e;
    if (auto e = Queries::reference(db, "stakeholder", action.leadId, Fields::lead()))
        return e;
    for (const QString& partnerId : action.partnerIds) {
        if (auto e = Queries::reference(db, "stakeholder", partnerId, Fields::partner()))
            return e;
    }
    return std::nullopt;
}

std::optional<Error> ActionRepository::validate(const Milestone& milestone) const
{
    if (auto e =
            Validation::first({Validation::required(milestone.title, Fields::milestoneTitle()),
                               Validation::requiredDate(milestone.dueDate, Fields::dueDate())}))
        return e;
    return Queries::requiredReference(m_store.database(), "action", milestone.actionId,
                                      Fields::action());
}

std::optional<Error> ActionRepository::validate(const Indicator& indicator) const
{
    if (auto e = Validation::required(indicator.name, Fields::indicatorName()))
        return e;
    return Queries::requiredReference(m_store.database(), "action", indicator.actionId,
                                      Fields::action());
}

std::optional<Error> ActionRepository::validate(const BudgetLine& line) const
{
    if (auto e = Validation::first(
            {Validation::required(line.fundingSource, Fields::fundingSource()),
             Validation::notNegative(double(line.plannedCents), Fields::planned()),
             Validation::notNegative(double(line.spentCents), Fields::spent()),
             Validation::notNegative(double(line.committedCents), Fields::committed())}))
        return e;
    if (!isCurrencyCode(line.currency.trimmed()))
        return Error{Fields::currency(line.currency.trimmed())};
    return Queries::requiredReference(m_store.database(), "action", line.actionId,
                                      Fields::action());
}

std::optional<Error> ActionRepository::validate(const ProgressEntry& entry) const
{
    if (auto e = Validation::first({Validation::requiredDate(entry.date, Fields::progressDate()),
                                    Validation::required(entry.text, Fields::progressText())}))
        return e;
    return Queries::requiredReference(m_store.database(), "action", entry.actionId,
                                      Fields::action());
}

std::optional<Error> ActionRepository::validate(const IndicatorValue& value) const
{
    if (auto e = Validation::requiredDate(value.measuredOn, Fields::measuredOn()))
        return e;
    return Queries::requiredReference(m_store.database(), "indicator", value.indicatorId,
                                      Fields::indicator());
}

// Warnings --------------------------------------------------------------------------------------

QStringList ActionRepository::warnings(const Milestone& milestone) const
{
    QStringList found;
    const std::optional<Action> owner = m_actions.one(milestone.actionId);
    if (!owner || !milestone.dueDate.isValid())
        return found;
    if ((owner->startDate.isValid() && milestone.dueDate < owner->startDate) ||
        (owner->endDate.isValid() && milestone.dueDate > owner->endDate))
        found << Warnings::tr("The milestone is due outside its action's dates (%1 to %2).")
                     .arg(DateText::shown(owner->startDate), DateText::shown(owner->endDate));
    return found;
}

QStringList ActionRepository::warnings(const BudgetLine& line)
{
    QStringList found;
    if (line.spentCents > line.plannedCents)
        found << Warnings::tr("More has been spent than was planned.");
    return found;
}

QStringList ActionRepository::warnings(const Indicator& indicator)
{
    QStringList found;
    if (indicator.baseline && indicator.target && *indicator.baseline == *indicator.target)
        found << Warnings::tr("The target equals the baseline: the indicator cannot show a "
                              "change.");
    return found;
}

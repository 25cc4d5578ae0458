// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Action.h"
#include "plan/BudgetLine.h"
#include "plan/Indicator.h"
#include "plan/IndicatorValue.h"
#include "plan/Milestone.h"
#include "plan/ProgressEntry.h"
#include "storage/RecordMapping.h"

#include <QString>
#include <QStringList>

// Each action plan kind's fields bound to its table's columns, once (RecordMapping), kept apart
// from ActionRepository's rules so that neither file grows past what one reads at a sitting.
namespace ActionRows {

// An action's partners are not columns of it but rows of action_partner, which have no record
// kind of their own: ActionRepository reads and writes them.
const RecordMapping<Action>& actionMapping();
const RecordMapping<Milestone>& milestoneMapping();
const RecordMapping<Indicator>& indicatorMapping();
const RecordMapping<IndicatorValue>& indicatorValueMapping();
const RecordMapping<BudgetLine>& budgetLineMapping();
const RecordMapping<ProgressEntry>& progressMapping();

// Three letters A-Z in either case (ISO 4217 codes are stored in capitals).
bool isCurrencyCode(const QString& code);

} // namespace ActionRows

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/PlanData.h"
#include "plan/PlanRollups.h"

#include <QJsonObject>

// The plan's rollups as JSON (passerelle-cli plan): the figures of the pane's headline strip,
// for the whole plan and for each priority, so that a partner's or a network's tools can read
// them. Amounts are in currency units with two decimals; dates ISO 8601.
class PlanJson
{
public:
    static QJsonObject rollups(const PlanData& plan, const PlanRollups& rollups,
                               const QDate& today);
    // One level's figures: actions, done, in_progress, late, ... and budget.
    static QJsonObject figures(const PlanRollup& rollup);
};

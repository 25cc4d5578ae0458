// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QJsonObject>

#include <optional>

struct Action;
struct DemoContext;
struct Indicator;

// The demo's priorities document and action plan: priorities with the consultations and the
// evidence they rest on, actions with milestones, indicators, budget and progress.
class DemoPlanBuilder
{
public:
    explicit DemoPlanBuilder(DemoContext& context);
    Result<void> build();

private:
    Result<void> buildPriority(const QJsonObject& p, int round, int rank, int& actionsLeft);
    Result<void> buildAction(const QJsonObject& a, const QString& priorityId, int position);
    Result<void> buildValues(const Indicator& indicator, const Action& action,
                             const std::optional<double>& latest);
    // The document's text, the council's adoption and the baseline, and the dates moved since.
    Result<void> adopt();

    DemoContext& m_ctx;
};

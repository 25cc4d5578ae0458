// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QJsonObject>

struct DemoContext;

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

    DemoContext& m_ctx;
};

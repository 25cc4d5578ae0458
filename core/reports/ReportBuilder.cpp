// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportBuilder.h"

#include "ActionPlanReport.h"
#include "PrioritiesReport.h"
#include "ProfileReport.h"
#include "ReportLanguage.h"
#include "ServiceAccessReport.h"
#include "StakeholdersReport.h"

QList<ReportKind> ReportBuilder::kinds()
{
    return {ReportKind::Priorities, ReportKind::ActionPlan, ReportKind::Stakeholders,
            ReportKind::ServiceAccess, ReportKind::Profile};
}

QString ReportBuilder::key(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Priorities:
        return QStringLiteral("priorities");
    case ReportKind::ActionPlan:
        return QStringLiteral("action-plan");
    case ReportKind::Stakeholders:
        return QStringLiteral("stakeholders");
    case ReportKind::ServiceAccess:
        return QStringLiteral("service-access");
    case ReportKind::Profile:
        return QStringLiteral("profile");
    }
    return {};
}

std::optional<ReportKind> ReportBuilder::fromKey(const QString& key)
{
    for (ReportKind kind : kinds()) {
        if (ReportBuilder::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString ReportBuilder::name(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Priorities:
        return tr("Priorities document");
    case ReportKind::ActionPlan:
        return tr("Action plan status report");
    case ReportKind::Stakeholders:
        return tr("Stakeholder map report");
    case ReportKind::ServiceAccess:
        return tr("Service-access report");
    case ReportKind::Profile:
        return tr("City profile");
    }
    return {};
}

bool ReportBuilder::hasOdt(ReportKind kind)
{
    return kind == ReportKind::Priorities || kind == ReportKind::ActionPlan;
}

Result<ReportDocument> ReportBuilder::build(Repositories& repos, const ReportOptions& options)
{
    const ReportLanguage language(options.language);
    switch (options.kind) {
    case ReportKind::Priorities:
        return PrioritiesReport::build(repos, options, language);
    case ReportKind::ActionPlan:
        return ActionPlanReport::build(repos, options, language);
    case ReportKind::Stakeholders:
        return StakeholdersReport::build(repos, options, language);
    case ReportKind::ServiceAccess:
        return ServiceAccessReport::build(repos, options, language);
    case ReportKind::Profile:
        return ProfileReport::build(repos, options, language);
    }
    Q_UNREACHABLE();
    return Error{};
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaneRegistry.h"

#include "checklists/ChecklistsPane.h"
#include "plan/ActionPlanPane.h"
#include "profile/ProfilePane.h"
#include "stakeholders/StakeholdersPane.h"

#include <QApplication>
#include <QStyle>

namespace {

template <typename P> PaneRegistry::Factory factory()
{
    return
        [](const PaneContext& context, QWidget* parent) -> Pane* { return new P(context, parent); };
}

QIcon themeIcon(const QString& name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

} // namespace

QList<PaneRegistry::Entry> PaneRegistry::entries()
{
    return {
        {[] { return ProfilePane::tr("City profile"); },
         [] { return themeIcon(QStringLiteral("go-home"), QStyle::SP_DirHomeIcon); },
         factory<ProfilePane>()},
        {[] { return StakeholdersPane::tr("Stakeholders"); },
         [] { return QIcon(QStringLiteral(":/passerelle/icons/stakeholders.svg")); },
         factory<StakeholdersPane>()},
        {[] { return ChecklistsPane::tr("Service access"); },
         [] { return themeIcon(QStringLiteral("checkbox"), QStyle::SP_DialogApplyButton); },
         factory<ChecklistsPane>()},
        {[] { return ActionPlanPane::tr("Action plan"); },
         [] {
             return themeIcon(QStringLiteral("x-office-calendar"),
                              QStyle::SP_FileDialogDetailedView);
         },
         factory<ActionPlanPane>(),
         {QStringLiteral("action"), QStringLiteral("milestone")}},
    };
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaneRegistry.h"

#include "checklists/ChecklistsPane.h"
#include "partners/PartnersPane.h"
#include "plan/ActionPlanPane.h"
#include "priorities/PrioritiesPane.h"
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
         factory<ProfilePane>(),
         {QStringLiteral("profile_figure")}},
        {[] { return StakeholdersPane::tr("Stakeholders"); },
         [] { return QIcon(QStringLiteral(":/passerelle/icons/stakeholders.svg")); },
         factory<StakeholdersPane>(),
         {QStringLiteral("stakeholder")}},
        {[] { return ChecklistsPane::tr("Service access"); },
         [] { return themeIcon(QStringLiteral("checkbox"), QStyle::SP_DialogApplyButton); },
         factory<ChecklistsPane>(),
         {QStringLiteral("checklist_item")}},
        {[] { return PrioritiesPane::tr("Priorities"); },
         [] {
             return themeIcon(QStringLiteral("emblem-important"), QStyle::SP_FileDialogListView);
         },
         factory<PrioritiesPane>(),
         {QStringLiteral("priority"), QStringLiteral("priority_evidence"),
          QStringLiteral("consultation"), QStringLiteral("plan_document")}},
        {[] { return ActionPlanPane::tr("Action plan"); },
         [] {
             return themeIcon(QStringLiteral("x-office-calendar"),
                              QStyle::SP_FileDialogDetailedView);
         },
         factory<ActionPlanPane>(),
         {QStringLiteral("action"), QStringLiteral("milestone")}},
        {[] { return PartnersPane::tr("Partner cities"); },
         // Its own drawing: the style's fallback for a theme without the icon was a 16-pixel
         // network drive, half the size of the other panes' icons.
         [] { return QIcon(QStringLiteral(":/passerelle/icons/partner-cities.svg")); },
         factory<PartnersPane>(),
         {QStringLiteral("partner_city"), QStringLiteral("exchange"),
          QStringLiteral("good_practice")}},
    };
}

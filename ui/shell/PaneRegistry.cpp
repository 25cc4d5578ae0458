// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaneRegistry.h"

#include "checklists/ChecklistsPane.h"
#include "profile/ProfilePane.h"
#include "stakeholders/StakeholdersPane.h"

QList<PaneRegistry::Factory> PaneRegistry::factories()
{
    return {
        [](const PaneContext& context, QWidget* parent) -> Pane* {
            return new ProfilePane(context, parent);
        },
        [](const PaneContext& context, QWidget* parent) -> Pane* {
            return new StakeholdersPane(context, parent);
        },
        [](const PaneContext& context, QWidget* parent) -> Pane* {
            return new ChecklistsPane(context, parent);
        },
    };
}

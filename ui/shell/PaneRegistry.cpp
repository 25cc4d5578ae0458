// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaneRegistry.h"

QList<PaneRegistry::Factory> PaneRegistry::factories()
{
    return {};
}

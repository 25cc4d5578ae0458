// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/Stakeholder.h"

#include <QColor>
#include <QIcon>

// One colour per kind of stakeholder, shared by the table, the influence/interest grid, the
// relations network and their legends: the core's KindColors, which the printed reports use
// too, so a kind looks the same everywhere; and its swatch for widgets.
namespace KindPalette {

QColor color(Stakeholder::Kind kind);
// A text colour readable on color(kind).
QColor textColor(Stakeholder::Kind kind);
// A small filled square of the kind's colour, for legends, menus and combo boxes.
QIcon swatch(Stakeholder::Kind kind);

} // namespace KindPalette

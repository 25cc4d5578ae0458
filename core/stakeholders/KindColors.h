// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/Stakeholder.h"

#include <QColor>

// One colour per kind of stakeholder, shared by the panes (through the UI's KindPalette) and the
// printed reports, so a kind looks the same on screen and on paper. The colours are Okabe and
// Ito's set, told apart by readers with the common colour-vision deficiencies.
namespace KindColors {

QColor color(Stakeholder::Kind kind);
// A text colour readable on color(kind).
QColor textColor(Stakeholder::Kind kind);

} // namespace KindColors

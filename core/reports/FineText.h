// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportPages.h"
#include "ReportStyle.h"

#include <QFont>

// Texts drawn ten times finer on a painter scaled down as much, as ReportStyle measures them:
// at 7 or 8 points a font engine rounds each letter's advance to a whole unit, and a text
// shortened to fit a width would be drawn wider than it.
namespace FineText {
// Shapes text once in font, which is bound to ReportStyle's reference device (ten times the
// size): drawing the glyphs shaped spares shaping the text again on every page and every device.
ReportPages::Shaped shape(const QString& text, const QFont& font,
                          Qt::LayoutDirection direction = Qt::LeftToRight);
// The same, shortened with "…" to width (ten times the size in points, as font measures) when
// longer; shown gets the text as shown. Shapes once a text that fits.
ReportPages::Shaped shapeWithin(const QString& text, const QFont& font, double width,
                                QString* shown, Qt::LayoutDirection direction = Qt::LeftToRight);
// Where shaped's glyphs are drawn from, ten times the points, for its baseline to start at
// baseline (points): a whole unit, as its glyphs' positions are.
QPointF origin(const QPointF& baseline, const ReportPages::Shaped& shaped);
// Whether shaped can be drawn on the calling thread.
bool drawable(const ReportPages::Shaped& shaped);
} // namespace FineText

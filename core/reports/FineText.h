// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportStyle.h"

#include <QPainter>

// Draws a text in the painter's font ten times finer on a painter scaled down as much, as
// ReportStyle measures texts: at 7 or 8 points a font engine rounds each letter's advance to a
// whole unit, and a text shortened to fit a width would be drawn wider than it.
namespace FineText {
inline void draw(QPainter& painter, const QPointF& baseline, const QString& text)
{
    const double fine = ReportStyle::measureScale;
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * fine);
    painter.save();
    painter.scale(1 / fine, 1 / fine);
    painter.setFont(font);
    painter.drawText(baseline * fine, text);
    painter.restore();
}

} // namespace FineText

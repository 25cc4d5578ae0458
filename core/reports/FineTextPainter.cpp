// SPDX-License-Identifier: GPL-3.0-or-later
#include "FineTextPainter.h"

#include "FineText.h"
#include "ReportStyle.h"

FineTextPainter::FineTextPainter(QPainter& painter) : m_painter(painter)
{
    m_painter.save();
    m_painter.scale(1 / ReportStyle::measureScale, 1 / ReportStyle::measureScale);
}

FineTextPainter::~FineTextPainter()
{
    m_painter.restore();
}

void FineTextPainter::draw(const QPointF& baseline, const ReportPages::Shaped& shaped,
                           const QString& text, const QColor& color, const QFont& font)
{
    if (!m_penSet || color.rgba() != m_color) {
        m_painter.setPen(color);
        m_color = color.rgba();
        m_penSet = true;
    }
    const double fine = ReportStyle::measureScale;
    if (FineText::drawable(shaped)) {
        const QPointF origin = FineText::origin(baseline, shaped);
        for (const QGlyphRun& run : shaped.runs)
            m_painter.drawGlyphRun(origin, run);
        return;
    }
    QFont large = font;
    large.setPointSizeF(font.pointSizeF() * fine);
    m_painter.setFont(large);
    m_painter.drawText(baseline * fine, text);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "FineTextPainter.h"

#include "FineText.h"
#include "ReportStyle.h"

#include <QGlyphRun>

FineTextPainter::FineTextPainter(QPainter& painter) : m_painter(painter)
{
    m_painter.save();
    m_painter.scale(1 / ReportStyle::measureScale, 1 / ReportStyle::measureScale);
}

FineTextPainter::~FineTextPainter()
{
    flush();
    m_painter.restore();
}

void FineTextPainter::setColor(QRgb color)
{
    if (m_penSet && color == m_color)
        return;
    m_painter.setPen(QColor::fromRgba(color));
    m_color = color;
    m_penSet = true;
}

void FineTextPainter::flush()
{
    if (m_glyphs.isEmpty())
        return;
    setColor(m_pendingColor);
    QGlyphRun run;
    run.setRawFont(m_font);
    run.setGlyphIndexes(m_glyphs);
    run.setPositions(m_positions);
    m_painter.drawGlyphRun(QPointF(), run);
    m_glyphs.clear();
    m_positions.clear();
}

void FineTextPainter::draw(const QPointF& baseline, const FineTextCache::Label& label,
                           const QColor& color, const QFont& font, const QRectF& clip)
{
    flush();
    m_painter.save();
    const double fine = ReportStyle::measureScale;
    m_painter.setClipRect(QRectF(clip.topLeft() * fine, clip.size() * fine), Qt::IntersectClip);
    draw(baseline, label.shaped, label.shown, color, font);
    flush();
    m_painter.restore();
    // The pen is the painter's again.
    m_penSet = false;
}

void FineTextPainter::draw(const QPointF& baseline, const ReportPages::Shaped& shaped,
                           const QString& text, const QColor& color, const QFont& font)
{
    if (!FineText::drawable(shaped)) {
        flush();
        setColor(color.rgba());
        QFont large = font;
        large.setPointSizeF(font.pointSizeF() * ReportStyle::measureScale);
        m_painter.setFont(large);
        m_painter.drawText(baseline * ReportStyle::measureScale, text);
        return;
    }
    const QPointF origin = FineText::origin(baseline, shaped);
    for (const QGlyphRun& run : shaped.runs) {
        const QRawFont font = run.rawFont();
        if (!m_glyphs.isEmpty() && (font != m_font || color.rgba() != m_pendingColor))
            flush();
        if (m_glyphs.isEmpty()) {
            m_font = font;
            m_pendingColor = color.rgba();
        }
        m_glyphs.append(run.glyphIndexes());
        for (const QPointF& position : run.positions())
            m_positions.append(origin + position);
    }
}

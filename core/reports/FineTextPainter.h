// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FineTextCache.h"
#include "ReportPages.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QRawFont>

// Shaped texts drawn one after another on a painter scaled down ten times once (FineText),
// for as long as this lives: a page's texts or a figure's labels without a save, a scale and
// a restore around each. The glyphs of texts drawn one after the other in the same font and
// colour are drawn as one run: a PDF writes a graphics state, a colour and a font around every
// run (some 100 bytes, the size of the words of a table cell), and a long table's page is a
// hundred cells of the same font and colour.
class FineTextPainter
{
public:
    explicit FineTextPainter(QPainter& painter);
    ~FineTextPainter();
    FineTextPainter(const FineTextPainter&) = delete;
    FineTextPainter& operator=(const FineTextPainter&) = delete;

    // The text's baseline starting at baseline (points, its left end), in color, from its
    // glyphs as shaped; a text shaped on another thread is shaped again in font (the painter's,
    // in points).
    void draw(const QPointF& baseline, const ReportPages::Shaped& shaped, const QString& text,
              const QColor& color, const QFont& font);
    void draw(const QPointF& baseline, const FineTextCache::Label& label, const QColor& color,
              const QFont& font)
    {
        draw(baseline, label.shaped, label.shown, color, font);
    }
    // The same, cut at clip (points), as QPainter::drawText(rect) cuts a text longer than rect.
    void draw(const QPointF& baseline, const FineTextCache::Label& label, const QColor& color,
              const QFont& font, const QRectF& clip);

private:
    void setColor(QRgb color);
    void flush();

    QPainter& m_painter;
    QRgb m_color = 0;
    bool m_penSet = false;
    // The glyphs not drawn yet, of one font and colour, where they go (ten times the points).
    QRawFont m_font;
    QRgb m_pendingColor = 0;
    QList<quint32> m_glyphs;
    QList<QPointF> m_positions;
};

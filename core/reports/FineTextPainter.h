// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FineTextCache.h"
#include "ReportPages.h"

#include <QColor>
#include <QFont>
#include <QPainter>

// Shaped texts drawn one after another on a painter scaled down ten times once (FineText),
// for as long as this lives: a figure's labels without a save, a scale and a restore around
// each, which a PDF writes as a graphics state of its own every time.
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

private:
    QPainter& m_painter;
    QRgb m_color = 0;
    bool m_penSet = false;
};

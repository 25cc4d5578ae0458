// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/InfluenceGridLayout.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QSet>

#include <functional>
#include <vector>

class QPainter;

// Draws the influence/interest grid laid out by InfluenceGridLayout on any QPainter, in the
// layout's logical units: the screen (with its zoom as the painter's transform), PNG and SVG
// exports and printed reports all use this one drawing.
class InfluenceGridRenderer
{
public:
    // The colour of each kind (the UI's KindPalette), so that a kind looks the same everywhere.
    using KindColors = std::function<QColor(Stakeholder::Kind)>;

    explicit InfluenceGridRenderer(KindColors colors);

    // Everything; only the marks meeting exposed when it is not empty (the part on screen).
    void paint(QPainter& painter, const InfluenceGridLayout& layout,
               const QSet<QString>& selected = {}, const QRectF& exposed = {}) const;
    // One mark moved by offset, for a mark being dragged.
    void paintMark(QPainter& painter, const InfluenceGridLayout& layout, int mark,
                   const QPointF& offset, bool selected) const;
    // The cell a dragged mark would land in.
    void paintDropCell(QPainter& painter, const InfluenceGridLayout& layout,
                       const InfluenceGridLayout::Cell& cell) const;

private:
    void paintFrame(QPainter& painter, const InfluenceGridLayout& layout) const;
    void paintAxes(QPainter& painter, const InfluenceGridLayout& layout) const;
    void paintLegend(QPainter& painter, const InfluenceGridLayout& layout) const;
    // The number of stakeholders in each cell too crowded for dots, ringed when one is selected.
    void paintCounts(QPainter& painter, const InfluenceGridLayout& layout,
                     const QSet<QString>& selected) const;
    void paintDot(QPainter& painter, const QPointF& center, qreal radius, Stakeholder::Kind kind,
                  bool selected) const;
    void paintName(QPainter& painter, const InfluenceGridLayout& layout, int mark,
                   const QPointF& offset, bool selected) const;
    // On pixels (screen, PNG), thousands of antialiased dots are stamped from images drawn once
    // by paintDot: several times faster than drawing each, and the same picture.
    void stampDots(QPainter& painter, const InfluenceGridLayout& layout,
                   const std::vector<int>& marks, bool selected) const;
    const QImage& dotImage(Stakeholder::Kind kind, qreal radius, qreal scale, qreal pixelRatio,
                           bool selected) const;

    KindColors m_colors;
    mutable QHash<quint64, QImage> m_dots;
};

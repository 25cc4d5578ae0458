// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/InfluenceGridMark.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>

#include <array>
#include <optional>
#include <vector>

// Where everything of the influence/interest grid goes, in logical units (pixels at zoom 1):
// the four quadrants, the 5 x 5 cells, axes, legend and one place per mark. Shared by the
// screen, the PNG/SVG exports and printed reports, so they all show the same picture.
// Stakeholders sharing a cell are spread inside it in name order: a list with their names when
// few, a grid of dots when many (their names are then in the tooltips).
class InfluenceGridLayout
{
    Q_DECLARE_TR_FUNCTIONS(InfluenceGridLayout)

public:
    enum Quadrant
    {
        KeepSatisfied, // high influence, low interest
        ManageClosely, // high influence, high interest
        Monitor,       // low influence, low interest
        KeepInformed,  // low influence, high interest
        QuadrantCount
    };
    struct Cell
    {
        int influence = 0;
        int interest = 0;
        bool operator==(const Cell&) const = default;
    };
    struct Place
    {
        QPointF center;
        qreal radius = 0;
        // Where the name is written; empty when the cell is too crowded for names.
        QRectF nameRect;
        // The name as written there, shortened to fit.
        QString name;
        // What answers to the mouse: the dot, with its name when written.
        QRectF hitRect;
    };
    struct LegendEntry
    {
        Stakeholder::Kind kind;
        QString text;
        QRectF swatch;
        QRectF textRect;
    };

    InfluenceGridLayout();

    void setMarks(std::vector<InfluenceGridMark> marks);
    const std::vector<InfluenceGridMark>& marks() const { return m_marks; }
    const Place& place(int mark) const { return m_places[size_t(mark)]; }
    // The marks in a cell, in name order.
    const std::vector<int>& marksIn(const Cell& cell) const;

    QSizeF pageSize() const { return m_page; }
    QRectF plotRect() const { return m_plot; }
    QRectF cellRect(const Cell& cell) const;
    QRectF quadrantRect(Quadrant quadrant) const;
    QRectF quadrantLabelRect(Quadrant quadrant) const;
    static QString quadrantLabel(Quadrant quadrant);
    QRectF legendTitleRect() const { return m_legendTitle; }
    const std::vector<LegendEntry>& legend() const { return m_legend; }
    static QString legendTitle();
    static QString interestTitle();
    static QString influenceTitle();
    // Tick labels and axis titles.
    QRectF interestTickRect(int score) const;
    QRectF influenceTickRect(int score) const;
    QRectF interestTitleRect() const { return m_interestTitle; }
    // Unrotated: the title is drawn turned a quarter anticlockwise around its centre.
    QRectF influenceTitleRect() const { return m_influenceTitle; }

    const QFont& labelFont() const { return m_labelFont; }
    const QFont& titleFont() const { return m_titleFont; }
    const QFont& nameFont() const { return m_nameFont; }

    // The cell under a point of the plot, or nothing outside the cells.
    std::optional<Cell> cellAt(const QPointF& point) const;
    // The mark under a point, or -1.
    int markAt(const QPointF& point) const;

    // Wider than high: room for names in the cells.
    static constexpr qreal cellWidth = 165;
    static constexpr qreal cellHeight = 126;

private:
    static int cellIndex(const Cell& cell);
    void place();
    void placeCell(const Cell& cell, std::vector<int>& members);
    void layOutLegend();

    QFont m_labelFont;
    QFont m_titleFont;
    QFont m_nameFont;
    std::vector<InfluenceGridMark> m_marks;
    std::vector<Place> m_places;
    std::array<std::vector<int>, 25> m_cells;
    std::vector<LegendEntry> m_legend;
    QRectF m_plot;
    qreal m_band = 0; // height of the quadrant names above and below the cells
    QRectF m_legendTitle;
    QRectF m_interestTitle;
    QRectF m_influenceTitle;
    QSizeF m_page;
};

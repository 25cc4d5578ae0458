// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stakeholders/InfluenceGridMark.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QRectF>
#include <QString>

#include <array>
#include <optional>
#include <vector>

// Where everything of the influence/interest grid goes, in logical units (pixels at zoom 1):
// the four quadrants, the 5 x 5 cells, axes, legend and one place per mark. Shared by the
// screen, the PNG/SVG exports and printed reports, so they all show the same picture.
// Stakeholders sharing a cell are spread inside it in name order: a list with their names when
// few, a grid of dots when many (their names are then in the tooltips), and when even the dots
// would run into one mass at the scale shown, the number of them, until the officer zooms in.
// Text is never smaller on screen than minTextPixels (9 pt): when the grid is shown smaller
// than its logical size, its fonts grow in logical units to make up (setViewScale).
//
// The strategies' lines run between the scores 2 and 3: a score of 3, the middle of 1 to 5,
// counts as high (highFrom). The MC2CM method builds the priorities with the stakeholders
// (a participatory document, a standing City Stakeholder Group): a partner of middling
// influence or interest is one to involve rather than merely monitor, and a new stakeholder,
// scored 3 and 3 until assessed, is placed where the officer attends to it. The legend says so.
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
    enum class CellMode
    {
        Names, // a dot and a name per stakeholder
        Dots,  // a grid of dots
        Count  // the number of stakeholders only
    };
    struct LegendEntry
    {
        Stakeholder::Kind kind;
        QString text;
        QRectF swatch;
        QRectF textRect;
    };

    // Every text the grid writes, in one language: the interface's by default (tr()), a
    // report's when it is written in another.
    struct Words
    {
        std::array<QString, QuadrantCount> quadrants;
        QString legendTitle;
        QString interestTitle;
        QString influenceTitle;
        QString boundaryNote;
        QString caption;     // "%1 · %2": a quadrant and its count
        QString legendEntry; // "%1 (%2)": a kind and its count
        QStringList kinds;   // by Stakeholder::Kind
        QLocale locale;      // for the counts

        static Words interface();
    };
    // Where the kinds and the note go: beside the plot (images) or under it (a portrait page,
    // where beside it would leave the cells too small to read), or not on the page (the
    // screen, where it floats over the grid: beside it, it took a third of a laptop's width).
    // The entries are made in every case, for whoever shows them.
    enum class LegendPlace
    {
        Beside,
        Below,
        Apart
    };

    // Scores from highFrom up count as high on both axes.
    static constexpr int highFrom = 3;
    static bool isHigh(int score) { return score >= highFrom; }
    // The one strategy for a pair of scores (clamped to 1..5 first).
    static Quadrant quadrantOf(int influence, int interest);
    // The legend's sentence on where the middle score goes.
    static QString boundaryNote();
    // 9 pt at 96 dots per inch: no text of the grid is smaller on screen.
    static constexpr qreal minTextPixels = 12;
    // Dots closer than this on screen make a mass no one can click: the cell shows a count.
    static constexpr qreal minDotStepPixels = 9;

    InfluenceGridLayout();

    void setMarks(std::vector<InfluenceGridMark> marks);
    // Each lays the grid out again.
    void setWords(Words words);
    const Words& words() const { return m_words; }
    // Empty: the application's font.
    void setFontFamily(const QString& family);
    void setLegendPlace(LegendPlace place);
    LegendPlace legendPlace() const { return m_legendPlace; }
    // Screen pixels per logical unit where the grid is shown (the view's zoom; 1 for files).
    // Fonts, the names that fit and which cells show a count follow it.
    void setViewScale(qreal scale);
    qreal viewScale() const { return m_viewScale; }
    const std::vector<InfluenceGridMark>& marks() const { return m_marks; }
    const Place& place(int mark) const { return m_places[size_t(mark)]; }
    // The marks in a cell, in name order.
    const std::vector<int>& marksIn(const Cell& cell) const;
    CellMode cellMode(const Cell& cell) const { return m_modes[size_t(cellIndex(cell))]; }
    // The marks of a quadrant, for its caption.
    int quadrantCount(Quadrant quadrant) const { return m_quadrantCounts[size_t(quadrant)]; }
    // Its name and, when it holds any, how many stakeholders: "Manage closely · 12".
    QString quadrantCaption(Quadrant quadrant) const;
    // Where a counted cell writes its number.
    QRectF countRect(const Cell& cell) const;
    static QString countText(int count);

    QSizeF pageSize() const { return m_page; }
    QRectF plotRect() const { return m_plot; }
    QRectF cellRect(const Cell& cell) const;
    QRectF quadrantRect(Quadrant quadrant) const;
    QRectF quadrantLabelRect(Quadrant quadrant) const;
    static QString quadrantLabel(Quadrant quadrant);
    QRectF legendTitleRect() const { return m_legendTitle; }
    const std::vector<LegendEntry>& legend() const { return m_legend; }
    // Where boundaryNote() is written, under the kinds, wrapped.
    QRectF boundaryNoteRect() const { return m_boundaryNote; }
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
    // The mark under a point, or -1 (a counted cell has no marks to point at).
    int markAt(const QPointF& point) const;

    // Wider than high: room for names in the cells.
    static constexpr qreal cellWidth = 165;
    // Tall enough for four names at 9 pt on a laptop, where the grid is shown at about half
    // its size.
    static constexpr qreal cellHeight = 150;

private:
    static int cellIndex(const Cell& cell);
    void sortCells();
    void layOut();
    void place();
    void placeCell(const Cell& cell, const std::vector<int>& members);
    void layOutLegend();

    qreal m_viewScale = 1;
    Words m_words = Words::interface();
    QString m_family;
    LegendPlace m_legendPlace = LegendPlace::Beside;
    QFont m_labelFont;
    QFont m_titleFont;
    QFont m_nameFont;
    std::vector<InfluenceGridMark> m_marks;
    std::vector<Place> m_places;
    std::array<std::vector<int>, 25> m_cells;
    std::array<CellMode, 25> m_modes{};
    std::array<int, QuadrantCount> m_quadrantCounts{};
    std::vector<LegendEntry> m_legend;
    QRectF m_plot;
    qreal m_band = 0; // height of the quadrant names above and below the cells
    QRectF m_legendTitle;
    QRectF m_boundaryNote;
    QRectF m_interestTitle;
    QRectF m_influenceTitle;
    QSizeF m_page;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportStyle.h"

#include <QColor>
#include <QGlyphRun>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QTextLayout>

class QThread;

#include <memory>
#include <vector>

// A report laid out into pages (ReportPaginator): every text, rule and figure placed, in
// points, in the order a reader reads them. Painting a page (ReportPainter) only draws: the
// preview shows any page at once, and the PDF and the printer get the same pages.
struct ReportPages
{
    // A line of text shaped once, on the reference device at ten times its size: a long table
    // repeats its leads, statuses and dates, and drawing shaped glyphs spares shaping every
    // occurrence again on every page (tests/bench/BenchReports).
    // Its glyphs belong to the font engine of the thread that shaped it, and Qt's font engines
    // are not shared between threads: another thread draws the text itself.
    struct Shaped
    {
        QList<QGlyphRun> runs;
        double ascent = 0; // of the shaped line, ten times the size in points
        double width = 0;  // the same
        const QThread* thread = nullptr;
    };
    struct Text
    {
        QPointF baseline; // the start of the text, left to right (mirrored when right to left)
        QString text;
        ReportStyle::Role role = ReportStyle::Role::Body;
        QColor color;
        int pageNumberOf = -1; // a contents entry: filled with the page of heading N at the end
        std::shared_ptr<const Shaped> shaped; // none: shaped when drawn
    };
    struct Rich
    {
        std::shared_ptr<QTextLayout> layout; // measured on the reference device
        int firstLine = 0;
        int lineCount = 0;
        QPointF offset; // where the layout's origin goes, in points
    };
    struct Box
    {
        QRectF rect;
        QColor fill;
        QColor stroke; // invalid: none
    };
    struct Rule
    {
        QLineF line;
        QColor color;
        double width = 0.5;
    };
    struct Figure
    {
        int block = -1; // in ReportDocument::blocks
        QRectF rect;
    };
    struct Page
    {
        bool cover = false;
        std::vector<Box> boxes; // drawn first: backgrounds
        std::vector<Rule> rules;
        std::vector<Text> texts;
        std::vector<Rich> rich;
        std::vector<Figure> figures;
        bool isEmpty() const
        {
            return texts.empty() && rich.empty() && figures.empty() && boxes.empty();
        }
    };
    struct Entry
    {
        int level = 1;
        QString text;
        int page = 0; // 0-based
    };

    std::vector<Page> pages;
    std::vector<Entry> contents; // every heading, in order
    int count() const { return int(pages.size()); }
};

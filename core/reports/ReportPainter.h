// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FineTextCache.h"
#include "ReportDocument.h"
#include "ReportPages.h"
#include "ReportStyle.h"

#include <memory>

class QPainter;
class QPaintDevice;

// Draws the pages ReportPaginator laid out on any painter whose units are points: a PDF
// writer at 72 dots an inch, a printer or a preview image once scaled (scaleFor()). The page's
// header and footer are drawn here, as they need the page count.
class ReportPainter
{
public:
    ReportPainter(const ReportStyle& style, const ReportDocument& document,
                  const ReportPages& pages);

    void paint(QPainter& painter, int page) const;

    // The scale from points to the device's units.
    static double scaleFor(const QPaintDevice& device);

private:
    void paintTexts(QPainter& painter, const ReportPages::Page& page) const;
    void paintRich(QPainter& painter, const ReportPages::Page& page) const;
    void paintFrame(QPainter& painter, int page) const;
    QFont deviceFont(ReportStyle::Role role, const QPainter& painter,
                     double magnification = 1) const;

    const ReportStyle& m_style;
    const ReportDocument& m_document;
    const ReportPages& m_pages;
    // The header's and footer's words, the same on every page but the page number: shaped
    // once for a whole PDF rather than four times a page.
    std::unique_ptr<FineTextCache> m_frameTexts;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportPages.h"
#include "ReportPaginator.h"

// The state of one pagination: the page being filled and where on it. ReportPaginator drives
// it block by block; tables have their own file (ReportComposerTable.cpp).
class ReportComposer
{
public:
    ReportComposer(const ReportStyle& style, const ReportPaginator& paginator,
                   const ReportDocument& document, const ReportPaginator::Progress& progress);

    // False when stopped.
    bool compose();
    ReportPages take() { return std::move(m_pages); }

private:
    using Role = ReportStyle::Role;

    bool tick(int units = 1);
    ReportPages::Page& page() { return m_pages.pages.back(); }
    void newPage();
    // Starts a page unless what is on this one is only the page's top.
    void breakPage();
    double remaining() const { return m_body.bottom() - m_y; }
    bool atTop() const { return m_y <= m_body.top() + 0.01; }
    // Makes room for height, starting a new page when it does not fit here.
    void ensure(double height);
    void space(double points);
    // How many of a paragraph's left lines of lineHeight go on this page; 0: none, start a
    // new page.
    int linesHere(int left, double lineHeight) const;

    void cover(const ReportCover& cover);
    // keepWith: the height of what must follow the heading on its page.
    void heading(const ReportHeading& heading, double keepWith);
    double leadHeight(int block) const;
    void paragraph(const ReportParagraph& paragraph);
    void richParagraph(const ReportParagraph& paragraph, Role role, double indent);
    void keyFigures(const ReportKeyFigures& figures);
    bool table(const ReportTable& table);
    void figure(const ReportFigure& figure, int block);
    void contents();
    void fillContents();
    void mirror(ReportPages::Page& page) const;

    // Writes lines of one role from (x, m_y) down, returns the height used.
    double lines(const QStringList& texts, Role role, double x, const QColor& color);
    // direction: the one the text is shaped in; Auto for the text's own.
    void text(const QPointF& baseline, const QString& text, Role role, const QColor& color,
              Qt::LayoutDirection direction = Qt::LayoutDirectionAuto);
    // The text's own direction, the document's when it has no letter.
    Qt::LayoutDirection directionOf(const QString& text) const;

    static Role roleOf(ReportParagraph::Style style);

    const ReportStyle& m_style;
    const ReportPaginator& m_paginator;
    const ReportDocument& m_document;
    const ReportPaginator::Progress& m_progress;
    QRectF m_body;
    double m_y = 0;
    int m_done = 0;
    int m_total = 0;
    int m_headings = 0; // headings placed so far: the index of the next contents entry
    ReportPages m_pages;
};

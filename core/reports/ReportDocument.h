// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDate>
#include <QList>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

class QPainter;

// One description of a report, the same for every output: the PDF and print renderer
// (ReportPaginator, ReportPainter) and the OpenDocument text (OdtReportWriter). Builders read
// the city file once and fill it with plain values; what figures draw is captured by value, so
// that a document built on the GUI thread can be laid out and written on another. Sizes are in
// points (1/72 inch).

// A piece of text in one style: a paragraph is a list of them.
struct ReportRun
{
    QString text;
    bool bold = false;
    bool italic = false;
    QString link; // an address: underlined and coloured, and a link in the ODT
};

struct ReportHeading
{
    int level = 1; // 1: a chapter (starts a page when ReportDocument::chapterOnNewPage), 2, 3
    QString text;
    bool inContents = true;
};

struct ReportParagraph
{
    enum class Style
    {
        Body,
        Lead,    // the first words of a section, a little larger
        Small,   // sources, notes under a table
        Caption, // under a figure or a table
        Bullet,  // an item of a list; level is its depth
    };
    QList<ReportRun> runs;
    Style style = Style::Body;
    int level = 0;

    static ReportParagraph plain(const QString& text, Style style = Style::Body)
    {
        return ReportParagraph{{ReportRun{text, false, false, {}}}, style, 0};
    }
    QString text() const
    {
        QString all;
        for (const ReportRun& run : runs)
            all += run.text;
        return all;
    }
};

// Large numbers in a row, each with its label ("12 actions done").
struct ReportKeyFigures
{
    struct Figure
    {
        QString value;
        QString label;
        QColor accent; // invalid: the report's accent colour
    };
    QList<Figure> figures;
};

// A table that breaks across pages with its header repeated and no row split in two.
struct ReportTable
{
    struct Column
    {
        QString title;
        double weight = 1;    // share of the width, before the texts are measured
        bool numeric = false; // aligned to the trailing edge, never wrapped
    };
    struct Row
    {
        enum class Style
        {
            Normal,
            Group, // one cell across the table, kept with the row after it
            Total, // bold, a rule above
        };
        QStringList cells;
        Style style = Style::Normal;
        QColor marker; // a small square before the first cell (a status colour); invalid: none
    };
    QList<Column> columns;
    QList<Row> rows;
    QString caption;   // under the table
    QString emptyText; // written instead of an empty table
};

// A drawing made by a core renderer (the grid, the score chart, a slice of the timeline),
// painted as vectors in rect, whose size is the figure's.
struct ReportFigure
{
    double width = 0; // 0: the width of the text column
    double height = 0;
    std::function<void(QPainter&, const QRectF&)> paint;
    QString caption;
    QString altText; // what the figure shows, for the ODT and for readers that cannot see it
};

// A table of contents: the headings at levels 1 and 2 with their page numbers.
struct ReportContents
{
};

// Visits a block with one lambda per kind: std::visit(ReportVisitor{[](const ReportTable&)...}).
template <class... Ts> struct ReportVisitor : Ts...
{
    using Ts::operator()...;
};

using ReportBlock = std::variant<ReportHeading, ReportParagraph, ReportKeyFigures, ReportTable,
                                 ReportFigure, ReportContents>;

// The first page, without header or footer.
struct ReportCover
{
    QString city;
    QString title;
    QString subtitle;
    QStringList details; // "Version 3", "Adopted by the council on 30 September 2025"
    QString date;
    QString status;
};

struct ReportDocument
{
    // Metadata: the PDF's title, author, subject and language, the ODT's too.
    QString title;
    QString author;
    QString subject;
    QString language = QStringLiteral("en");
    Qt::LayoutDirection direction = Qt::LeftToRight;
    // The report's numbers: its page numbers in the reader's digits.
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    // The paper the report was built for (its timeline is cut to the page); the ODT's too.
    QPageSize::PageSizeId paper = QPageSize::A4;

    // Every page but the cover: the header (city, title) and the footer (page X of Y, date).
    QString headerLeft;
    QString headerRight;
    QString footerDate;
    // "Page %1 of %2" in the report's language.
    QString pageOfPages = QStringLiteral("Page %1 of %2");

    std::optional<ReportCover> cover;
    bool chapterOnNewPage = true;
    QList<ReportBlock> blocks;

    // The program that wrote a report, in the PDF's and the ODT's metadata.
    static QString generator() { return QStringLiteral("Passerelle " PASSERELLE_VERSION); }

    // Appends, for builders.
    void heading(int level, const QString& text);
    void paragraph(const QString& text,
                   ReportParagraph::Style style = ReportParagraph::Style::Body);
    void add(ReportBlock block);
};

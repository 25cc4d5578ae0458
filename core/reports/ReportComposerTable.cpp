// SPDX-License-Identifier: GPL-3.0-or-later
// Tables, key figures, figures and the contents: the blocks of ReportComposer laid out in
// boxes rather than lines.
#include "ReportColumns.h"
#include "ReportComposer.h"
#include "common/NumberText.h"

#include <algorithm>
#include <numeric>

namespace {

constexpr double cellPadding = 4;
constexpr double markerSize = 6;

} // namespace

bool ReportComposer::table(const ReportTable& table)
{
    if (table.rows.isEmpty()) {
        if (!table.emptyText.isEmpty())
            paragraph(ReportParagraph::plain(table.emptyText, ReportParagraph::Style::Small));
        return true;
    }
    const int columns = int(table.columns.size());
    const double width = m_body.width();
    const QList<double> widths = ReportColumns::widths(
        [this](Role role, const QString& text) { return m_paginator.advance(role, text); }, table,
        width, cellPadding);
    QList<double> lefts(columns, m_body.left());
    for (int c = 1; c < columns; ++c)
        lefts[c] = lefts[c - 1] + widths[c - 1];

    // The header, measured once and drawn again at the top of every page the table runs on.
    QList<QStringList> headerLines(columns);
    int headerLineCount = 1;
    for (int c = 0; c < columns; ++c) {
        headerLines[c] = m_paginator.wrap(Role::TableHeader, table.columns.at(c).title,
                                          widths[c] - 2 * cellPadding);
        headerLineCount = std::max(headerLineCount, int(headerLines[c].size()));
    }
    const double headerHeight =
        headerLineCount * m_style.lineHeight(Role::TableHeader) + 2 * cellPadding;
    const auto drawHeader = [&] {
        page().boxes.push_back(
            {QRectF(m_body.left(), m_y, width, headerHeight), m_style.tint(), {}});
        for (int c = 0; c < columns; ++c) {
            double y = m_y + cellPadding + m_style.ascent(Role::TableHeader);
            const Qt::LayoutDirection direction = directionOf(table.columns.at(c).title);
            for (const QString& line : headerLines[c]) {
                const double x = table.columns.at(c).numeric
                                     ? lefts[c] + widths[c] - cellPadding -
                                           m_paginator.advance(Role::TableHeader, line)
                                     : lefts[c] + cellPadding;
                text(QPointF(x, y), line, Role::TableHeader, m_style.text(), direction);
                y += m_style.lineHeight(Role::TableHeader);
            }
        }
        m_y += headerHeight;
        page().rules.push_back(
            {QLineF(m_body.left(), m_y, m_body.right(), m_y), m_style.accent(), 0.75});
    };

    struct Measured
    {
        QList<QStringList> cells;
        double height = 0;
    };
    const double lineHeight = m_style.lineHeight(Role::TableCell);
    const auto measure = [&](const ReportTable::Row& row) {
        Measured m;
        if (row.style == ReportTable::Row::Style::Group) {
            m.cells.append(
                m_paginator.wrap(Role::TableCellBold, row.cells.value(0), width - 2 * cellPadding));
        } else {
            const Role role =
                row.style == ReportTable::Row::Style::Total ? Role::TableCellBold : Role::TableCell;
            for (int c = 0; c < columns; ++c) {
                double inner = widths[c] - 2 * cellPadding;
                if (c == 0 && row.marker.isValid())
                    inner -= markerSize + 4;
                m.cells.append(table.columns.at(c).numeric
                                   ? QStringList{row.cells.value(c)}
                                   : m_paginator.wrap(role, row.cells.value(c), inner));
            }
        }
        // A row taller than a page (a note of thousands of words) is cut to what a page holds
        // under the header, its last line ending in "…": rows are never split, and the ODT and
        // the program have the whole text.
        const int pageLines =
            std::max(1, int((m_body.height() - headerHeight - 2 * cellPadding) / lineHeight) - 1);
        int most = 1;
        for (QStringList& cell : m.cells) {
            if (cell.size() > pageLines) {
                cell = cell.mid(0, pageLines);
                cell.last() = cell.last().chopped(std::min<qsizetype>(2, cell.last().size())) +
                              QStringLiteral("…");
            }
            most = std::max(most, int(cell.size()));
        }
        m.height = most * lineHeight + 2 * cellPadding;
        return m;
    };

    const double captionHeight =
        table.caption.isEmpty()
            ? 0
            : 4 + m_style.lineHeight(Role::Caption) *
                      m_paginator.wrap(Role::Caption, table.caption, width).size();
    space(4);
    Measured current = measure(table.rows.first());
    ensure(headerHeight + current.height);
    drawHeader();
    int stripe = 0;
    for (int r = 0; r < table.rows.size(); ++r) {
        const ReportTable::Row& row = table.rows.at(r);
        const bool group = row.style == ReportTable::Row::Style::Group;
        Measured next;
        const bool hasNext = r + 1 < table.rows.size();
        if (hasNext)
            next = measure(table.rows.at(r + 1));
        // A row never split in two; a group's title kept with its first row, the last row with
        // the caption under the table.
        const double needed =
            current.height + (group && hasNext ? next.height : 0) + (hasNext ? 0 : captionHeight);
        if (needed > remaining() && m_y > m_body.top() + headerHeight + 0.01) {
            newPage();
            drawHeader();
        }
        const Role role =
            row.style == ReportTable::Row::Style::Normal ? Role::TableCell : Role::TableCellBold;
        if (group) {
            stripe = 0;
            page().boxes.push_back(
                {QRectF(m_body.left(), m_y, width, current.height), m_style.zebra(), {}});
            double y = m_y + cellPadding + m_style.ascent(role);
            const Qt::LayoutDirection direction = directionOf(row.cells.value(0));
            for (const QString& line : current.cells.first()) {
                text(QPointF(m_body.left() + cellPadding, y), line, role, m_style.accent(),
                     direction);
                y += lineHeight;
            }
        } else {
            if (row.style == ReportTable::Row::Style::Total)
                page().rules.push_back(
                    {QLineF(m_body.left(), m_y, m_body.right(), m_y), m_style.text(), 0.75});
            else if (stripe++ % 2 == 1)
                page().boxes.push_back(
                    {QRectF(m_body.left(), m_y, width, current.height), m_style.zebra(), {}});
            for (int c = 0; c < columns; ++c) {
                double left = lefts[c] + cellPadding;
                if (c == 0 && row.marker.isValid()) {
                    page().boxes.push_back(
                        {QRectF(left, m_y + cellPadding + 2.5, markerSize, markerSize),
                         row.marker,
                         {}});
                    left += markerSize + 4;
                }
                double y = m_y + cellPadding + m_style.ascent(role);
                // A wrapped cell's lines in the cell's direction; one line in its own.
                const Qt::LayoutDirection direction = current.cells.at(c).size() > 1
                                                          ? directionOf(row.cells.value(c))
                                                          : Qt::LayoutDirectionAuto;
                for (const QString& line : current.cells.at(c)) {
                    const double x =
                        table.columns.at(c).numeric
                            ? lefts[c] + widths[c] - cellPadding - m_paginator.advance(role, line)
                            : left;
                    text(QPointF(x, y), line, role, m_style.text(), direction);
                    y += lineHeight;
                }
            }
        }
        m_y += current.height;
        page().rules.push_back(
            {QLineF(m_body.left(), m_y, m_body.right(), m_y), m_style.rule(), 0.25});
        current = std::move(next);
        if (r % 64 == 63 && !tick())
            return false;
    }
    m_y += 4;
    if (!table.caption.isEmpty())
        paragraph(ReportParagraph::plain(table.caption, ReportParagraph::Style::Caption));
    else
        m_y += 6;
    return true;
}

void ReportComposer::keyFigures(const ReportKeyFigures& figures)
{
    if (figures.figures.isEmpty())
        return;
    const int perRow = std::min<int>(4, int(figures.figures.size()));
    const double gap = 8;
    const double boxWidth = (m_body.width() - gap * (perRow - 1)) / perRow;
    const double labelHeight = 3 * m_style.lineHeight(Role::FigureLabel);
    const double boxHeight = 10 + m_style.lineHeight(Role::FigureValue) + labelHeight + 8;
    space(4);
    for (int i = 0; i < figures.figures.size(); ++i) {
        const int column = i % perRow;
        if (column == 0) {
            if (i > 0)
                m_y += boxHeight + gap;
            ensure(boxHeight);
        }
        const ReportKeyFigures::Figure& figure = figures.figures.at(i);
        const QColor accent = figure.accent.isValid() ? figure.accent : m_style.accent();
        const double left = m_body.left() + column * (boxWidth + gap);
        page().boxes.push_back({QRectF(left, m_y, boxWidth, boxHeight), m_style.tint(), {}});
        page().boxes.push_back({QRectF(left, m_y, 3, boxHeight), accent, {}});
        const double saved = m_y;
        m_y += 10;
        // A long value ("MAD 349,025", Arabic digits and a currency's code) in a smaller bold
        // size rather than over the next box.
        Role valueRole = Role::FigureValue;
        for (const Role smaller : {Role::Heading2, Role::Heading3}) {
            if (m_paginator.advance(valueRole, figure.value) <= boxWidth - 16)
                break;
            valueRole = smaller;
        }
        lines({figure.value}, valueRole, left + 10, accent);
        m_y = saved + 10 + m_style.lineHeight(Role::FigureValue);
        QStringList label =
            m_paginator.wrap(Role::FigureLabel, figure.label, boxWidth - 16).mid(0, 3);
        lines(label, Role::FigureLabel, left + 10, m_style.text());
        m_y = saved;
    }
    m_y += boxHeight + 12;
}

void ReportComposer::figure(const ReportFigure& figure, int block)
{
    const double width = figure.width > 0 ? std::min(figure.width, m_body.width()) : m_body.width();
    const QStringList caption =
        figure.caption.isEmpty() ? QStringList()
                                 : m_paginator.wrap(Role::Caption, figure.caption, m_body.width());
    const double captionHeight = caption.size() * m_style.lineHeight(Role::Caption);
    const double height = std::min(figure.height, m_body.height() - captionHeight - 4);
    space(6);
    ensure(height + captionHeight + 4);
    const double left = m_body.left() + (m_body.width() - width) / 2;
    page().figures.push_back({block, QRectF(left, m_y, width, height)});
    m_y += height + 4;
    lines(caption, Role::Caption, m_body.left(), m_style.muted());
    m_y += 8;
}

void ReportComposer::contents()
{
    const double numberWidth = 30;
    for (size_t i = 0; i < m_pages.contents.size(); ++i) {
        const ReportPages::Entry& entry = m_pages.contents.at(i);
        const Role role = entry.level <= 1 ? Role::TableCellBold : Role::Body;
        const double indent = entry.level <= 1 ? 0 : 14;
        const QStringList texts =
            m_paginator.wrap(role, entry.text, m_body.width() - indent - numberWidth);
        const double height = texts.size() * m_style.lineHeight(role);
        if (entry.level <= 1)
            space(5);
        ensure(height);
        const double top = m_y;
        lines(texts, role, m_body.left() + indent, m_style.text());
        page().texts.push_back({QPointF(m_body.right(), top + m_style.ascent(role)), QString(),
                                role, m_style.text(), int(i), nullptr});
    }
    m_y += 10;
}

void ReportComposer::fillContents()
{
    for (ReportPages::Page& each : m_pages.pages) {
        for (ReportPages::Text& t : each.texts) {
            if (t.pageNumberOf < 0)
                continue;
            t.text = NumberText::plain(m_pages.contents.at(size_t(t.pageNumberOf)).page + 1,
                                       m_document.locale);
            const double advance = m_paginator.advance(t.role, t.text);
            // Right to left the number stands at the page's left, where mirror() put the edge.
            if (m_document.direction == Qt::RightToLeft)
                t.baseline.rx() = m_style.paperSize().width() - m_body.right();
            else
                t.baseline.rx() = m_body.right() - advance;
        }
    }
}

void ReportComposer::mirror(ReportPages::Page& page) const
{
    const double width = m_style.paperSize().width();
    const auto flip = [width](const QRectF& r) {
        return QRectF(width - r.right(), r.top(), r.width(), r.height());
    };
    for (ReportPages::Box& box : page.boxes)
        box.rect = flip(box.rect);
    for (ReportPages::Rule& rule : page.rules)
        rule.line =
            QLineF(width - rule.line.x1(), rule.line.y1(), width - rule.line.x2(), rule.line.y2());
    for (ReportPages::Figure& figure : page.figures)
        figure.rect = flip(figure.rect);
    for (ReportPages::Text& t : page.texts) {
        if (t.pageNumberOf < 0)
            t.baseline.rx() = width - t.baseline.x() - m_paginator.advance(t.role, t.text);
    }
    for (ReportPages::Rich& rich : page.rich)
        rich.offset.rx() = width - rich.offset.x() -
                           rich.layout->lineAt(rich.firstLine).width() / ReportStyle::measureScale;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of the OpenDocument text: OdtDocumentBuilder's table part.
#include "OdtDocumentBuilder.h"

#include "ReportColumns.h"

#include <QTextDocument>
#include <QTextTable>

QTextTable* OdtDocumentBuilder::insertTable(int rows, int columns, const QTextTableFormat& format)
{
    // A table cannot carry the page break Qt's writer would write: an empty paragraph does.
    if (m_breakBefore)
        startBlock(blockFormat(), charFormat(Role::Small));
    m_atStart = false;
    m_reuse = false;
    return m_cursor.insertTable(rows, columns, format);
}

void OdtDocumentBuilder::endTable()
{
    m_cursor.movePosition(QTextCursor::End);
    // The block after the table took the format of the one before (a heading's, perhaps).
    m_cursor.setBlockFormat(blockFormat());
    m_cursor.setBlockCharFormat(charFormat(Role::Body));
    m_reuse = true;
}

QList<double> OdtDocumentBuilder::columnShares(const ReportTable& table) const
{
    // As on the PDF's pages, a little more for numbers: word processors round and pad
    // differently.
    constexpr double padding = 3;
    const double width = m_style.body().width();
    const QList<double> widths = ReportColumns::widths(
        [this](ReportStyle::Role role, const QString& text) { return m_style.advance(role, text); },
        table, width, padding, 1.08);
    QList<double> shares;
    for (double each : widths)
        shares.append(100.0 * each / width);
    return shares;
}

void OdtDocumentBuilder::table(const ReportTable& table)
{
    using Style = ReportTable::Row::Style;
    const int columns = int(table.columns.size());
    if (table.rows.isEmpty() || columns == 0) {
        if (!table.emptyText.isEmpty())
            paragraph(ReportParagraph::plain(table.emptyText, ReportParagraph::Style::Small));
        return;
    }
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    // No ruled grid: tinted header and group rows, as on the PDF's pages.
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setBorder(0);
    format.setCellPadding(pixels(3));
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setLayoutDirection(m_document.direction);
    QList<QTextLength> widths;
    for (double share : columnShares(table))
        widths << QTextLength(QTextLength::PercentageLength, share);
    format.setColumnWidthConstraints(widths);

    QTextTable* grid = insertTable(int(table.rows.size()) + 1, columns, format);
    QTextTableCellFormat tinted;
    tinted.setBackground(m_style.tint());
    const QTextCharFormat header = charFormat(Role::TableHeader);
    const QTextCharFormat normal = charFormat(Role::TableCell);
    const QTextCharFormat bold = charFormat(Role::TableCellBold);
    QTextBlockFormat leading = blockFormat();
    leading.setBottomMargin(0);
    QTextBlockFormat trailing = leading;
    trailing.setAlignment(Qt::AlignTrailing);
    // Cell by cell with one cursor: much faster than looking each cell up.
    for (int c = 0; c < columns; ++c) {
        m_cursor.setBlockFormat(table.columns.at(c).numeric ? trailing : leading);
        m_cursor.setBlockCharFormat(header);
        m_cursor.insertText(own(table.columns.at(c).title), header);
        m_cursor.movePosition(QTextCursor::NextCell);
    }
    QList<int> groups;
    for (int r = 0; r < table.rows.size(); ++r) {
        const ReportTable::Row& row = table.rows.at(r);
        const QTextCharFormat& chars = row.style == Style::Normal ? normal : bold;
        for (int c = 0; c < columns; ++c) {
            const bool numeric = table.columns.at(c).numeric && row.style != Style::Group;
            m_cursor.setBlockFormat(numeric ? trailing : leading);
            m_cursor.setBlockCharFormat(chars);
            if (c == 0 && row.marker.isValid()) {
                QTextCharFormat marker = chars;
                marker.setForeground(row.marker);
                m_cursor.insertText(QStringLiteral("■ "), marker);
            }
            // A line break within the cell's paragraph: a new paragraph would throw the
            // cursor's walk from cell to cell off.
            if (c < row.cells.size())
                m_cursor.insertText(
                    own(QString(row.cells.at(c)).replace(QLatin1Char('\n'), QChar::LineSeparator)),
                    chars);
            m_cursor.movePosition(QTextCursor::NextCell);
        }
        if (row.style == Style::Group)
            groups << r + 1;
    }
    // Cell formats after the texts: a cell's format is its first block's character format,
    // which setBlockCharFormat() above replaces.
    for (int c = 0; c < columns; ++c)
        grid->cellAt(0, c).setFormat(tinted);
    for (int r : groups) {
        grid->cellAt(r, 0).setFormat(tinted);
        if (columns > 1)
            grid->mergeCells(r, 0, 1, columns);
    }
    endTable();
    if (!table.caption.isEmpty())
        paragraph(ReportParagraph::plain(table.caption, ReportParagraph::Style::Caption));
}

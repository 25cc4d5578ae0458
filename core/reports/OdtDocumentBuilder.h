// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportPaginator.h"
#include "ReportStyle.h"

#include <QHash>
#include <QTextCharFormat>
#include <QTextCursor>

#include <memory>

class QTextDocument;
class QTextList;
class QTextTable;
class QTextTableFormat;

// Turns a ReportDocument into a QTextDocument for the OpenDocument text: headings as heading
// blocks, tables as QTextTables with their header row, lists as lists, figures as pictures at
// print resolution (their alternative text as the picture's tooltip, which OdtAmender writes
// out), the cover as a first page of its own. Sizes given to the document are in Qt's
// "pixels" of 1/96 inch, since that is how its ODF writer converts them to points.
class OdtDocumentBuilder
{
public:
    explicit OdtDocumentBuilder(const ReportDocument& document);
    ~OdtDocumentBuilder();

    // Nothing when stopped by progress, which counts the figures, then the blocks.
    std::unique_ptr<QTextDocument> build(const ReportPaginator::Progress& progress = {});

    // Figures written apart from Qt's writer, which would deflate their PNG bytes again
    // (it names pictures without an extension): the document gets a pixel in their place and
    // pictures() their bytes by name, for OdtAmender to put in the archive.
    void setPicturesApart(bool apart) { m_picturesApart = apart; }
    const QHash<QString, QByteArray>& pictures() const { return m_pictures; }

    // Qt's ODF writer takes lengths as pixels at 96 dots an inch.
    static constexpr double pixels(double points) { return points * 96.0 / 72.0; }

private:
    using Role = ReportStyle::Role;

    QTextCharFormat charFormat(Role role) const;
    QTextBlockFormat blockFormat() const;
    // A new block (the first block of the document is reused), after a page break if asked.
    void startBlock(const QTextBlockFormat& format, const QTextCharFormat& chars);

    // A table at the cursor (a frame between two blocks), then the cursor in the empty block
    // Qt leaves after it, which the next block reuses.
    QTextTable* insertTable(int rows, int columns, const QTextTableFormat& format);
    void endTable();
    // The text as it must be written to keep its own direction in the document's (a French
    // name in an Arabic report): isolated where the two differ.
    QString own(const QString& text) const;
    // Each column's share of the width, in percent.
    QList<double> columnShares(const ReportTable& table) const;

    void cover(const ReportCover& cover);
    void heading(const ReportHeading& heading);
    void paragraph(const ReportParagraph& paragraph);
    void keyFigures(const ReportKeyFigures& figures);
    void table(const ReportTable& table);
    void figure(const ReportFigure& figure, int index);
    void contents();
    void line(const QString& text, Role role, const QColor& color);

    const ReportDocument& m_document;
    const ReportStyle m_style;
    std::unique_ptr<QTextDocument> m_text;
    QTextCursor m_cursor;
    bool m_atStart = true;      // nothing written yet
    bool m_reuse = true;        // the cursor's block is empty: the next block goes there
    bool m_breakBefore = false; // the next block starts a page
    QTextList* m_lists[4] = {}; // the bullet lists being filled, by depth
    bool m_picturesApart = false;
    QHash<int, QByteArray> m_rendered; // the figures' PNG bytes by block
    QHash<QString, QByteArray> m_pictures;
};

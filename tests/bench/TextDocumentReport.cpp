// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDocumentReport.h"

#include "reports/OdtReportWriter.h"
#include "reports/ReportStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace {

constexpr int figureObject = QTextFormat::UserObject + 1;
constexpr int figureIndex = QTextFormat::UserProperty + 1;
const QString marker = QStringLiteral("\u2063figure ");
constexpr double pixelsPerPoint = 96.0 / 72.0;

} // namespace

TextDocumentReport::TextDocumentReport(const ReportDocument& document, double textWidth)
    : m_document(document), m_textWidth(textWidth)
{
}

std::unique_ptr<QTextDocument> TextDocumentReport::build(const QSizeF& paper, double margin)
{
    // Each figure becomes a marked paragraph (and its caption), replaced below by an object.
    ReportDocument copy = m_document;
    copy.blocks.clear();
    m_figures.clear();
    for (const ReportBlock& block : m_document.blocks) {
        const auto* figure = std::get_if<ReportFigure>(&block);
        if (!figure) {
            copy.blocks.append(block);
            continue;
        }
        copy.paragraph(marker + QString::number(m_figures.size()));
        if (!figure->caption.isEmpty())
            copy.paragraph(figure->caption, ReportParagraph::Style::Caption);
        m_figures.push_back(figure);
    }
    std::unique_ptr<QTextDocument> text = OdtReportWriter::toTextDocument(copy);
    text->documentLayout()->registerHandler(figureObject, this);
    for (QTextBlock block = text->begin(); block.isValid(); block = block.next()) {
        if (!block.text().startsWith(marker))
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat object;
        object.setObjectType(figureObject);
        object.setProperty(figureIndex, block.text().mid(marker.size()).toInt());
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
    text->setPageSize(paper * pixelsPerPoint);
    text->setDocumentMargin(margin * pixelsPerPoint);
    return text;
}

QSizeF TextDocumentReport::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    const ReportFigure* figure = m_figures.at(size_t(format.property(figureIndex).toInt()));
    const double width = figure->width > 0 ? figure->width : m_textWidth;
    return QSizeF(width, figure->height) * pixelsPerPoint;
}

void TextDocumentReport::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                    const QTextFormat& format)
{
    const ReportFigure* figure = m_figures.at(size_t(format.property(figureIndex).toInt()));
    if (!figure->paint)
        return;
    const double width = figure->width > 0 ? figure->width : m_textWidth;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(rect.width() / width, rect.height() / figure->height);
    // Units of points, and the report's small text as the font (as ReportPainter gives it): a
    // font's size is in points of the device, which the painter then scales.
    QFont font(ReportStyle::family());
    const int dpi = painter->device() ? painter->device()->logicalDpiY() : 72;
    font.setPointSizeF(8.5 * 72.0 / dpi);
    painter->setFont(font);
    figure->paint(*painter, QRectF(0, 0, width, figure->height));
    painter->restore();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "OdtDocumentBuilder.h"

#include "OdtFigureRenderer.h"
#include "common/BidiText.h"

#include <QBuffer>
#include <QImage>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace {

// What Qt's writer gets for a picture written apart: a pixel, stored at once.
const QByteArray& placeholder()
{
    static const QByteArray png = [] {
        QImage pixel(1, 1, QImage::Format_RGB32);
        pixel.fill(Qt::white);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        pixel.save(&buffer, "PNG");
        return bytes;
    }();
    return png;
}

} // namespace

OdtDocumentBuilder::OdtDocumentBuilder(const ReportDocument& document) : m_document(document) {}

OdtDocumentBuilder::~OdtDocumentBuilder() = default;

QTextCharFormat OdtDocumentBuilder::charFormat(Role role) const
{
    QTextCharFormat format;
    format.setFontFamilies({ReportStyle::family()});
    format.setFontPointSize(m_style.pointSize(role));
    const QFont& font = m_style.font(role);
    format.setFontWeight(font.bold() ? QFont::Bold : QFont::Normal);
    format.setFontItalic(font.italic());
    format.setForeground(m_style.text());
    return format;
}

QTextBlockFormat OdtDocumentBuilder::blockFormat() const
{
    QTextBlockFormat format;
    format.setLayoutDirection(m_document.direction);
    format.setAlignment(Qt::AlignLeading);
    format.setBottomMargin(pixels(6));
    return format;
}

void OdtDocumentBuilder::startBlock(const QTextBlockFormat& format, const QTextCharFormat& chars)
{
    QTextBlockFormat block = format;
    if (m_breakBefore) {
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBefore = false;
    }
    m_atStart = false;
    if (m_reuse) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(chars);
        m_reuse = false;
    } else {
        m_cursor.insertBlock(block, chars);
    }
}

std::unique_ptr<QTextDocument> OdtDocumentBuilder::build(const ReportPaginator::Progress& progress)
{
    m_text = std::make_unique<QTextDocument>();
    QFont base(ReportStyle::family());
    base.setPointSizeF(m_style.pointSize(Role::Body));
    m_text->setDefaultFont(base);
    QTextOption option = m_text->defaultTextOption();
    option.setTextDirection(m_document.direction);
    m_text->setDefaultTextOption(option);
    m_text->setMetaInformation(QTextDocument::DocumentTitle, m_document.title);
    m_text->setPageSize(m_style.paperSize());
    // No undo, and no edit block: inside one, QTextCursor cannot move from cell to cell.
    m_text->setUndoRedoEnabled(false);
    m_cursor = QTextCursor(m_text.get());
    // The figures first, side by side on every core: most of the time of a long report.
    int figures = 0;
    for (const ReportBlock& block : m_document.blocks)
        figures += std::holds_alternative<ReportFigure>(block) ? 1 : 0;
    const int total = int(m_document.blocks.size()) + figures;
    std::optional<QHash<int, QByteArray>> rendered =
        OdtFigureRenderer::render(m_document, m_style.body().width(), [&](int done, int) {
            return !progress || progress(done, total);
        });
    if (!rendered)
        return nullptr;
    m_rendered = std::move(*rendered);
    if (m_document.cover)
        cover(*m_document.cover);
    for (int i = 0; i < m_document.blocks.size(); ++i) {
        const ReportBlock& block = m_document.blocks.at(i);
        if (!std::holds_alternative<ReportParagraph>(block) ||
            std::get<ReportParagraph>(block).style != ReportParagraph::Style::Bullet)
            std::fill(std::begin(m_lists), std::end(m_lists), nullptr);
        std::visit(ReportVisitor{
                       [&](const ReportHeading& b) { heading(b); },
                       [&](const ReportParagraph& b) { paragraph(b); },
                       [&](const ReportKeyFigures& b) { keyFigures(b); },
                       [&](const ReportTable& b) { table(b); },
                       [&](const ReportFigure& b) { figure(b, i); },
                       [&](const ReportContents&) { contents(); },
                   },
                   block);
        if (progress && !progress(figures + i + 1, total))
            return nullptr;
    }
    return std::move(m_text);
}

void OdtDocumentBuilder::line(const QString& text, Role role, const QColor& color)
{
    QTextCharFormat chars = charFormat(role);
    chars.setForeground(color);
    startBlock(blockFormat(), chars);
    m_cursor.insertText(own(text), chars);
}

void OdtDocumentBuilder::cover(const ReportCover& cover)
{
    line(cover.city, Role::CoverCity, m_style.accent());
    QTextBlockFormat spaced = blockFormat();
    spaced.setTopMargin(pixels(120));
    spaced.setBottomMargin(pixels(12));
    QTextCharFormat title = charFormat(Role::CoverTitle);
    startBlock(spaced, title);
    m_cursor.insertText(own(cover.title), title);
    if (!cover.subtitle.isEmpty())
        line(cover.subtitle, Role::CoverSubtitle, m_style.muted());
    for (const QString& detail : cover.details)
        line(detail, Role::Body, m_style.text());
    if (!cover.status.isEmpty())
        line(cover.status, Role::TableCellBold, m_style.accent());
    line(cover.date, Role::Body, m_style.muted());
    m_breakBefore = true;
}

void OdtDocumentBuilder::heading(const ReportHeading& heading)
{
    const int level = std::clamp(heading.level, 1, 3);
    const Role role = level == 1 ? Role::Heading1 : level == 2 ? Role::Heading2 : Role::Heading3;
    if (level == 1 && m_document.chapterOnNewPage && !m_atStart)
        m_breakBefore = true;
    QTextBlockFormat format = blockFormat();
    format.setHeadingLevel(level);
    format.setTopMargin(pixels(level == 1 ? 6 : level == 2 ? 14 : 9));
    format.setBottomMargin(pixels(level == 1 ? 10 : 4));
    QTextCharFormat chars = charFormat(role);
    chars.setForeground(level <= 2 ? m_style.accent() : m_style.text());
    startBlock(format, chars);
    m_cursor.insertText(own(heading.text), chars);
}

void OdtDocumentBuilder::paragraph(const ReportParagraph& paragraph)
{
    using Style = ReportParagraph::Style;
    Role role = Role::Body;
    QColor color = m_style.text();
    QTextBlockFormat format = blockFormat();
    switch (paragraph.style) {
    case Style::Lead:
        role = Role::Lead;
        break;
    case Style::Small:
        role = Role::Small;
        color = m_style.muted();
        break;
    case Style::Caption:
        role = Role::Caption;
        color = m_style.muted();
        break;
    case Style::Body:
    case Style::Bullet:
        break;
    }
    QTextCharFormat chars = charFormat(role);
    chars.setForeground(color);
    if (paragraph.style == Style::Bullet)
        format.setBottomMargin(pixels(2));
    startBlock(format, chars);
    if (paragraph.style == Style::Bullet) {
        const int depth = std::clamp(paragraph.level, 0, 3);
        // A deeper item ends the lists below it; the same depth continues its list.
        for (int d = depth + 1; d < 4; ++d)
            m_lists[d] = nullptr;
        if (m_lists[depth]) {
            m_lists[depth]->add(m_cursor.block());
        } else {
            QTextListFormat list;
            list.setStyle(depth == 0 ? QTextListFormat::ListDisc : QTextListFormat::ListCircle);
            list.setIndent(depth + 1);
            m_lists[depth] = m_cursor.createList(list);
        }
    }
    // A paragraph in the other direction than the document's is isolated whole (its runs may
    // have no letter of their own: a bold "(2025)." after French words).
    const Qt::LayoutDirection direction =
        BidiText::directionOf(paragraph.text(), m_document.direction);
    const bool isolate = direction != m_document.direction;
    if (isolate)
        m_cursor.insertText(QString(BidiText::isolateStart(direction)), chars);
    for (const ReportRun& run : paragraph.runs) {
        QTextCharFormat runFormat = chars;
        if (run.bold)
            runFormat.setFontWeight(QFont::Bold);
        if (run.italic)
            runFormat.setFontItalic(true);
        if (!run.link.isEmpty()) {
            runFormat.setAnchor(true);
            runFormat.setAnchorHref(run.link);
            runFormat.setFontUnderline(true);
            runFormat.setForeground(m_style.accent());
        }
        QString text = run.text;
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        m_cursor.insertText(text, runFormat);
    }
    if (isolate)
        m_cursor.insertText(QString(BidiText::isolateEnd()), chars);
}

QString OdtDocumentBuilder::own(const QString& text) const
{
    return BidiText::inLine(text, m_document.direction, m_document.direction);
}

void OdtDocumentBuilder::keyFigures(const ReportKeyFigures& figures)
{
    if (figures.figures.isEmpty())
        return;
    // Four a row at most: a large value ("259 850 €") needs a quarter of the width.
    constexpr int perRow = 4;
    const int count = int(figures.figures.size());
    const int columns = std::min(count, perRow);
    const int rows = (count + perRow - 1) / perRow;
    QTextTableFormat format;
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setBorder(0);
    format.setCellPadding(pixels(3));
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setLayoutDirection(m_document.direction);
    QTextTable* table = insertTable(2 * rows, columns, format);
    for (int i = 0; i < count; ++i) {
        const ReportKeyFigures::Figure& figure = figures.figures.at(i);
        const int row = 2 * (i / perRow);
        const int column = i % perRow;
        QTextCharFormat value = charFormat(Role::FigureValue);
        value.setForeground(figure.accent.isValid() ? figure.accent : m_style.accent());
        QTextCursor cell = table->cellAt(row, column).firstCursorPosition();
        cell.setBlockCharFormat(value);
        cell.insertText(own(figure.value), value);
        QTextCharFormat label = charFormat(Role::FigureLabel);
        label.setForeground(m_style.muted());
        cell = table->cellAt(row + 1, column).firstCursorPosition();
        cell.setBlockCharFormat(label);
        cell.insertText(own(figure.label), label);
    }
    endTable();
}

void OdtDocumentBuilder::figure(const ReportFigure& figure, int index)
{
    const QSizeF size = OdtFigureRenderer::size(figure, m_style.body().width());
    const QByteArray png = m_rendered.value(index);
    if (!png.isEmpty()) {
        const QString name = QStringLiteral("figure%1.png").arg(index);
        // Kept as PNG bytes, not as an image: a long status report has hundreds of figures
        // (its timeline), some 5 MB each once decoded.
        if (m_picturesApart) {
            m_pictures.insert(name, png);
            m_text->addResource(QTextDocument::ImageResource, QUrl(name), placeholder());
        } else {
            m_text->addResource(QTextDocument::ImageResource, QUrl(name), png);
        }
        QTextImageFormat picture;
        picture.setName(name);
        picture.setWidth(pixels(size.width()));
        picture.setHeight(pixels(size.height()));
        // Qt's writer has no alternative text: OdtAmender writes the tooltip out as the
        // picture's title and description.
        picture.setToolTip(figure.altText.isEmpty() ? figure.caption : figure.altText);
        QTextBlockFormat format = blockFormat();
        format.setTopMargin(pixels(6));
        startBlock(format, charFormat(Role::Body));
        m_cursor.insertImage(picture);
    }
    if (!figure.caption.isEmpty())
        paragraph(ReportParagraph::plain(figure.caption, ReportParagraph::Style::Caption));
}

void OdtDocumentBuilder::contents()
{
    // No page numbers: the officer's word processor makes its own table of contents from the
    // headings' outline once the wording is final; this list says what the report holds.
    for (const ReportBlock& block : m_document.blocks) {
        const auto* heading = std::get_if<ReportHeading>(&block);
        if (!heading || !heading->inContents || heading->level > 2)
            continue;
        QTextBlockFormat format = blockFormat();
        format.setLeftMargin(pixels(heading->level == 1 ? 0 : 16));
        format.setBottomMargin(pixels(heading->level == 1 ? 4 : 2));
        QTextCharFormat chars = charFormat(heading->level == 1 ? Role::TableCellBold : Role::Body);
        chars.setFontPointSize(m_style.pointSize(Role::Body));
        startBlock(format, chars);
        m_cursor.insertText(own(heading->text), chars);
    }
}

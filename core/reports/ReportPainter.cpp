// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPainter.h"

#include "FineText.h"
#include "FineTextPainter.h"
#include "common/BidiText.h"
#include "common/NumberText.h"

#include <QPaintDevice>
#include <QPainter>

ReportPainter::ReportPainter(const ReportStyle& style, const ReportDocument& document,
                             const ReportPages& pages)
    : m_style(style), m_document(document), m_pages(pages),
      m_frameTexts(std::make_unique<FineTextCache>(style.font(ReportStyle::Role::PageHeader),
                                                   document.direction))
{
}

double ReportPainter::scaleFor(const QPaintDevice& device)
{
    return device.logicalDpiY() / 72.0;
}

QFont ReportPainter::deviceFont(ReportStyle::Role role, const QPainter& painter,
                                double magnification) const
{
    // The painter's units are points: a font of n points must be n units high on any device.
    QFont font = m_style.font(role);
    const int dpi = painter.device() ? painter.device()->logicalDpiY() : 72;
    font.setPointSizeF(m_style.pointSize(role) * magnification * 72.0 / dpi);
    return font;
}

void ReportPainter::paint(QPainter& painter, int index) const
{
    if (index < 0 || index >= m_pages.count())
        return;
    const ReportPages::Page& page = m_pages.pages.at(size_t(index));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setLayoutDirection(m_document.direction);
    for (const ReportPages::Box& box : page.boxes) {
        if (box.stroke.isValid())
            painter.setPen(QPen(box.stroke, 0.5));
        else
            painter.setPen(Qt::NoPen);
        painter.setBrush(box.fill);
        painter.drawRect(box.rect);
    }
    painter.setBrush(Qt::NoBrush);
    for (const ReportPages::Rule& rule : page.rules) {
        painter.setPen(QPen(rule.color, rule.width));
        painter.drawLine(rule.line);
    }
    if (!page.cover)
        paintFrame(painter, index);
    paintTexts(painter, page);
    paintRich(painter, page);
    for (const ReportPages::Figure& figure : page.figures) {
        const auto* block = std::get_if<ReportFigure>(&m_document.blocks.at(figure.block));
        if (!block || !block->paint)
            continue;
        painter.save();
        painter.setClipRect(figure.rect.adjusted(-1, -1, 1, 1));
        // Renderers that take the painter's font get the report's.
        painter.setFont(deviceFont(ReportStyle::Role::Small, painter));
        block->paint(painter, figure.rect);
        painter.restore();
    }
    painter.restore();
}

void ReportPainter::paintTexts(QPainter& painter, const ReportPages::Page& page) const
{
    // Texts are drawn ten times larger on a painter scaled down as much, as they were measured
    // (ReportStyle): at 8 points a font engine rounds each letter's advance to a whole unit,
    // and a line drawn that way comes out some 4 % wider than measured.
    FineTextPainter fine(painter);
    // The font only for a text not shaped on this thread, set only when it changes: a long
    // table is thousands of texts.
    int currentRole = -1;
    QFont font;
    for (const ReportPages::Text& text : page.texts) {
        if (int(text.role) != currentRole) {
            font = deviceFont(text.role, painter);
            currentRole = int(text.role);
        }
        static const ReportPages::Shaped none;
        const ReportPages::Shaped& shaped = text.shaped ? *text.shaped : none;
        if (FineText::drawable(shaped))
            fine.draw(text.baseline, shaped, text.text, text.color, font);
        else // in its own direction, as the paginator shapes it (shaped on another thread)
            fine.draw(text.baseline, shaped,
                      BidiText::inLine(text.text, m_document.direction, m_document.direction),
                      text.color, font);
    }
}

void ReportPainter::paintRich(QPainter& painter, const ReportPages::Page& page) const
{
    const double scale = 1.0 / ReportStyle::measureScale;
    for (const ReportPages::Rich& rich : page.rich) {
        painter.save();
        painter.translate(rich.offset);
        painter.scale(scale, scale);
        painter.setPen(m_style.text());
        // Laid out on the reference device; its glyph runs draw at any resolution.
        for (int i = rich.firstLine; i < rich.firstLine + rich.lineCount; ++i)
            rich.layout->lineAt(i).draw(&painter, QPointF());
        painter.restore();
    }
}

void ReportPainter::paintFrame(QPainter& painter, int index) const
{
    using Role = ReportStyle::Role;
    const QRectF header = m_style.headerArea();
    const QRectF footer = m_style.footerArea();
    painter.setPen(QPen(m_style.rule(), 0.5));
    const QLineF rules[] = {QLineF(header.left(), header.bottom(), header.right(), header.bottom()),
                            QLineF(footer.left(), footer.top(), footer.right(), footer.top())};
    painter.drawLines(rules, 2);

    const bool rtl = m_document.direction == Qt::RightToLeft;
    const QFont font = deviceFont(Role::PageHeader, painter);
    FineTextPainter text(painter);
    const auto place = [&](const QRectF& area, double y, const QString& words, bool leading,
                           const QColor& color) {
        const auto label = m_frameTexts->label(words);
        const double advance = label->shaped.width / ReportStyle::measureScale;
        const bool left = leading != rtl;
        text.draw(QPointF(left ? area.left() : area.right() - advance, y), *label, color, font);
    };
    const double headerBaseline = header.bottom() - 5;
    place(header, headerBaseline, m_document.headerLeft, true, m_style.accent());
    place(header, headerBaseline, m_document.headerRight, false, m_style.muted());
    const double footerBaseline = footer.top() + 12;
    place(footer, footerBaseline, m_document.footerDate, true, m_style.muted());
    place(footer, footerBaseline,
          QString(m_document.pageOfPages)
              .arg(NumberText::plain(index + 1, m_document.locale),
                   NumberText::plain(int(m_pages.count()), m_document.locale)),
          false, m_style.muted());
}

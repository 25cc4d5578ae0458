// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPainter.h"

#include "FineText.h"
#include "common/BidiText.h"
#include "common/NumberText.h"

#include <QPaintDevice>
#include <QPainter>

ReportPainter::ReportPainter(const ReportStyle& style, const ReportDocument& document,
                             const ReportPages& pages)
    : m_style(style), m_document(document), m_pages(pages)
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

void ReportPainter::drawText(QPainter& painter, const QPointF& baseline, const QString& text,
                             ReportStyle::Role role, const QColor& color) const
{
    const double scale = ReportStyle::measureScale;
    painter.save();
    painter.scale(1 / scale, 1 / scale);
    painter.setFont(deviceFont(role, painter, scale));
    painter.setPen(color);
    painter.drawText(baseline * scale, text);
    painter.restore();
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
    const double magnification = ReportStyle::measureScale;
    painter.save();
    painter.scale(1 / magnification, 1 / magnification);
    // Font and pen are set only when they change: a long table is thousands of texts.
    int currentRole = -1;
    QRgb currentColor = 0;
    bool penSet = false;
    for (const ReportPages::Text& text : page.texts) {
        if (int(text.role) != currentRole) {
            painter.setFont(deviceFont(text.role, painter, magnification));
            currentRole = int(text.role);
        }
        if (!penSet || text.color.rgba() != currentColor) {
            painter.setPen(text.color);
            currentColor = text.color.rgba();
            penSet = true;
        }
        if (text.shaped && FineText::drawable(*text.shaped)) {
            const QPointF origin = text.baseline * magnification - QPointF(0, text.shaped->ascent);
            for (const QGlyphRun& run : text.shaped->runs)
                painter.drawGlyphRun(origin, run);
        } else {
            // In its own direction, as the paginator shaped it (a text shaped on another thread).
            painter.drawText(
                text.baseline * magnification,
                BidiText::inLine(text.text, m_document.direction, m_document.direction));
        }
    }
    painter.restore();
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
    const bool rtl = m_document.direction == Qt::RightToLeft;
    const auto place = [&](const QRectF& area, double y, const QString& text, bool leading,
                           const QColor& color) {
        const double advance = m_style.advance(Role::PageHeader, text);
        const bool left = leading != rtl;
        drawText(painter, QPointF(left ? area.left() : area.right() - advance, y), text,
                 Role::PageHeader, color);
    };
    const QRectF header = m_style.headerArea();
    const double headerBaseline = header.bottom() - 5;
    place(header, headerBaseline, m_document.headerLeft, true, m_style.accent());
    place(header, headerBaseline, m_document.headerRight, false, m_style.muted());
    painter.setPen(QPen(m_style.rule(), 0.5));
    painter.drawLine(QLineF(header.left(), header.bottom(), header.right(), header.bottom()));

    const QRectF footer = m_style.footerArea();
    painter.setPen(QPen(m_style.rule(), 0.5));
    painter.drawLine(QLineF(footer.left(), footer.top(), footer.right(), footer.top()));
    const double footerBaseline = footer.top() + 12;
    place(footer, footerBaseline, m_document.footerDate, true, m_style.muted());
    place(footer, footerBaseline,
          QString(m_document.pageOfPages)
              .arg(NumberText::plain(index + 1, m_document.locale),
                   NumberText::plain(int(m_pages.count()), m_document.locale)),
          false, m_style.muted());
}

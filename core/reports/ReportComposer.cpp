// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportComposer.h"

#include "common/BidiText.h"

#include <QTextLayout>

#include <cmath>

namespace {

constexpr double paragraphGap = 6;
constexpr double bulletIndent = 14;

bool listed(const ReportHeading& heading)
{
    return heading.inContents && heading.level <= 2;
}

} // namespace

ReportComposer::ReportComposer(const ReportStyle& style, const ReportPaginator& paginator,
                               const ReportDocument& document,
                               const ReportPaginator::Progress& progress)
    : m_style(style), m_paginator(paginator), m_document(document), m_progress(progress),
      m_body(style.body())
{
    m_total = int(document.blocks.size());
    for (const ReportBlock& block : document.blocks) {
        if (const auto* table = std::get_if<ReportTable>(&block))
            m_total += int(table->rows.size()) / 64;
        else if (const auto* heading = std::get_if<ReportHeading>(&block);
                 heading && listed(*heading))
            m_pages.contents.push_back({heading->level, heading->text, 0});
    }
}

bool ReportComposer::tick(int units)
{
    m_done += units;
    return !m_progress || m_progress(std::min(m_done, m_total), m_total);
}

void ReportComposer::newPage()
{
    if (!m_pages.pages.empty() && m_document.direction == Qt::RightToLeft)
        mirror(page());
    m_pages.pages.emplace_back();
    m_y = m_body.top();
}

void ReportComposer::breakPage()
{
    if (!atTop() || m_pages.pages.empty() || page().cover)
        newPage();
}

void ReportComposer::ensure(double height)
{
    if (height > remaining() && !atTop())
        newPage();
}

void ReportComposer::space(double points)
{
    if (!atTop())
        m_y = std::min(m_y + points, m_body.bottom());
}

bool ReportComposer::compose()
{
    if (m_document.cover)
        cover(*m_document.cover);
    else
        newPage();
    for (int i = 0; i < m_document.blocks.size(); ++i) {
        bool going = true;
        std::visit(ReportVisitor{
                       [&](const ReportHeading& b) { heading(b, leadHeight(i + 1)); },
                       [&](const ReportParagraph& b) { paragraph(b); },
                       [&](const ReportKeyFigures& b) { keyFigures(b); },
                       [&](const ReportTable& b) { going = table(b); },
                       [&](const ReportFigure& b) { figure(b, i); },
                       [&](const ReportContents&) { contents(); },
                   },
                   m_document.blocks.at(i));
        if (!going || !tick())
            return false;
    }
    if (m_document.direction == Qt::RightToLeft)
        mirror(page());
    fillContents();
    return true;
}

void ReportComposer::text(const QPointF& baseline, const QString& text, Role role,
                          const QColor& color, Qt::LayoutDirection direction)
{
    // Each text in its own direction (a French name in an Arabic table keeps its closing
    // parenthesis and full stop at its end, as a browser's dir=auto writes it); where it stands
    // on the line is the document's direction.
    if (direction == Qt::LayoutDirectionAuto)
        direction = BidiText::directionOf(text, m_document.direction);
    page().texts.push_back(
        {baseline, text, role, color, -1, m_paginator.shaped(role, text, direction)});
}

Qt::LayoutDirection ReportComposer::directionOf(const QString& text) const
{
    return BidiText::directionOf(text, m_document.direction);
}

double ReportComposer::lines(const QStringList& texts, Role role, double x, const QColor& color)
{
    const double height = m_style.lineHeight(role);
    const double ascent = m_style.ascent(role);
    // A wrapped paragraph's lines all read in its direction, a line that starts with a number
    // as much as the others.
    const Qt::LayoutDirection direction =
        texts.size() > 1 ? directionOf(texts.join(QLatin1Char(' '))) : Qt::LayoutDirectionAuto;
    for (const QString& line : texts) {
        text(QPointF(x, m_y + ascent), line, role, color, direction);
        m_y += height;
    }
    return height * texts.size();
}

void ReportComposer::cover(const ReportCover& cover)
{
    m_pages.pages.emplace_back();
    page().cover = true;
    const QSizeF paper = m_style.paperSize();
    const double x = m_body.left();
    const double width = m_body.width();
    // A band of the accent colour with the city's name, the title below it.
    const double band = paper.height() * 0.36;
    page().boxes.push_back({QRectF(0, 0, paper.width(), band), m_style.accent(), {}});
    m_y = band - 70;
    lines(m_paginator.wrap(Role::CoverCity, cover.city, width), Role::CoverCity, x, Qt::white);
    m_y = band + 48;
    lines(m_paginator.wrap(Role::CoverTitle, cover.title, width), Role::CoverTitle, x,
          m_style.text());
    m_y += 10;
    if (!cover.subtitle.isEmpty())
        lines(m_paginator.wrap(Role::CoverSubtitle, cover.subtitle, width), Role::CoverSubtitle, x,
              m_style.muted());
    m_y += 24;
    page().rules.push_back({QLineF(x, m_y, x + 60, m_y), m_style.accent(), 2});
    m_y += 18;
    for (const QString& detail : cover.details)
        lines(m_paginator.wrap(Role::Body, detail, width), Role::Body, x, m_style.text());
    m_y = m_body.bottom() - 2 * m_style.lineHeight(Role::Body);
    if (!cover.status.isEmpty())
        lines({cover.status}, Role::TableCellBold, x, m_style.accent());
    lines({cover.date}, Role::Body, x, m_style.muted());
    newPage();
}

double ReportComposer::leadHeight(int block) const
{
    // A heading stays with the first part of what it introduces: the headings and short
    // notes (a status line, a source) right under it, then a whole figure (a figure is never
    // cut), a table's header and first rows, or a paragraph's first lines.
    double height = 0;
    for (int i = block; i < m_document.blocks.size(); ++i) {
        const ReportBlock& next = m_document.blocks.at(i);
        if (const auto* heading = std::get_if<ReportHeading>(&next)) {
            if (heading->level <= 1)
                break;
            height +=
                m_style.lineHeight(heading->level == 2 ? Role::Heading2 : Role::Heading3) + 14;
            continue;
        }
        if (const auto* paragraph = std::get_if<ReportParagraph>(&next);
            paragraph && (paragraph->style == ReportParagraph::Style::Small ||
                          paragraph->style == ReportParagraph::Style::Caption)) {
            height += 2 * m_style.lineHeight(Role::Small) + 6;
            continue;
        }
        if (const auto* figure = std::get_if<ReportFigure>(&next))
            height += figure->height + 12;
        else if (std::holds_alternative<ReportTable>(next))
            height += 4 * m_style.lineHeight(Role::TableCell) + 12;
        else if (std::holds_alternative<ReportKeyFigures>(next))
            height += 70;
        else
            height += 3 * m_style.lineHeight(Role::Body);
        break;
    }
    return std::min(height, m_body.height() - 40);
}

void ReportComposer::heading(const ReportHeading& heading, double keepWith)
{
    const Role role = heading.level <= 1   ? Role::Heading1
                      : heading.level == 2 ? Role::Heading2
                                           : Role::Heading3;
    if (heading.level <= 1 && m_document.chapterOnNewPage)
        breakPage();
    else
        space(heading.level <= 1 ? 22 : heading.level == 2 ? 14 : 9);
    const QStringList texts = m_paginator.wrap(role, heading.text, m_body.width());
    const double height = texts.size() * m_style.lineHeight(role);
    ensure(height + keepWith);
    if (listed(heading)) {
        m_pages.contents[size_t(m_headings)].page = m_pages.count() - 1;
        ++m_headings;
    }
    lines(texts, role, m_body.left(), heading.level <= 2 ? m_style.accent() : m_style.text());
    if (heading.level <= 1) {
        m_y += 3;
        page().rules.push_back(
            {QLineF(m_body.left(), m_y, m_body.right(), m_y), m_style.rule(), 0.75});
        m_y += 9;
    } else {
        m_y += heading.level == 2 ? 4 : 2;
    }
}

int ReportComposer::linesHere(int left, double lineHeight) const
{
    int fit = int(std::floor((remaining() + 0.01) / lineHeight));
    if (fit >= left)
        return left;
    // No orphan (a first line alone at a page's foot), no widow (a last line alone at the top
    // of the next); a page too short for two lines of it takes none, unless it is a new page.
    if (left - fit < 2)
        fit = left - 2;
    if (fit < 2 && !atTop())
        return 0;
    return std::max(fit, 1);
}

ReportComposer::Role ReportComposer::roleOf(ReportParagraph::Style style)
{
    switch (style) {
    case ReportParagraph::Style::Lead:
        return Role::Lead;
    case ReportParagraph::Style::Small:
        return Role::Small;
    case ReportParagraph::Style::Caption:
        return Role::Caption;
    case ReportParagraph::Style::Body:
    case ReportParagraph::Style::Bullet:
        break;
    }
    return Role::Body;
}

void ReportComposer::paragraph(const ReportParagraph& paragraph)
{
    const Role role = roleOf(paragraph.style);
    double indent = 0;
    if (paragraph.style == ReportParagraph::Style::Bullet)
        indent = bulletIndent * (paragraph.level + 1);
    const bool plain = paragraph.runs.size() == 1 && !paragraph.runs.first().bold &&
                       !paragraph.runs.first().italic && paragraph.runs.first().link.isEmpty();
    if (!plain) {
        richParagraph(paragraph, role, indent);
    } else {
        const double lineHeight = m_style.lineHeight(role);
        const QStringList all =
            m_paginator.wrap(role, paragraph.runs.first().text, m_body.width() - indent);
        const QColor color = paragraph.style == ReportParagraph::Style::Caption ||
                                     paragraph.style == ReportParagraph::Style::Small
                                 ? m_style.muted()
                                 : m_style.text();
        int next = 0;
        while (next < all.size()) {
            const int fit = linesHere(int(all.size()) - next, lineHeight);
            if (fit == 0) {
                newPage();
                continue;
            }
            if (next == 0 && paragraph.style == ReportParagraph::Style::Bullet)
                text(QPointF(m_body.left() + indent - 9, m_y + m_style.ascent(role)),
                     QStringLiteral("•"), role, m_style.accent());
            lines(all.mid(next, fit), role, m_body.left() + indent, color);
            next += fit;
            if (next < all.size())
                newPage();
        }
    }
    m_y += paragraph.style == ReportParagraph::Style::Bullet ? 2 : paragraphGap;
}

void ReportComposer::richParagraph(const ReportParagraph& paragraph, Role role, double indent)
{
    QString whole;
    QList<QTextLayout::FormatRange> formats;
    for (const ReportRun& run : paragraph.runs) {
        QTextLayout::FormatRange range;
        range.start = int(whole.size());
        range.length = int(run.text.size());
        if (run.bold)
            range.format.setFontWeight(QFont::Bold);
        if (run.italic)
            range.format.setFontItalic(true);
        if (!run.link.isEmpty()) {
            range.format.setForeground(m_style.accent());
            range.format.setFontUnderline(true);
        }
        formats.append(range);
        whole += run.text;
    }
    whole.replace(QLatin1Char('\n'), QChar::LineSeparator);
    const double scale = ReportStyle::measureScale;
    auto layout =
        std::make_shared<QTextLayout>(whole, m_style.font(role), m_style.referenceDevice());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    // The paragraph in its own direction (a French evidence note in an Arabic report keeps its
    // punctuation where French puts it), on the document's side of the page.
    option.setTextDirection(directionOf(whole));
    option.setAlignment((m_document.direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) |
                        Qt::AlignAbsolute);
    layout->setTextOption(option);
    layout->setFormats(formats);
    const double lineHeight = m_style.lineHeight(role);
    const double width = m_body.width() - indent;
    layout->beginLayout();
    int count = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width * scale);
        // Each line at the paragraph's own rhythm, baseline where the plain texts put it.
        line.setPosition(
            QPointF(0, (count * lineHeight + m_style.ascent(role)) * scale - line.ascent()));
        ++count;
    }
    layout->endLayout();
    int next = 0;
    bool bullet = paragraph.style == ReportParagraph::Style::Bullet;
    while (next < count) {
        const int fit = linesHere(count - next, lineHeight);
        if (fit == 0) {
            newPage();
            continue;
        }
        if (bullet) {
            text(QPointF(m_body.left() + indent - 9, m_y + m_style.ascent(role)),
                 QStringLiteral("•"), role, m_style.accent());
            bullet = false;
        }
        page().rich.push_back(
            {layout, next, fit, QPointF(m_body.left() + indent, m_y - next * lineHeight)});
        m_y += fit * lineHeight;
        next += fit;
        if (next < count)
            newPage();
    }
}

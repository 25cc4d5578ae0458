// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPaginator.h"

#include "FineText.h"
#include "ReportComposer.h"
#include "common/BidiText.h"

#include <QTextLayout>

ReportPaginator::ReportPaginator(const ReportStyle& style) : m_style(style) {}

std::optional<ReportPages> ReportPaginator::paginate(const ReportDocument& document,
                                                     const Progress& progress) const
{
    ReportComposer composer(m_style, *this, document, progress);
    if (!composer.compose())
        return std::nullopt;
    return composer.take();
}

QStringList ReportPaginator::wrap(ReportStyle::Role role, const QString& text, double width) const
{
    if (text.contains(QLatin1Char('\n')))
        return layOut(role, text, width);
    Measured& measured = m_measured[size_t(role)][text];
    if (measured.advance < 0)
        measured.advance = m_style.advance(role, text);
    // Most cells and headings fit on one line: measured, not laid out.
    if (measured.advance <= width)
        return {text};
    if (measured.wrappedAt != width) {
        measured.lines = layOut(role, text, width);
        measured.wrappedAt = width;
    }
    return measured.lines;
}

double ReportPaginator::advance(ReportStyle::Role role, const QString& text) const
{
    Measured& measured = m_measured[size_t(role)][text];
    if (measured.advance < 0)
        measured.advance = m_style.advance(role, text);
    return measured.advance;
}

std::shared_ptr<const ReportPages::Shaped>
ReportPaginator::shaped(ReportStyle::Role role, const QString& text,
                        Qt::LayoutDirection direction) const
{
    const bool rtl = direction == Qt::RightToLeft;
    std::shared_ptr<const ReportPages::Shaped>& known = m_shaped[rtl][size_t(role)][text];
    if (known)
        return known;
    known = std::make_shared<ReportPages::Shaped>(
        FineText::shape(text, m_style.font(role), rtl ? Qt::RightToLeft : Qt::LeftToRight));
    return known;
}

QStringList ReportPaginator::layOut(ReportStyle::Role role, const QString& text, double width) const
{
    QString laid = text;
    laid.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(laid, m_style.font(role), m_style.referenceDevice());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.setCacheEnabled(false);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width * ReportStyle::measureScale);
        QString part = laid.mid(line.textStart(), line.textLength());
        while (!part.isEmpty() && (part.back().isSpace() || part.back() == QChar::LineSeparator))
            part.chop(1);
        lines << part;
    }
    layout.endLayout();
    if (lines.isEmpty())
        lines << QString();
    return lines;
}

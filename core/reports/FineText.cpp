// SPDX-License-Identifier: GPL-3.0-or-later
#include "FineText.h"

#include "common/BidiText.h"

#include <QFontMetricsF>
#include <QRawFont>
#include <QTextLayout>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace {

// The spaces a report writes: a space, and the no-break ones French puts before a colon and
// between thousands. Spaces by Unicode's definition: their glyphs draw nothing.
QString spacesIn(const QString& text)
{
    QString spaces;
    for (const QChar c : text) {
        if ((c == u' ' || c == u'\u00a0' || c == u'\u202f' || c == u'\u2009' || c == u'\u2007') &&
            !spaces.contains(c))
            spaces.append(c);
    }
    return spaces;
}

} // namespace

ReportPages::Shaped FineText::shape(const QString& text, const QFont& font,
                                    Qt::LayoutDirection direction)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setUseDesignMetrics(true);
    option.setTextDirection(direction);
    option.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
    layout.setTextOption(option);
    // Kept after the layout: glyphRuns() would shape the text a second time.
    layout.setCacheEnabled(true);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(line.naturalTextWidth() + 1);
    layout.endLayout();
    ReportPages::Shaped shaped;
    if (!line.isValid())
        return shaped;
    shaped.runs = line.glyphRuns();
    shaped.ascent = line.ascent();
    shaped.width = line.naturalTextWidth();
    shaped.thread = QThread::currentThread();
    // Drawn from the left end of the text, as QPainter::drawText(point) draws it, each glyph
    // at a whole unit (a tenth of a point, less than half a 600-dpi printer's dot from where
    // it was shaped): QPdfWriter writes every glyph's offset from the last with up to nine
    // digits, and two or three instead make the page a fifth shorter to write and compress.
    // A run with marks (Arabic vowels) keeps their exact places: a mark rounded onto its
    // letter's unit is read back by pdftotext on the letter before.
    // The spaces' glyphs are left out: they draw nothing, the gap between the words stays, and
    // a PDF reader finds the words by that gap (pdftotext, a viewer's search and copy), while
    // QPdfWriter writes every glyph as an operation of its own (a tenth of a report's glyphs).
    const double left = line.naturalTextRect().left();
    const QString spaces = spacesIn(text);
    for (QGlyphRun& run : shaped.runs) {
        QList<quint32> blanks;
        if (!spaces.isEmpty())
            blanks = run.rawFont().glyphIndexesForString(spaces);
        blanks.removeAll(0);
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        const qsizetype count = std::min(glyphs.size(), positions.size());
        bool marks = false;
        for (qsizetype i = 1; i < count && !marks; ++i)
            marks = std::abs(positions.at(i).x() - positions.at(i - 1).x()) < 1;
        QList<quint32> kept;
        QList<QPointF> at;
        kept.reserve(count);
        at.reserve(count);
        for (qsizetype i = 0; i < count; ++i) {
            if (blanks.contains(glyphs.at(i)))
                continue;
            const QPointF p = positions.at(i) - QPointF(left, 0);
            kept.append(glyphs.at(i));
            at.append(marks ? p : QPointF(std::round(p.x()), std::round(p.y())));
        }
        run.setGlyphIndexes(kept);
        run.setPositions(at);
    }
    return shaped;
}

ReportPages::Shaped FineText::shapeWithin(const QString& text, const QFont& font, double width,
                                          QString* shown, Qt::LayoutDirection direction)
{
    // In the text's own direction (the one given when it has no letter): an Arabic name cut
    // short ends on its left, and a French one in an Arabic report keeps its punctuation where
    // French puts it.
    direction = BidiText::directionOf(text, direction);
    ReportPages::Shaped whole = shape(text, font, direction);
    if (whole.width <= width) {
        *shown = text;
        return whole;
    }
    *shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
    return shape(*shown, font, direction);
}

QPointF FineText::origin(const QPointF& baseline, const ReportPages::Shaped& shaped)
{
    const QPointF exact = baseline * ReportStyle::measureScale - QPointF(0, shaped.ascent);
    return QPointF(std::round(exact.x()), std::round(exact.y()));
}

bool FineText::drawable(const ReportPages::Shaped& shaped)
{
    return shaped.thread == QThread::currentThread();
}

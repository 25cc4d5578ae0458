// SPDX-License-Identifier: GPL-3.0-or-later
#include "FineText.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <QThread>

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
    layout.setCacheEnabled(false);
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
    // Drawn from the left end of the text, as QPainter::drawText(point) draws it.
    const double left = line.naturalTextRect().left();
    if (left != 0) {
        for (QGlyphRun& run : shaped.runs) {
            QList<QPointF> positions = run.positions();
            for (QPointF& p : positions)
                p.rx() -= left;
            run.setPositions(positions);
        }
    }
    return shaped;
}

ReportPages::Shaped FineText::shapeWithin(const QString& text, const QFont& font, double width,
                                          QString* shown, Qt::LayoutDirection direction)
{
    ReportPages::Shaped whole = shape(text, font, direction);
    if (whole.width <= width) {
        *shown = text;
        return whole;
    }
    *shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
    return shape(*shown, font, direction);
}

bool FineText::drawable(const ReportPages::Shaped& shaped)
{
    return shaped.thread == QThread::currentThread();
}

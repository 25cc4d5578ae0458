// SPDX-License-Identifier: GPL-3.0-or-later
#include "InfluenceGridLayout.h"

#include "common/TextLimits.h"

#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

constexpr int scores = Stakeholder::maxScore - Stakeholder::minScore + 1;
constexpr qreal margin = 16;
constexpr qreal cellPadding = 6;
constexpr qreal listDotRadius = 5.5;

QFont fontOfSize(int pixels, bool bold, qreal viewScale, const QString& family)
{
    // Pixel sizes: the drawing is the same on any screen and in any file; shown small, the
    // text grows in logical units so that it stays readable on screen.
    QFont font;
    if (!family.isEmpty())
        font.setFamily(family);
    font.setPixelSize(std::max(
        pixels, int(std::ceil(InfluenceGridLayout::minTextPixels / std::max(viewScale, 0.01)))));
    font.setBold(bold);
    return font;
}

// The width of the legend's note on the middle score, wrapped.
constexpr qreal noteWidth = 230;

} // namespace

InfluenceGridLayout::InfluenceGridLayout()
{
    setMarks({});
}

InfluenceGridLayout::Words InfluenceGridLayout::Words::interface()
{
    Words words;
    for (int q = 0; q < QuadrantCount; ++q)
        words.quadrants[size_t(q)] = quadrantLabel(Quadrant(q));
    words.legendTitle = InfluenceGridLayout::legendTitle();
    words.interestTitle = InfluenceGridLayout::interestTitle();
    words.influenceTitle = InfluenceGridLayout::influenceTitle();
    words.boundaryNote = InfluenceGridLayout::boundaryNote();
    words.caption = tr("%1 · %2");
    words.legendEntry = tr("%1 (%2)");
    for (Stakeholder::Kind kind : Stakeholder::allKinds())
        words.kinds << Stakeholder::label(kind);
    return words;
}

void InfluenceGridLayout::setWords(Words words)
{
    m_words = std::move(words);
    layOut();
}

void InfluenceGridLayout::setFontFamily(const QString& family)
{
    m_family = family;
    layOut();
}

void InfluenceGridLayout::setLegendPlace(LegendPlace place)
{
    m_legendPlace = place;
    layOut();
}

InfluenceGridLayout::Quadrant InfluenceGridLayout::quadrantOf(int influence, int interest)
{
    const bool high = isHigh(std::clamp(influence, Stakeholder::minScore, Stakeholder::maxScore));
    const bool interested =
        isHigh(std::clamp(interest, Stakeholder::minScore, Stakeholder::maxScore));
    if (high)
        return interested ? ManageClosely : KeepSatisfied;
    return interested ? KeepInformed : Monitor;
}

QString InfluenceGridLayout::boundaryNote()
{
    return tr("A score of %1 counts as high: the lines run between %2 and %1.")
        .arg(highFrom)
        .arg(highFrom - 1);
}

void InfluenceGridLayout::setMarks(std::vector<InfluenceGridMark> marks)
{
    m_marks = std::move(marks);
    for (InfluenceGridMark& mark : m_marks) {
        mark.influence = std::clamp(mark.influence, Stakeholder::minScore, Stakeholder::maxScore);
        mark.interest = std::clamp(mark.interest, Stakeholder::minScore, Stakeholder::maxScore);
    }
    sortCells();
    layOut();
}

void InfluenceGridLayout::setViewScale(qreal scale)
{
    if (scale <= 0 || qFuzzyCompare(scale, m_viewScale))
        return;
    m_viewScale = scale;
    layOut();
}

void InfluenceGridLayout::sortCells()
{
    for (std::vector<int>& cell : m_cells)
        cell.clear();
    m_quadrantCounts.fill(0);
    for (size_t i = 0; i < m_marks.size(); ++i) {
        const InfluenceGridMark& mark = m_marks[i];
        m_cells[size_t(cellIndex({mark.influence, mark.interest}))].push_back(int(i));
        ++m_quadrantCounts[size_t(quadrantOf(mark.influence, mark.interest))];
    }
    // Name order, so that a mark keeps its place while the others change. Sorted once per
    // set of marks: a zoom lays the cells out again without sorting 50,000 names.
    for (std::vector<int>& members : m_cells) {
        std::sort(members.begin(), members.end(), [this](int a, int b) {
            const int c = QString::compare(m_marks[size_t(a)].name, m_marks[size_t(b)].name,
                                           Qt::CaseInsensitive);
            return c != 0 ? c < 0 : m_marks[size_t(a)].id < m_marks[size_t(b)].id;
        });
    }
}

void InfluenceGridLayout::layOut()
{
    m_labelFont = fontOfSize(12, false, m_viewScale, m_family);
    m_titleFont = fontOfSize(14, true, m_viewScale, m_family);
    m_nameFont = fontOfSize(11, false, m_viewScale, m_family);
    const QFontMetricsF label(m_labelFont);
    const QFontMetricsF title(m_titleFont);
    m_band = title.height() + 10;
    const qreal tickWidth = label.horizontalAdvance(QStringLiteral("5")) + 10;
    m_plot = QRectF(margin + title.height() + 8 + tickWidth, margin, scores * cellWidth,
                    scores * cellHeight + 2 * m_band);
    m_interestTitle =
        QRectF(m_plot.left(), m_plot.bottom() + 8 + label.height(), m_plot.width(), title.height());
    const qreal influenceWidth = title.horizontalAdvance(m_words.influenceTitle) + 4;
    m_influenceTitle = QRectF(0, 0, influenceWidth, title.height());
    m_influenceTitle.moveCenter(
        {margin + title.height() / 2, m_plot.top() + m_band + scores * cellHeight / 2});
    place();
    layOutLegend();
    qreal right = std::max({m_plot.right(), m_legendTitle.right(), m_boundaryNote.right()});
    qreal bottom = std::max(m_interestTitle.bottom(), m_boundaryNote.bottom());
    for (const LegendEntry& entry : m_legend) {
        right = std::max(right, entry.textRect.right());
        bottom = std::max(bottom, entry.textRect.bottom());
    }
    m_page = QSizeF(std::ceil(right + margin), std::ceil(bottom + margin));
}

const std::vector<int>& InfluenceGridLayout::marksIn(const Cell& cell) const
{
    return m_cells[size_t(cellIndex(cell))];
}

int InfluenceGridLayout::cellIndex(const Cell& cell)
{
    return (cell.influence - Stakeholder::minScore) * scores + cell.interest -
           Stakeholder::minScore;
}

QRectF InfluenceGridLayout::cellRect(const Cell& cell) const
{
    return QRectF(m_plot.left() + (cell.interest - Stakeholder::minScore) * cellWidth,
                  m_plot.top() + m_band + (Stakeholder::maxScore - cell.influence) * cellHeight,
                  cellWidth, cellHeight);
}

QRectF InfluenceGridLayout::quadrantRect(Quadrant quadrant) const
{
    // The lines run along the edges of the cells of highFrom, never through a cell.
    const qreal midX = cellRect({Stakeholder::minScore, highFrom}).left();
    const qreal midY = cellRect({highFrom, Stakeholder::minScore}).bottom();
    const bool high = quadrant == KeepSatisfied || quadrant == ManageClosely;
    const bool interested = quadrant == ManageClosely || quadrant == KeepInformed;
    return QRectF(QPointF(interested ? midX : m_plot.left(), high ? m_plot.top() : midY),
                  QPointF(interested ? m_plot.right() : midX, high ? midY : m_plot.bottom()));
}

QRectF InfluenceGridLayout::quadrantLabelRect(Quadrant quadrant) const
{
    const QRectF q = quadrantRect(quadrant);
    const bool high = quadrant == KeepSatisfied || quadrant == ManageClosely;
    return QRectF(q.left(), high ? q.top() : q.bottom() - m_band, q.width(), m_band);
}

QString InfluenceGridLayout::quadrantLabel(Quadrant quadrant)
{
    switch (quadrant) {
    case KeepSatisfied:
        return tr("Keep satisfied");
    case ManageClosely:
        return tr("Manage closely");
    case Monitor:
        return tr("Monitor");
    case KeepInformed:
        return tr("Keep informed");
    case QuadrantCount:
        break;
    }
    return {};
}

QString InfluenceGridLayout::quadrantCaption(Quadrant quadrant) const
{
    const int count = m_quadrantCounts[size_t(quadrant)];
    const QString& label = m_words.quadrants[size_t(quadrant)];
    if (count == 0)
        return label;
    return QString(m_words.caption).arg(label, m_words.locale.toString(count));
}

QRectF InfluenceGridLayout::countRect(const Cell& cell) const
{
    return cellRect(cell).adjusted(cellPadding, cellPadding, -cellPadding, -cellPadding);
}

QString InfluenceGridLayout::countText(int count)
{
    return tr("%n stakeholder(s)", "", count);
}

QString InfluenceGridLayout::legendTitle()
{
    return tr("Kinds of stakeholder");
}

QString InfluenceGridLayout::interestTitle()
{
    return tr("Interest");
}

QString InfluenceGridLayout::influenceTitle()
{
    return tr("Influence");
}

QRectF InfluenceGridLayout::interestTickRect(int score) const
{
    const QRectF cell = cellRect({Stakeholder::minScore, score});
    return QRectF(cell.left(), m_plot.bottom() + 4, cell.width(),
                  QFontMetricsF(m_labelFont).height());
}

QRectF InfluenceGridLayout::influenceTickRect(int score) const
{
    const QRectF cell = cellRect({score, Stakeholder::minScore});
    const qreal width = QFontMetricsF(m_labelFont).horizontalAdvance(QStringLiteral("5")) + 4;
    return QRectF(m_plot.left() - 6 - width, cell.top(), width, cell.height());
}

std::optional<InfluenceGridLayout::Cell> InfluenceGridLayout::cellAt(const QPointF& point) const
{
    const QRectF cells(m_plot.left(), m_plot.top() + m_band, scores * cellWidth,
                       scores * cellHeight);
    if (!cells.contains(point))
        return std::nullopt;
    const int column = std::min(scores - 1, int((point.x() - cells.left()) / cellWidth));
    const int row = std::min(scores - 1, int((point.y() - cells.top()) / cellHeight));
    return Cell{Stakeholder::maxScore - row, Stakeholder::minScore + column};
}

int InfluenceGridLayout::markAt(const QPointF& point) const
{
    const std::optional<Cell> cell = cellAt(point);
    if (!cell)
        return -1;
    for (int mark : marksIn(*cell)) {
        if (m_places[size_t(mark)].hitRect.contains(point))
            return mark;
    }
    return -1;
}

void InfluenceGridLayout::place()
{
    m_places.assign(m_marks.size(), Place{});
    for (int influence = Stakeholder::minScore; influence <= Stakeholder::maxScore; ++influence) {
        for (int interest = Stakeholder::minScore; interest <= Stakeholder::maxScore; ++interest) {
            const Cell cell{influence, interest};
            placeCell(cell, m_cells[size_t(cellIndex(cell))]);
        }
    }
}

void InfluenceGridLayout::placeCell(const Cell& cell, const std::vector<int>& members)
{
    const QRectF inner =
        cellRect(cell).adjusted(cellPadding, cellPadding, -cellPadding, -cellPadding);
    const QFontMetricsF names(m_nameFont);
    const qreal dotRadius = std::max(listDotRadius, names.height() * 0.3);
    const qreal rowHeight = std::max(names.height() + 2, 2 * dotRadius + 4);
    const int n = int(members.size());
    CellMode& mode = m_modes[size_t(cellIndex(cell))];
    if (n <= int(inner.height() / rowHeight)) {
        // Few: one line each, the dot and the name.
        mode = CellMode::Names;
        const qreal top = inner.top() + (inner.height() - n * rowHeight) / 2;
        for (int i = 0; i < n; ++i) {
            Place& p = m_places[size_t(members[size_t(i)])];
            const QRectF row(inner.left(), top + i * rowHeight, inner.width(), rowHeight);
            p.radius = dotRadius;
            p.center = QPointF(row.left() + dotRadius + 2, row.center().y());
            p.nameRect =
                QRectF(QPointF(p.center.x() + dotRadius + 4, row.top()), row.bottomRight());
            p.hitRect = row;
            // Eliding lays out the whole text: a name of megabytes would take seconds.
            p.name =
                names.elidedText(TextLimits::shortened(m_marks[size_t(members[size_t(i)])].name),
                                 Qt::ElideRight, p.nameRect.width());
        }
        return;
    }
    // Many: a grid of dots filling the cell, if they stay apart on screen.
    const int columns = int(std::ceil(std::sqrt(n * inner.width() / inner.height())));
    const int rows = (n + columns - 1) / columns;
    const qreal step = std::min(inner.width() / columns, inner.height() / rows);
    if (step * m_viewScale < minDotStepPixels) {
        // Too many to tell apart: the number, until a zoom makes room (the marks have no
        // place, so nothing is drawn or found for them).
        mode = CellMode::Count;
        return;
    }
    mode = CellMode::Dots;
    const qreal radius = std::clamp(step * 0.38, 1.5, listDotRadius);
    const QPointF origin(inner.center().x() - (columns - 1) * step / 2,
                         inner.center().y() - (rows - 1) * step / 2);
    for (int i = 0; i < n; ++i) {
        Place& p = m_places[size_t(members[size_t(i)])];
        p.center = origin + QPointF((i % columns) * step, (i / columns) * step);
        p.radius = radius;
        p.hitRect = QRectF(p.center - QPointF(step / 2, step / 2), QSizeF(step, step));
    }
}

void InfluenceGridLayout::layOutLegend()
{
    const QFontMetricsF label(m_labelFont);
    const QFontMetricsF title(m_titleFont);
    const bool below = m_legendPlace == LegendPlace::Below;
    const qreal left = below ? m_plot.left() : m_plot.right() + 28;
    const qreal top = below ? m_interestTitle.bottom() + 24 : m_plot.top();
    m_legendTitle =
        QRectF(left, top, title.horizontalAdvance(m_words.legendTitle) + 2, title.height());
    std::array<int, 16> counts{};
    for (const InfluenceGridMark& mark : m_marks)
        ++counts[size_t(mark.kind)];
    m_legend.clear();
    const qreal rowHeight = std::max(label.height(), qreal(14)) + 8;
    qreal widest = 0;
    for (Stakeholder::Kind kind : Stakeholder::allKinds()) {
        const QString name = int(kind) < m_words.kinds.size() ? m_words.kinds.at(int(kind))
                                                              : Stakeholder::label(kind);
        LegendEntry entry{
            kind, QString(m_words.legendEntry).arg(name).arg(counts[size_t(kind)]), {}, {}};
        widest = std::max(widest, label.horizontalAdvance(entry.text) + 2);
        m_legend.push_back(entry);
    }
    // Beside the plot one column; below it as many as its width holds, filled column by column.
    const qreal columnWidth = 20 + widest + 24;
    const int columns = below ? std::max(1, int(m_plot.width() / columnWidth)) : 1;
    const int rows = (int(m_legend.size()) + columns - 1) / columns;
    const qreal firstRow = m_legendTitle.bottom() + 10;
    for (int i = 0; i < int(m_legend.size()); ++i) {
        LegendEntry& entry = m_legend[size_t(i)];
        const qreal x = left + (i / rows) * columnWidth;
        const qreal y = firstRow + (i % rows) * rowHeight;
        entry.swatch = QRectF(x, y + (rowHeight - 12) / 2, 12, 12);
        entry.textRect = QRectF(x + 20, y, label.horizontalAdvance(entry.text) + 2, rowHeight);
    }
    const qreal y = firstRow + rows * rowHeight;
    const qreal width = below ? m_plot.width() : std::max(noteWidth, m_legendTitle.width());
    m_boundaryNote = label.boundingRect(QRectF(left, y + 12, width, 10000),
                                        Qt::AlignLeft | Qt::TextWordWrap, m_words.boundaryNote);
    m_boundaryNote.setWidth(width);
    if (m_legendPlace == LegendPlace::Apart) {
        // Nothing on the page: the entries keep their texts only.
        m_legendTitle = {};
        m_boundaryNote = {};
        for (LegendEntry& entry : m_legend)
            entry.swatch = entry.textRect = {};
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTimelineFigure.h"

#include "FineTextCache.h"
#include "FineTextPainter.h"
#include "ReportLanguage.h"
#include "ReportStyle.h"
#include "common/NumberText.h"
#include "plan/PlanRollups.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <memory>

namespace {

// The years, then the months' band: one line of names, or two where a name is written on two.
constexpr double yearsHeight = 14;
constexpr double monthLineHeight = 9;
constexpr double legendHeight = 18;

struct Timeline
{
    QList<PlanTimelineFigure::Row> rows;
    QDate today;
    QList<QStringList> monthLines; // twelve short names in the report's language, by line
    QLocale locale;                // its digits, for the years
    QString legendPlanned;
    QString legendAdopted;
    QString legendMilestone;
    // The words, shaped when first drawn, once for every slice that shows them: the names
    // shortened to the label column (shaping 2,000 names when the report is built would
    // delay the preview's first page), the months, years and legend in the report's direction.
    std::unique_ptr<FineTextCache> actionNames;
    std::unique_ptr<FineTextCache> priorityNames;
    std::unique_ptr<FineTextCache> words;
    std::unique_ptr<FineTextCache> years;

    double monthBand() const
    {
        qsizetype lines = 1;
        for (const QStringList& month : monthLines)
            lines = std::max(lines, month.size());
        return 12 + double(lines - 1) * monthLineHeight;
    }
    double headerHeight() const { return yearsHeight + monthBand(); }
};

QColor statusColor(const Action& action, bool late)
{
    if (late)
        return ReportStyle::late();
    switch (action.status) {
    case Action::Status::Done:
        return ReportStyle::done();
    case Action::Status::InProgress:
        return ReportStyle::accent();
    case Action::Status::Delayed:
        return ReportStyle::delayed();
    case Action::Status::Cancelled:
        return QColor(0xb8, 0xbf, 0xc6);
    case Action::Status::Planned:
        break;
    }
    return QColor(0x7f, 0x9c, 0xb5);
}

QDate firstOfMonth(const QDate& date)
{
    return QDate(date.year(), date.month(), 1);
}

// The x of a day within a slice that starts on first and is months wide.
double xOf(const QDate& day, const QDate& first, double left, double monthWidth)
{
    const int months = (day.year() - first.year()) * 12 + day.month() - first.month();
    const double within = double(day.day() - 1) / day.daysInMonth();
    return left + (months + within) * monthWidth;
}

void addDiamond(QPainterPath& path, const QPointF& centre, double half)
{
    path.moveTo(centre.x(), centre.y() - half);
    path.lineTo(centre.x() + half, centre.y());
    path.lineTo(centre.x(), centre.y() + half);
    path.lineTo(centre.x() - half, centre.y());
    path.closeSubpath();
}

// What a slice draws, gathered by pen and brush so that each is set once: a page of the
// timeline is some fifty rows of rules, bars and diamonds, and every change of pen or brush
// is a graphics state of its own in the PDF.
struct SliceShapes
{
    QList<QLineF> months;
    QList<QLineF> years;
    QList<QRectF> tints;
    QList<QLineF> rowRules;
    QList<QRectF> adopted;
    QList<std::pair<QColor, QList<QRectF>>> bars; // by colour, in the order first met
    QPainterPath done;                            // milestones
    QPainterPath open;

    QList<QRectF>& barsOf(const QColor& color)
    {
        for (auto& [known, rects] : bars) {
            if (known == color)
                return rects;
        }
        bars.append({color, {}});
        return bars.back().second;
    }
};

void fillRects(QPainter& painter, const QList<QRectF>& rects, const QColor& color)
{
    if (rects.isEmpty())
        return;
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRects(rects.constData(), int(rects.size()));
    painter.setBrush(Qt::NoBrush);
}

void drawLines(QPainter& painter, const QList<QLineF>& lines, const QPen& pen)
{
    if (lines.isEmpty())
        return;
    painter.setPen(pen);
    painter.drawLines(lines.constData(), int(lines.size()));
}

void drawMilestones(QPainter& painter, const QPainterPath& path, bool done)
{
    if (path.isEmpty())
        return;
    painter.setPen(QPen(ReportStyle::text(), 0.6));
    painter.setBrush(done ? QBrush(ReportStyle::text()) : QBrush(Qt::white));
    painter.drawPath(path);
    painter.setBrush(Qt::NoBrush);
}

void paintSlice(QPainter& painter, const QRectF& rect, Timeline& timeline, int firstRow,
                int rowCount, const QDate& first, int months)
{
    using Row = PlanTimelineFigure::Row;
    const double labelWidth = PlanTimelineFigure::labelWidth;
    const double left = rect.left() + labelWidth;
    const double monthWidth = (rect.width() - labelWidth) / months;
    const double top = rect.top() + timeline.headerHeight();
    const double rowHeight = PlanTimelineFigure::rowHeight;
    const double bottom = top + rowCount * rowHeight;
    const QFont base = painter.font(); // for a text shaped on another thread
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * PlanTimelineFigure::labelPoints /
                        ReportStyle::pointSize(ReportStyle::Role::Small));
    QFont bold = small;
    bold.setBold(true);
    const QColor ink = ReportStyle::text();
    const QColor grid(0xd5, 0xdc, 0xe3);
    const QColor adoptedGrey(0x8a, 0x94, 0x9e);
    const QColor plannedBlue(0x7f, 0x9c, 0xb5);
    const QFontMetricsF metrics(small, painter.device());
    SliceShapes shapes;

    // A rule at each month, stronger at each year.
    for (int m = 0; m < months; ++m) {
        const double x = left + m * monthWidth;
        (first.addMonths(m).month() == 1 ? shapes.years : shapes.months)
            .append(QLineF(x, rect.top() + 12, x, bottom));
    }
    shapes.months.append(
        QLineF(left + months * monthWidth, rect.top() + 12, left + months * monthWidth, bottom));

    const QDate end = first.addMonths(months);
    const auto clampX = [&](const QDate& day) {
        if (day < first)
            return left;
        if (day >= end)
            return left + months * monthWidth;
        return xOf(day, first, left, monthWidth);
    };
    // Diamonds that overlap in a row are drawn one by one, in order, the later over the
    // earlier; the others in one path per fill.
    QList<std::pair<QPointF, bool>> overlapping;
    for (int i = 0; i < rowCount; ++i) {
        const Row& row = timeline.rows.at(firstRow + i);
        const double y = top + i * rowHeight;
        if (row.priority)
            shapes.tints.append(QRectF(rect.left(), y, rect.width(), rowHeight));
        shapes.rowRules.append(QLineF(rect.left(), y + rowHeight, rect.right(), y + rowHeight));
        if (!row.start.isValid() || !row.end.isValid() || row.end < first || row.start >= end)
            continue;
        // The adopted dates as a thin grey bar under the current one.
        if (row.baselineStart.isValid() && row.baselineEnd.isValid() &&
            (row.baselineStart != row.start || row.baselineEnd != row.end) &&
            row.baselineEnd >= first && row.baselineStart < end) {
            const double x1 = clampX(row.baselineStart);
            const double x2 = std::max(clampX(row.baselineEnd.addDays(1)), x1 + 1);
            shapes.adopted.append(QRectF(x1, y + rowHeight - 3.5, x2 - x1, 1.8));
        }
        const double x1 = clampX(row.start);
        const double x2 = std::max(clampX(row.end.addDays(1)), x1 + 1.5);
        shapes.barsOf(row.color).append(
            QRectF(x1, y + (row.priority ? 4.5 : 2.5), x2 - x1, row.priority ? 4 : 6.5));
        QList<double> xs;
        for (const auto& [due, done] : row.milestones) {
            if (due >= first && due < end)
                xs.append(xOf(due, first, left, monthWidth));
        }
        std::sort(xs.begin(), xs.end());
        const bool apart = std::adjacent_find(xs.begin(), xs.end(), [](double a, double b) {
                               return b - a < 7;
                           }) == xs.end();
        for (const auto& [due, done] : row.milestones) {
            if (due < first || due >= end)
                continue;
            const QPointF centre(xOf(due, first, left, monthWidth), y + 5.75);
            if (apart)
                addDiamond(done ? shapes.done : shapes.open, centre, 3.5);
            else
                overlapping.append({centre, done});
        }
    }

    drawLines(painter, shapes.months, QPen(grid, 0.4));
    drawLines(painter, shapes.years, QPen(QColor(0x9a, 0xa6, 0xb2), 0.75));
    drawLines(painter, {QLineF(rect.left(), top, rect.right(), top)},
              QPen(ReportStyle::accent(), 0.75));
    fillRects(painter, shapes.tints, ReportStyle::tint());
    {
        // Months and years across the top, then the names, drawn ten times finer, as they
        // were measured: at 7 points a font engine rounds each letter's advance and a name
        // would run into the bars.
        FineTextPainter text(painter);
        const double band = timeline.monthBand();
        for (int m = 0; m < months; ++m) {
            const QDate month = first.addMonths(m);
            const double x = left + m * monthWidth;
            // Each line centred in its month, the lines in the middle of the band; a word
            // longer than its month (none in the report's languages) cut at its edges.
            const QStringList& lines = timeline.monthLines.value(month.month() - 1);
            const double linesTop =
                rect.top() + 13 +
                (band - metrics.height() - (lines.size() - 1) * monthLineHeight) / 2 +
                metrics.ascent();
            for (int l = 0; l < lines.size(); ++l) {
                const auto name = timeline.words->label(lines.at(l));
                const double width = name->shaped.width / ReportStyle::measureScale;
                const QPointF at(x + (monthWidth - width) / 2, linesTop + l * monthLineHeight);
                if (width <= monthWidth)
                    text.draw(at, *name, ink, small);
                else
                    text.draw(at, *name, ink, small, QRectF(x, rect.top() + 13, monthWidth, band));
            }
            if (m == 0 || month.month() == 1)
                text.draw(QPointF(x + 2, rect.top() + 9),
                          *timeline.years->label(NumberText::plain(month.year(), timeline.locale)),
                          ink, bold);
        }
        for (int i = 0; i < rowCount; ++i) {
            const Row& row = timeline.rows.at(firstRow + i);
            const auto name =
                (row.priority ? timeline.priorityNames : timeline.actionNames)->label(row.label);
            text.draw(QPointF(rect.left() + (row.priority ? 2 : 8),
                              top + i * rowHeight + rowHeight - 3.5),
                      *name, ink, row.priority ? bold : small);
        }
    }
    drawLines(painter, shapes.rowRules, QPen(grid, 0.25));
    fillRects(painter, shapes.adopted, adoptedGrey);
    for (const auto& [color, rects] : std::as_const(shapes.bars))
        fillRects(painter, rects, color);
    drawMilestones(painter, shapes.done, true);
    drawMilestones(painter, shapes.open, false);
    for (const auto& [centre, done] : std::as_const(overlapping)) {
        QPainterPath diamond;
        addDiamond(diamond, centre, 3.5);
        drawMilestones(painter, diamond, done);
    }
    // Today, when it falls in the slice.
    if (timeline.today >= first && timeline.today < end) {
        const double x = xOf(timeline.today, first, left, monthWidth);
        painter.setPen(QPen(ReportStyle::late(), 0.9, Qt::DashLine));
        painter.drawLine(QLineF(x, top, x, bottom));
    }
    // The legend under the rows.
    const double ly = bottom + 12;
    const auto planned = timeline.words->label(timeline.legendPlanned);
    const auto adopted = timeline.words->label(timeline.legendAdopted);
    const auto milestone = timeline.words->label(timeline.legendMilestone);
    double lx = rect.left();
    fillRects(painter, {QRectF(lx, ly - 6, 14, 6)}, plannedBlue);
    const double adoptedX = lx + 26 + planned->shaped.width / ReportStyle::measureScale;
    fillRects(painter, {QRectF(adoptedX, ly - 3, 14, 1.8)}, adoptedGrey);
    const double milestoneX = adoptedX + 26 + adopted->shaped.width / ReportStyle::measureScale;
    QPainterPath diamond;
    addDiamond(diamond, QPointF(milestoneX + 3.5, ly - 3), 3.5);
    drawMilestones(painter, diamond, true);
    FineTextPainter text(painter);
    text.draw(QPointF(lx + 18, ly), *planned, ink, small);
    text.draw(QPointF(adoptedX + 18, ly), *adopted, ink, small);
    text.draw(QPointF(milestoneX + 10, ly), *milestone, ink, small);
}

} // namespace

QList<ReportFigure> PlanTimelineFigure::figures(const PlanData& plan, const QDate& today,
                                                const ReportLanguage& language,
                                                const ReportStyle& style)
{
    auto timeline = std::make_shared<Timeline>();
    timeline->today = today;
    timeline->locale = language.locale();
    timeline->legendPlanned =
        language.translate("PlanTimelineFigure", "Action (colour: status; red: late)");
    timeline->legendAdopted = language.translate("PlanTimelineFigure", "Dates adopted");
    timeline->legendMilestone =
        language.translate("PlanTimelineFigure", "Milestone (filled: done)");

    QHash<QString, QList<const Milestone*>> milestonesOf;
    for (const Milestone& milestone : plan.milestones)
        milestonesOf[milestone.actionId].append(&milestone);
    QHash<QString, QList<const Action*>> actionsOf;
    for (const Action& action : plan.actions)
        actionsOf[action.priorityId].append(&action);
    QDate first;
    QDate last;
    for (const Priority& priority : plan.priorities) {
        const QList<const Action*>& actions = actionsOf.value(priority.meta.id);
        if (actions.isEmpty())
            continue;
        Row group;
        group.label = priority.title;
        group.priority = true;
        group.color = ReportStyle::muted();
        const int groupIndex = int(timeline->rows.size());
        timeline->rows.append(group);
        for (const Action* action : actions) {
            QList<Milestone> own;
            Row row;
            row.label = action->title;
            row.start = action->startDate;
            row.end = action->endDate;
            row.baselineStart = action->baselineStart;
            row.baselineEnd = action->baselineEnd;
            for (const Milestone* milestone : milestonesOf.value(action->meta.id)) {
                own.append(*milestone);
                if (milestone->dueDate.isValid())
                    row.milestones.append({milestone->dueDate, milestone->isDone()});
            }
            row.color = statusColor(*action, PlanRollups::isLate(*action, own, today));
            timeline->rows.append(row);
            Row& groupRow = timeline->rows[groupIndex];
            for (const QDate& day : {action->startDate, action->endDate}) {
                if (!day.isValid())
                    continue;
                if (!first.isValid() || day < first)
                    first = day;
                if (!last.isValid() || day > last)
                    last = day;
                if (!groupRow.start.isValid() || day < groupRow.start)
                    groupRow.start = day;
                if (!groupRow.end.isValid() || day > groupRow.end)
                    groupRow.end = day;
            }
        }
    }
    if (!first.isValid())
        return {};
    // The fonts the words are measured with, bound to the reference device.
    QFont labelFont = style.font(ReportStyle::Role::Small);
    labelFont.setPointSizeF(labelPoints);
    QFont boldFont = labelFont;
    boldFont.setBold(true);
    const double fine = ReportStyle::measureScale;
    timeline->actionNames =
        std::make_unique<FineTextCache>(labelFont, Qt::LeftToRight, (labelWidth - 8 - 4) * fine);
    timeline->priorityNames =
        std::make_unique<FineTextCache>(boldFont, Qt::LeftToRight, (labelWidth - 2 - 4) * fine);
    timeline->words = std::make_unique<FineTextCache>(labelFont, language.direction());
    timeline->years = std::make_unique<FineTextCache>(boldFont, language.direction());
    const QSizeF body = style.body().size();
    first = firstOfMonth(first);
    const int span = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    const int perPage = std::max(1, int((body.width() - labelWidth) / minimumMonthWidth));
    // Slices of equal width, as few as fit the span.
    const int slices = (span + perPage - 1) / perPage;
    const int monthsPerSlice = (span + slices - 1) / slices;
    // The caption under each figure and the chapter heading above the first one.
    const double captionRoom = 80;
    // A month's name on two lines where it is wider than the narrowest month (the Levant's
    // "كانون الثاني"): cut at its edges, it could not be read.
    QStringList names;
    for (int m = 1; m <= 12; ++m)
        names << language.locale().monthName(m, QLocale::ShortFormat);
    timeline->monthLines = monthLines(
        names,
        [&](const QString& text) {
            return timeline->words->label(text)->shaped.width / ReportStyle::measureScale;
        },
        (body.width() - labelWidth) / monthsPerSlice);
    const double headerHeight = timeline->headerHeight();
    const int rowsPerPage =
        std::max(5, int((body.height() - headerHeight - legendHeight - captionRoom) / rowHeight));
    const QString captionText =
        language.translate("PlanTimelineFigure", "Timeline, %1 to %2: rows %3 to %4 of %5.");

    QList<ReportFigure> figures;
    const int rows = int(timeline->rows.size());
    for (int firstRow = 0; firstRow < rows; firstRow += rowsPerPage) {
        const int count = std::min(rowsPerPage, rows - firstRow);
        for (int s = 0; s < slices; ++s) {
            const QDate sliceFirst = first.addMonths(s * monthsPerSlice);
            const int months = std::min(monthsPerSlice, span - s * monthsPerSlice);
            ReportFigure figure;
            figure.height = headerHeight + count * rowHeight + legendHeight;
            figure.caption =
                captionText
                    .arg(language.locale().toString(sliceFirst, QStringLiteral("MMMM yyyy")),
                         language.locale().toString(sliceFirst.addMonths(months - 1),
                                                    QStringLiteral("MMMM yyyy")))
                    .arg(language.locale().toString(firstRow + 1),
                         language.locale().toString(firstRow + count),
                         language.locale().toString(rows));
            figure.altText = figure.caption;
            figure.paint = [timeline, firstRow, count, sliceFirst, months](QPainter& painter,
                                                                           const QRectF& rect) {
                paintSlice(painter, rect, *timeline, firstRow, count, sliceFirst, months);
            };
            figures.append(std::move(figure));
        }
    }
    return figures;
}

QList<QStringList> PlanTimelineFigure::monthLines(
    const QStringList& names, const std::function<double(const QString&)>& width, double monthWidth)
{
    QList<QStringList> lines;
    for (const QString& name : names) {
        const qsizetype space = name.indexOf(QLatin1Char(' '));
        if (width(name) <= monthWidth || space < 0)
            lines.append({name});
        else
            lines.append({name.left(space), name.mid(space + 1)});
    }
    return lines;
}

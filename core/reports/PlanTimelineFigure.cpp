// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTimelineFigure.h"

#include "FineText.h"
#include "ReportLanguage.h"
#include "ReportStyle.h"
#include "common/NumberText.h"
#include "plan/PlanRollups.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <memory>
#include <mutex>

namespace {

constexpr double headerHeight = 26;
constexpr double legendHeight = 18;

struct Timeline
{
    QList<PlanTimelineFigure::Row> rows;
    QDate today;
    QStringList monthNames; // twelve short names in the report's language
    QLocale locale;         // its digits, for the years
    QString legendPlanned;
    QString legendAdopted;
    QString legendMilestone;
    // The names are shortened to the label column when a group of rows is first drawn, once
    // for the pages of all its months, by whichever thread draws it first (the ODT draws its
    // pictures on several): shaping 2,000 names would otherwise delay the preview's first page.
    QFont labelFont; // measured on ReportStyle's reference device
    QFont boldFont;
    int rowsPerPage = 1;
    std::unique_ptr<std::once_flag[]> shortened;

    void shorten(int firstRow, int count)
    {
        std::call_once(shortened[size_t(firstRow / rowsPerPage)], [&] {
            for (int i = firstRow; i < firstRow + count; ++i) {
                PlanTimelineFigure::Row& row = rows[i];
                const double indent = row.priority ? 2 : 8;
                row.shownShaped = FineText::shapeWithin(
                    row.label, row.priority ? boldFont : labelFont,
                    (PlanTimelineFigure::labelWidth - indent - 4) * ReportStyle::measureScale,
                    &row.shownLabel);
            }
        });
    }
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

void paintSlice(QPainter& painter, const QRectF& rect, Timeline& timeline, int firstRow,
                int rowCount, const QDate& first, int months)
{
    using Row = PlanTimelineFigure::Row;
    timeline.shorten(firstRow, rowCount);
    const double labelWidth = PlanTimelineFigure::labelWidth;
    const double left = rect.left() + labelWidth;
    const double monthWidth = (rect.width() - labelWidth) / months;
    const double top = rect.top() + headerHeight;
    const double rowHeight = PlanTimelineFigure::rowHeight;
    const double bottom = top + rowCount * rowHeight;
    QFont base = painter.font();
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * PlanTimelineFigure::labelPoints /
                        ReportStyle::pointSize(ReportStyle::Role::Small));
    QFont bold = small;
    bold.setBold(true);
    const QColor ink = ReportStyle::text();
    const QColor grid(0xd5, 0xdc, 0xe3);

    // Months and years across the top; a rule at each month, stronger at each year.
    painter.setFont(small);
    const QFontMetricsF metrics(small, painter.device());
    for (int m = 0; m < months; ++m) {
        const QDate month = first.addMonths(m);
        const double x = left + m * monthWidth;
        const bool january = month.month() == 1;
        painter.setPen(QPen(january ? QColor(0x9a, 0xa6, 0xb2) : grid, january ? 0.75 : 0.4));
        painter.drawLine(QLineF(x, rect.top() + 12, x, bottom));
        painter.setPen(ink);
        const QString name = timeline.monthNames.value(month.month() - 1);
        painter.drawText(QRectF(x, rect.top() + 13, monthWidth, 12), Qt::AlignCenter, name);
        if (m == 0 || january) {
            painter.setFont(bold);
            painter.drawText(QPointF(x + 2, rect.top() + 9),
                             NumberText::plain(month.year(), timeline.locale));
            painter.setFont(small);
        }
    }
    painter.setPen(QPen(grid, 0.4));
    painter.drawLine(
        QLineF(left + months * monthWidth, rect.top() + 12, left + months * monthWidth, bottom));
    painter.setPen(QPen(ReportStyle::accent(), 0.75));
    painter.drawLine(QLineF(rect.left(), top, rect.right(), top));

    const QDate end = first.addMonths(months);
    const auto clampX = [&](const QDate& day) {
        if (day < first)
            return left;
        if (day >= end)
            return left + months * monthWidth;
        return xOf(day, first, left, monthWidth);
    };
    for (int i = 0; i < rowCount; ++i) {
        if (timeline.rows.at(firstRow + i).priority)
            painter.fillRect(QRectF(rect.left(), top + i * rowHeight, rect.width(), rowHeight),
                             ReportStyle::tint());
    }
    // The names, shortened and shaped when first drawn (shaping a name is the dear part),
    // drawn ten times finer, as they were measured: at 7 points a font engine rounds each
    // letter's advance and a name would run into the bars.
    painter.setPen(ink);
    for (int i = 0; i < rowCount; ++i) {
        const Row& row = timeline.rows.at(firstRow + i);
        const double indent = row.priority ? 2 : 8;
        painter.setFont(row.priority ? bold : small);
        FineText::draw(painter,
                       QPointF(rect.left() + indent, top + i * rowHeight + rowHeight - 3.5),
                       row.shownShaped, row.shownLabel);
    }
    for (int i = 0; i < rowCount; ++i) {
        const Row& row = timeline.rows.at(firstRow + i);
        const double y = top + i * rowHeight;
        painter.setPen(QPen(grid, 0.25));
        painter.drawLine(QLineF(rect.left(), y + rowHeight, rect.right(), y + rowHeight));
        if (!row.start.isValid() || !row.end.isValid() || row.end < first || row.start >= end)
            continue;
        // The adopted dates as a thin grey bar under the current one.
        if (row.baselineStart.isValid() && row.baselineEnd.isValid() &&
            (row.baselineStart != row.start || row.baselineEnd != row.end) &&
            row.baselineEnd >= first && row.baselineStart < end) {
            const double x1 = clampX(row.baselineStart);
            const double x2 = std::max(clampX(row.baselineEnd.addDays(1)), x1 + 1);
            painter.fillRect(QRectF(x1, y + rowHeight - 3.5, x2 - x1, 1.8),
                             QColor(0x8a, 0x94, 0x9e));
        }
        const double x1 = clampX(row.start);
        const double x2 = std::max(clampX(row.end.addDays(1)), x1 + 1.5);
        painter.fillRect(
            QRectF(x1, y + (row.priority ? 4.5 : 2.5), x2 - x1, row.priority ? 4 : 6.5), row.color);
        for (const auto& [due, done] : row.milestones) {
            if (due < first || due >= end)
                continue;
            const double x = xOf(due, first, left, monthWidth);
            const double cy = y + 5.75;
            QPainterPath diamond;
            diamond.moveTo(x, cy - 3.5);
            diamond.lineTo(x + 3.5, cy);
            diamond.lineTo(x, cy + 3.5);
            diamond.lineTo(x - 3.5, cy);
            diamond.closeSubpath();
            painter.setPen(QPen(ink, 0.6));
            painter.setBrush(done ? QBrush(ink) : QBrush(Qt::white));
            painter.drawPath(diamond);
            painter.setBrush(Qt::NoBrush);
        }
    }
    // Today, when it falls in the slice.
    if (timeline.today >= first && timeline.today < end) {
        const double x = xOf(timeline.today, first, left, monthWidth);
        painter.setPen(QPen(ReportStyle::late(), 0.9, Qt::DashLine));
        painter.drawLine(QLineF(x, top, x, bottom));
    }
    // The legend under the rows.
    const double ly = bottom + 12;
    painter.setFont(small);
    double lx = rect.left();
    painter.fillRect(QRectF(lx, ly - 6, 14, 6), QColor(0x7f, 0x9c, 0xb5));
    painter.setPen(ink);
    painter.drawText(QPointF(lx + 18, ly), timeline.legendPlanned);
    lx += 26 + metrics.horizontalAdvance(timeline.legendPlanned);
    painter.fillRect(QRectF(lx, ly - 3, 14, 1.8), QColor(0x8a, 0x94, 0x9e));
    painter.drawText(QPointF(lx + 18, ly), timeline.legendAdopted);
    lx += 26 + metrics.horizontalAdvance(timeline.legendAdopted);
    painter.setPen(QPen(ink, 0.6));
    painter.drawText(QPointF(lx + 10, ly), timeline.legendMilestone);
    QPainterPath diamond;
    diamond.moveTo(lx + 3.5, ly - 6.5);
    diamond.lineTo(lx + 7, ly - 3);
    diamond.lineTo(lx + 3.5, ly + 0.5);
    diamond.lineTo(lx, ly - 3);
    diamond.closeSubpath();
    painter.setBrush(QBrush(ink));
    painter.drawPath(diamond);
    painter.setBrush(Qt::NoBrush);
}

} // namespace

QList<ReportFigure> PlanTimelineFigure::figures(const PlanData& plan, const QDate& today,
                                                const ReportLanguage& language,
                                                const ReportStyle& style)
{
    auto timeline = std::make_shared<Timeline>();
    timeline->today = today;
    for (int m = 1; m <= 12; ++m)
        timeline->monthNames << language.locale().monthName(m, QLocale::ShortFormat);
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
    // The fonts the names are measured with, bound to the reference device.
    timeline->labelFont = style.font(ReportStyle::Role::Small);
    timeline->labelFont.setPointSizeF(labelPoints);
    timeline->boldFont = timeline->labelFont;
    timeline->boldFont.setBold(true);
    const QSizeF body = style.body().size();
    first = firstOfMonth(first);
    const int span = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    const int perPage = std::max(1, int((body.width() - labelWidth) / minimumMonthWidth));
    // Slices of equal width, as few as fit the span.
    const int slices = (span + perPage - 1) / perPage;
    const int monthsPerSlice = (span + slices - 1) / slices;
    // The caption under each figure and the chapter heading above the first one.
    const double captionRoom = 80;
    const int rowsPerPage =
        std::max(5, int((body.height() - headerHeight - legendHeight - captionRoom) / rowHeight));
    const QString captionText =
        language.translate("PlanTimelineFigure", "Timeline, %1 to %2: rows %3 to %4 of %5.");

    QList<ReportFigure> figures;
    const int rows = int(timeline->rows.size());
    timeline->rowsPerPage = rowsPerPage;
    timeline->shortened = std::make_unique<std::once_flag[]>(size_t(rows / rowsPerPage + 1));
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

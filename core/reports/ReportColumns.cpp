// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportColumns.h"

#include <algorithm>

QList<double> ReportColumns::widths(const Advance& advance, const ReportTable& table, double width,
                                    double padding, double slack)
{
    using Role = ReportStyle::Role;
    const int columns = int(table.columns.size());
    QList<double> widths(columns, 0);
    double fixed = 0;
    double weights = 0;
    const int sample = std::min<int>(int(table.rows.size()), 400);
    for (int c = 0; c < columns; ++c) {
        const ReportTable::Column& column = table.columns.at(c);
        if (!column.numeric) {
            weights += std::max(column.weight, 0.01);
            continue;
        }
        double natural = longestWord(advance, column.title);
        for (int r = 0; r < sample; ++r) {
            const ReportTable::Row& row = table.rows.at(r);
            if (row.style != ReportTable::Row::Style::Group && c < row.cells.size())
                natural = std::max(natural, advance(Role::TableCellBold, row.cells.at(c)));
        }
        widths[c] = std::min(natural * slack + 2 * padding, width / 4);
        fixed += widths[c];
    }
    for (int c = 0; c < columns; ++c) {
        if (!table.columns.at(c).numeric)
            widths[c] = (width - fixed) * std::max(table.columns.at(c).weight, 0.01) /
                        std::max(weights, 1e-9);
    }
    // A text column narrower than its title's longest word (a long Greek or Dutch word, an
    // Arabic one: "التأخي/ر") takes what it lacks from the text columns that have room.
    for (int c = 0; c < columns; ++c) {
        const ReportTable::Column& column = table.columns.at(c);
        const double least = longestWord(advance, column.title) + 2 * padding;
        if (column.numeric || widths[c] >= least)
            continue;
        double spare = 0;
        for (int o = 0; o < columns; ++o) {
            if (o != c && !table.columns.at(o).numeric)
                spare +=
                    std::max(0.0, widths[o] - (longestWord(advance, table.columns.at(o).title) +
                                               2 * padding));
        }
        const double taken = std::min(least - widths[c], spare);
        if (taken <= 0)
            continue;
        for (int o = 0; o < columns; ++o) {
            if (o == c || table.columns.at(o).numeric)
                continue;
            const double room = std::max(
                0.0, widths[o] - (longestWord(advance, table.columns.at(o).title) + 2 * padding));
            widths[o] -= taken * room / spare;
        }
        widths[c] += taken;
    }
    return widths;
}

double ReportColumns::longestWord(const Advance& advance, const QString& title)
{
    double longest = 0;
    for (const QString& word : title.split(QLatin1Char(' ')))
        longest = std::max(longest, advance(ReportStyle::Role::TableHeader, word));
    // A line's letters may reach a little past their advances (an Arabic final form's tail),
    // and the line breaker counts them: a point more keeps the word whole.
    return longest + 1;
}

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
        double natural = 0;
        for (const QString& word : column.title.split(QLatin1Char(' ')))
            natural = std::max(natural, advance(Role::TableHeader, word));
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
    return widths;
}

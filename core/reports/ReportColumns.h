// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"
#include "ReportStyle.h"

#include <QList>

#include <functional>

// How wide each column of a report table is, the same on the PDF's pages and in the ODT: a
// numeric column takes what its longest figure (among the first 400 rows) and the longest word
// of its title need, up to a quarter of the width; the text columns share the rest by weight,
// each at least as wide as its title's longest word.
class ReportColumns
{
public:
    // A text's width in points in a role (ReportStyle::advance, or what remembers it).
    using Advance = std::function<double(ReportStyle::Role, const QString&)>;

    // padding: on each side of a cell; slack: how much more than measured a numeric column
    // gets (word processors round and pad differently from the PDF).
    static QList<double> widths(const Advance& advance, const ReportTable& table, double width,
                                double padding, double slack = 1.0);

    // The widest word of a column's title, in points, with what its drawing needs beyond it.
    static double longestWord(const Advance& advance, const QString& title);
};

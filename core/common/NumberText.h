// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

// Shares and signed counts as a language writes them, for every place that shows one (tables,
// charts, reports), so that they agree: "43%" in English, "43 %" in French and Spanish, "43%"
// with its direction marks in Moroccan Arabic, "٤٣٪" in Lebanese. Qt 6.4 formats numbers, not
// percentages: the sign and the space before it come from the locale and its language.
class NumberText
{
public:
    // share: 0..1, written as a whole percentage.
    static QString percent(double share, const QLocale& locale = QLocale());
    // A percentage already counted (12.6 for 12.6 %), with the given decimals.
    static QString percentValue(double value, int decimals, const QLocale& locale = QLocale());
    // A count written without group separators, in the locale's digits: years ("2026",
    // "٢٠٢٦"), page numbers.
    static QString plain(int value, const QLocale& locale = QLocale());
    // "+3", "-2" ("‎+3" in Moroccan Arabic, which marks the sign's direction), "0".
    static QString signedNumber(int value, const QLocale& locale = QLocale());
};

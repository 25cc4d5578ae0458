// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberText.h"

#include <QtMath>

namespace {

// The space a language puts between a number and its per cent sign (Unicode CLDR's percent
// patterns): French's narrow no-break space, Spanish's no-break space, none elsewhere.
QString spaceBeforePercent(const QLocale& locale)
{
    switch (locale.language()) {
    case QLocale::French:
        return QStringLiteral("\u202f");
    case QLocale::Spanish:
        return QStringLiteral("\u00a0");
    default:
        return {};
    }
}

} // namespace

QString NumberText::percent(double share, const QLocale& locale)
{
    return percentValue(qRound(share * 100.0), 0, locale);
}

QString NumberText::percentValue(double value, int decimals, const QLocale& locale)
{
    // QLocale's sign carries the marks that keep it beside its number (Moroccan Arabic's
    // "‎%‎", Lebanese "٪؜").
    return locale.toString(value, 'f', decimals) + spaceBeforePercent(locale) + locale.percent();
}

QString NumberText::plain(int value, const QLocale& locale)
{
    QLocale digits(locale);
    digits.setNumberOptions(digits.numberOptions() | QLocale::OmitGroupSeparator);
    return digits.toString(value);
}

QString NumberText::signedNumber(int value, const QLocale& locale)
{
    return value > 0 ? locale.positiveSign() + locale.toString(value) : locale.toString(value);
}

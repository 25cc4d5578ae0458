// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateText.h"

#include <QLocale>

QString DateText::format(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString DateText::shown(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, format(locale)) : QString();
}

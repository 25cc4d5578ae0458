// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <QHash>

QString Money::format(qint64 cents, const QString& currency, const QLocale& locale)
{
    // QLocale knows the symbol of the locale's own currency only; the currencies a city's
    // funding comes in are named here, any other by its ISO code.
    static const QHash<QString, QString> symbols = {{QStringLiteral("EUR"), QStringLiteral("€")},
                                                    {QStringLiteral("USD"), QStringLiteral("$")},
                                                    {QStringLiteral("GBP"), QStringLiteral("£")},
                                                    {QStringLiteral("CHF"), QStringLiteral("CHF")}};
    // The locale's own currency in its own sign: dirhams as "د.م." in Moroccan Arabic.
    const QString symbol = currency == locale.currencySymbol(QLocale::CurrencyIsoCode)
                               ? locale.currencySymbol(QLocale::CurrencySymbol)
                               : symbols.value(currency, currency);
    return locale.toCurrencyString(double(cents) / 100.0, symbol, 0);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

// Amounts as a locale writes money: "€259,850" in English, "259 850 €" in French; the
// interface's by default, a report's when it is written in another language. Whole units: the
// plan's figures are budgets, not accounts.
namespace Money {
QString format(qint64 cents, const QString& currency, const QLocale& locale = QLocale());
} // namespace Money

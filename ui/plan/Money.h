// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Amounts as the reader's locale writes money: "€259,850" in English, "259 850 €" in French.
// Whole units: the plan's figures are budgets, not accounts.
namespace Money {
QString format(qint64 cents, const QString& currency);
} // namespace Money

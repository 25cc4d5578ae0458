// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactPerson.h"

#include <algorithm>

namespace {
constexpr int minPhoneDigits = 6;
}

bool ContactPerson::looksLikeEmail(const QString& email)
{
    const QString text = email.trimmed();
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at <= 0 || text.count(QLatin1Char('@')) != 1)
        return false;
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
        return false;
    // A dot in the domain with something on both sides of it ("city.org", not "city." or ".org").
    const qsizetype dot = text.indexOf(QLatin1Char('.'), at + 2);
    return dot > at + 1 && dot < text.size() - 1;
}

bool ContactPerson::looksLikePhone(const QString& phone)
{
    int digits = 0;
    for (const QChar c : phone) {
        if (c.isDigit() && c.unicode() < 128) {
            ++digits;
            continue;
        }
        if (!QStringView(u" +-().").contains(c))
            return false;
    }
    return digits >= minPhoneDigits;
}

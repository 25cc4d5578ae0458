// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/MergeSelection.h"

std::optional<MergeSelection> MergeSelection::parse(const QString& list)
{
    MergeSelection chosen{false, false, false, false};
    const QStringList parts = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    for (const QString& raw : parts) {
        const QString word = raw.trimmed().toLower();
        if (word == QLatin1String("practices"))
            chosen.practices = true;
        else if (word == QLatin1String("templates"))
            chosen.templates = true;
        else if (word == QLatin1String("exchanges"))
            chosen.exchanges = true;
        else if (word == QLatin1String("stakeholders"))
            chosen.stakeholders = true;
        else
            return std::nullopt;
    }
    return chosen;
}

QStringList MergeSelection::words()
{
    return {QStringLiteral("practices"), QStringLiteral("templates"), QStringLiteral("exchanges"),
            QStringLiteral("stakeholders")};
}

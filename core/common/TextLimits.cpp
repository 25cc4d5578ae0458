// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextLimits.h"

#include <algorithm>

QString TextLimits::shortened(const QString& text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype keep = std::max<qsizetype>(maxChars - 1, 0);
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    while (keep > 0 && text.at(keep - 1).isSpace())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

QString TextLimits::shortenedAtWord(const QString& text, qsizetype maxChars)
{
    if (text.size() <= maxChars || maxChars < 2)
        return shortened(text, maxChars);
    // Room for the ellipsis; a space at the cut or before it ends a whole word.
    qsizetype keep = maxChars - 1;
    qsizetype space = keep;
    while (space > 0 && !text.at(space).isSpace())
        --space;
    if (space >= maxChars / 2)
        keep = space;
    if (text.at(keep - 1).isHighSurrogate())
        --keep;
    while (keep > 0 && text.at(keep - 1).isSpace())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

QString TextLimits::forRole(const QString& text, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return shortened(text);
    case Qt::ToolTipRole:
    case Qt::StatusTipRole:
    case Qt::WhatsThisRole:
        return shortened(text, shownParagraphChars);
    default:
        return text;
    }
}

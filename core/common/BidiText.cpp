// SPDX-License-Identifier: GPL-3.0-or-later
#include "BidiText.h"

#include <QStringList>

namespace {

constexpr QChar lri(0x2066);
constexpr QChar rli(0x2067);
constexpr QChar pdi(0x2069);

bool isMark(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x200E && u <= 0x200F) || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069) || u == 0x061C;
}

} // namespace

Qt::LayoutDirection BidiText::directionOf(const QString& text, Qt::LayoutDirection otherwise)
{
    int isolates = 0;
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirLRI:
        case QChar::DirRLI:
        case QChar::DirFSI:
            ++isolates;
            break;
        case QChar::DirPDI:
            isolates = std::max(0, isolates - 1);
            break;
        case QChar::DirL:
            if (isolates == 0)
                return Qt::LeftToRight;
            break;
        case QChar::DirR:
        case QChar::DirAL:
            if (isolates == 0)
                return Qt::RightToLeft;
            break;
        default:
            break;
        }
    }
    return otherwise;
}

QString BidiText::isolated(const QString& text, Qt::LayoutDirection direction)
{
    return isolateStart(direction) + text + pdi;
}

QChar BidiText::isolateStart(Qt::LayoutDirection direction)
{
    return direction == Qt::RightToLeft ? rli : lri;
}

QChar BidiText::isolateEnd()
{
    return pdi;
}

QString BidiText::inLine(const QString& text, Qt::LayoutDirection line,
                         Qt::LayoutDirection otherwise)
{
    if (text.isEmpty() || line == Qt::LayoutDirectionAuto)
        return text;
    // An isolate ends with its paragraph: each line of a text on several is isolated alone.
    if (!text.contains(QLatin1Char('\n'))) {
        const Qt::LayoutDirection own = directionOf(text, otherwise);
        return own == line || own == Qt::LayoutDirectionAuto ? text : isolated(text, own);
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& each : lines)
        each = inLine(each, line, otherwise);
    return lines.join(QLatin1Char('\n'));
}

QString BidiText::withoutMarks(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    for (const QChar c : text) {
        if (!isMark(c))
            plain.append(c);
    }
    return plain;
}

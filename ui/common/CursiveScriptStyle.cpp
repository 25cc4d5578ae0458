// SPDX-License-Identifier: GPL-3.0-or-later
#include "CursiveScriptStyle.h"

#include "TextDirectionStyle.h"

#include <QApplication>
#include <QLocale>

CursiveScriptStyle::CursiveScriptStyle(QStyle* base) : QProxyStyle(base) {}

int CursiveScriptStyle::styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                                  QStyleHintReturn* returnData) const
{
    if (hint == SH_UnderlineShortcut)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

bool CursiveScriptStyle::isJoined(const QString& language)
{
    return QLocale(language).script() == QLocale::ArabicScript;
}

void CursiveScriptStyle::applyFor(QApplication& app, const QString& language)
{
    QStyle* style = new TextDirectionStyle;
    if (isJoined(language))
        style = new CursiveScriptStyle(style);
    app.setStyle(style);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

class QApplication;

// The application's style for an interface written in a joined (cursive) script, Arabic:
// keyboard letters (Alt+letter) work as everywhere, but are not underlined, because
// underlining one letter cuts it from its neighbours and breaks the word's joined shape
// ("الا&سم" drew as three pieces). Windows hides these underlines until Alt is pressed, in
// every language; here they stay in the menus' and labels' text, unseen.
class CursiveScriptStyle : public QProxyStyle
{
public:
    // Takes ownership of base (QProxyStyle's rule); the application's style when null.
    explicit CursiveScriptStyle(QStyle* base = nullptr);

    int styleHint(StyleHint hint, const QStyleOption* option = nullptr,
                  const QWidget* widget = nullptr,
                  QStyleHintReturn* returnData = nullptr) const override;

    // Whether the language (a code such as "ar") is written in a joined script.
    static bool isJoined(const QString& language);
    // The application's style for the language: texts in their own direction everywhere
    // (TextDirectionStyle), letters not underlined in a joined script.
    static void applyFor(QApplication& app, const QString& language);
};

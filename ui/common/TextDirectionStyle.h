// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

// The application's style, whatever the language: every text a style draws (buttons, tabs,
// headers, menus, table cells) reads in its own direction. Qt lays a text out in its widget's
// direction, which is right for the interface's own words but not for what the officer typed
// in another script (a French name in an Arabic table showed "(UPE2A unit" and was cut at the
// wrong end) nor, in a mirrored window (-reverse), for English: "…Export", "% 43", "pts 33+".
// A text with no letter (a number, a date, a percentage) reads the way the interface's
// language reads. What each field shows stays the same; only its drawing changes.
class TextDirectionStyle : public QProxyStyle
{
public:
    // Takes ownership of base (QProxyStyle's rule); the application's style when null.
    explicit TextDirectionStyle(QStyle* base = nullptr);

    void drawItemText(QPainter* painter, const QRect& rect, int flags, const QPalette& pal,
                      bool enabled, const QString& text,
                      QPalette::ColorRole textRole = QPalette::NoRole) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;

    // The text to lay out in a line of direction `line`, so that it reads in its own.
    static QString shown(const QString& text, Qt::LayoutDirection line);
};

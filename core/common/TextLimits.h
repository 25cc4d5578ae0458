// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How long text may be where Passerelle takes it in (CSV imports, checklist templates, and the
// editors when they choose to), and how much of a value it shows where one line is expected.
// The file may already hold longer values, written by another program: those are kept whole
// and shown shortened, since laying out megabytes of text for a window title or a table cell
// takes the interface minutes.
class TextLimits
{
public:
    // Names, titles, labels, checklist statements, keys, e-mail addresses and phone numbers:
    // one line each. The longest real ones (a ministry's full name) are a few hundred
    // characters.
    static constexpr qsizetype maxShortText = 1000;
    // Notes, descriptions and guidance: about fifty pages, far more than a note or a checklist's
    // guidance holds.
    static constexpr qsizetype maxLongText = 100000;
    // What a window title, a label, a list, a menu or a table cell shows of one value: wider
    // than any screen, small enough to lay out at once.
    static constexpr qsizetype shownChars = 300;
    // What a tooltip or a label holding a paragraph (guidance, a description) shows.
    static constexpr qsizetype shownParagraphChars = 5000;

    // The text when it has at most maxChars characters; else its beginning followed by an
    // ellipsis, maxChars characters in all (a surrogate pair is never cut).
    static QString shortened(const QString& text, qsizetype maxChars = shownChars);
    // Like shortened(), for a short line a reader takes in at once (a menu entry): cut after
    // the last whole word that fits, unless that leaves less than half of maxChars.
    static QString shortenedAtWord(const QString& text, qsizetype maxChars);
    // What a model gives a view for one role: the whole text to edit (Qt::EditRole), a line
    // to show (Qt::DisplayRole), a paragraph for a tooltip (Qt::ToolTipRole).
    static QString forRole(const QString& text, int role);
};

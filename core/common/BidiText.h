// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Which way a text reads, and how it keeps its own way inside a line that reads the other way.
// A French stakeholder's name in an Arabic table, or an English "Export…" in a mirrored window,
// is laid out by Unicode's bidirectional algorithm in the direction of the line around it: its
// leading or trailing punctuation jumps to the wrong end ("…Export", "(UPE2A unit"), and an
// elided text loses its wrong end. Isolating the text (LRI/RLI … PDI, Unicode 6.3, which Qt's
// text engine follows) lays it out in its own direction and places it as one piece.
class BidiText
{
public:
    // The direction of the text's first strong letter (its own direction, as browsers' dir=auto);
    // `otherwise` when it has none: digits, dates and signs read the way their language does.
    static Qt::LayoutDirection directionOf(const QString& text, Qt::LayoutDirection otherwise);

    // The text as it must be written to read in its own direction inside a line of direction
    // `line`: unchanged where the two agree, each of its lines isolated where they do not.
    // Returns the text itself (no copy) when nothing needs isolating.
    static QString inLine(const QString& text, Qt::LayoutDirection line,
                          Qt::LayoutDirection otherwise);

    // Text that isolates `text` (LRI or RLI, then PDI) in the given direction.
    static QString isolated(const QString& text, Qt::LayoutDirection direction);
    // The isolate's two ends, for a text written in several pieces (a paragraph's runs).
    static QChar isolateStart(Qt::LayoutDirection direction);
    static QChar isolateEnd();

    // The text without the directional marks and isolates these functions and QLocale add.
    static QString withoutMarks(const QString& text);
};

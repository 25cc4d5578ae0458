// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

// The officer's own rich text (the plan document's introduction and method, written in the
// Priorities pane: headings, lists, bold, italic, links) as report blocks. Read through a
// QTextDocument, as the pane wrote it; nothing of the HTML is trusted beyond its text and
// those few formats.
class ReportRichText
{
public:
    // Headings in the text become headings at level baseLevel and below, kept out of the
    // contents.
    static void append(ReportDocument& document, const QString& html, int baseLevel = 3);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

// GCC 12 warns, wrongly, that a variant holding a std::function "may be used uninitialized"
// when one is moved into a list (-Wmaybe-uninitialized through std::variant's storage).
// Appending here, out of line, keeps the false warning out of every builder.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

void ReportDocument::heading(int level, const QString& text)
{
    blocks.append(ReportHeading{level, text, true});
}

void ReportDocument::paragraph(const QString& text, ReportParagraph::Style style)
{
    blocks.append(ReportParagraph::plain(text, style));
}

void ReportDocument::add(ReportBlock block)
{
    blocks.append(std::move(block));
}

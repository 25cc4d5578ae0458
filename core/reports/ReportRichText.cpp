// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRichText.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>

void ReportRichText::append(ReportDocument& document, const QString& html, int baseLevel)
{
    if (html.trimmed().isEmpty())
        return;
    QTextDocument text;
    text.setHtml(html);
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        if (block.text().trimmed().isEmpty())
            continue;
        if (const int level = block.blockFormat().headingLevel(); level > 0) {
            document.blocks.append(
                ReportHeading{std::min(3, baseLevel + level - 1), block.text().trimmed(), false});
            continue;
        }
        ReportParagraph paragraph;
        if (const QTextList* list = block.textList()) {
            paragraph.style = ReportParagraph::Style::Bullet;
            paragraph.level = std::max(0, list->format().indent() - 1);
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            ReportRun run;
            run.text = fragment.text();
            run.bold = format.fontWeight() >= QFont::Bold;
            run.italic = format.fontItalic();
            if (format.isAnchor())
                run.link = format.anchorHref();
            // A run may not stand alone on a newline the editor kept inside a block.
            run.text.replace(QChar::LineSeparator, QLatin1Char('\n'));
            paragraph.runs.append(run);
        }
        if (!paragraph.runs.isEmpty())
            document.blocks.append(paragraph);
    }
}

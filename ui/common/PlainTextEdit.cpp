// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainTextEdit.h"

#include "common/BidiText.h"

#include <QEvent>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextOption>

PlainTextEdit::PlainTextEdit(QWidget* parent) : PlainTextEdit(QString(), parent) {}

PlainTextEdit::PlainTextEdit(const QString& text, QWidget* parent) : QPlainTextEdit(text, parent)
{
    align();
    connect(this, &QPlainTextEdit::textChanged, this, &PlainTextEdit::align);
}

Qt::LayoutDirection PlainTextEdit::textDirection() const
{
    // Paragraph by paragraph, not the whole text copied at every key: the first letter decides.
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const Qt::LayoutDirection own =
            BidiText::directionOf(block.text(), Qt::LayoutDirectionAuto);
        if (own != Qt::LayoutDirectionAuto)
            return own;
    }
    return layoutDirection();
}

void PlainTextEdit::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        align();
}

void PlainTextEdit::align()
{
    const Qt::LayoutDirection direction = textDirection();
    if (direction == m_aligned)
        return;
    m_aligned = direction;
    // Each paragraph keeps its own reading order (the option's direction stays automatic); the
    // text as a whole is aligned to where it starts.
    QTextOption option = document()->defaultTextOption();
    option.setAlignment((direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) |
                        Qt::AlignAbsolute);
    document()->setDefaultTextOption(option);
}

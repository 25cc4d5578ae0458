// SPDX-License-Identifier: GPL-3.0-or-later
#include "RichTextEditor.h"

#include "shell/DialogHooks.h"
#include "shell/UndoKeyFilter.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

RichTextEditor::RichTextEditor(const QString& name, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent), m_edit(new QTextEdit(this))
{
    setObjectName(name + QStringLiteral("Section"));
    m_edit->setObjectName(name);
    m_edit->setAcceptRichText(true);
    m_edit->setTabChangesFocus(true);
    // The file's undo stack is the only history (see SectionEditor).
    m_edit->setUndoRedoEnabled(false);
    m_edit->installEventFilter(this);
    m_toolBar = makeToolBar(name);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_edit, 1);

    m_idle.setSingleShot(true);
    m_idle.setInterval(idleMilliseconds);
    connect(&m_idle, &QTimer::timeout, this, &RichTextEditor::commit);
    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        if (!m_showing && !m_readOnly)
            m_idle.start();
    });
    auto* undoKeys = new UndoKeyFilter(
        undoStack, [this] { commit(); }, this);
    undoKeys->watch(m_edit);
    m_shown = html();
}

QToolBar* RichTextEditor::makeToolBar(const QString& name)
{
    auto* bar = new QToolBar(this);
    bar->setObjectName(name + QStringLiteral("Tools"));
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto add = [&](const QString& key, const QString& text, const QString& tip, auto slot) {
        QAction* a = bar->addAction(text, this, slot);
        a->setObjectName(name + key);
        a->setToolTip(tip);
        return a;
    };
    add(QStringLiteral("Heading2"), tr("H2"), tr("Heading"), [this] { setHeading(2); });
    add(QStringLiteral("Heading3"), tr("H3"), tr("Subheading"), [this] { setHeading(3); });
    bar->addSeparator();
    add(QStringLiteral("Bullets"), tr("• List"), tr("Bulleted list"), [this] { setList(false); });
    add(QStringLiteral("Numbers"), tr("1. List"), tr("Numbered list"), [this] { setList(true); });
    bar->addSeparator();
    QAction* bold = add(QStringLiteral("Bold"), tr("B"), tr("Bold"), [this] { toggleBold(); });
    QFont boldFont = bold->font();
    boldFont.setBold(true);
    bold->setFont(boldFont);
    QAction* italic =
        add(QStringLiteral("Italic"), tr("I"), tr("Italic"), [this] { toggleItalic(); });
    QFont italicFont = italic->font();
    italicFont.setItalic(true);
    italic->setFont(italicFont);
    add(QStringLiteral("Link"), tr("Link…"), tr("Make the selected text a link"),
        [this] { insertLink(); });
    return bar;
}

QString RichTextEditor::html() const
{
    // An empty editor is stored as empty, not as Qt's skeleton of an empty HTML page.
    return m_edit->document()->isEmpty() ? QString() : m_edit->toHtml();
}

void RichTextEditor::setHtml(const QString& html)
{
    m_idle.stop();
    if (html == m_shown)
        return;
    m_showing = true;
    const int position = m_edit->textCursor().position();
    m_edit->setHtml(html);
    m_edit->document()->setModified(false);
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(std::min(position, m_edit->document()->characterCount() - 1));
    m_edit->setTextCursor(cursor);
    m_showing = false;
    m_shown = html;
}

void RichTextEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    // Read-only, not disabled: the text can still be selected and copied.
    m_edit->setReadOnly(readOnly);
    m_toolBar->setEnabled(!readOnly);
}

void RichTextEditor::commit()
{
    m_idle.stop();
    // Only what the officer changed: Qt writes the HTML it reads its own way, and handing that
    // back would rewrite a stored text nobody touched.
    if (m_readOnly || !m_edit->document()->isModified())
        return;
    m_edit->document()->setModified(false);
    const QString now = html();
    if (now == m_shown)
        return;
    m_shown = now;
    emit committed(now);
}

bool RichTextEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut) {
        // A click on the toolbar keeps the session: the officer is still writing.
        commit();
        if (!m_toolBar->underMouse())
            ++m_session;
    }
    return QWidget::eventFilter(watched, event);
}

void RichTextEditor::setHeading(int level)
{
    QTextCursor cursor = m_edit->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    // The same heading again makes the paragraph plain text.
    const int next = block.headingLevel() == level ? 0 : level;
    block.setHeadingLevel(next);
    QTextCharFormat chars;
    chars.setFontWeight(next ? QFont::Bold : QFont::Normal);
    chars.setProperty(QTextFormat::FontSizeAdjustment, next ? 4 - next : 0);
    cursor.beginEditBlock();
    cursor.setBlockFormat(block);
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(chars);
    cursor.endEditBlock();
    m_edit->setFocus();
}

void RichTextEditor::setList(bool numbered)
{
    QTextCursor cursor = m_edit->textCursor();
    const QTextListFormat::Style style =
        numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    cursor.beginEditBlock();
    if (QTextList* list = cursor.currentList(); list && list->format().style() == style) {
        // The same list again takes the paragraph out of it.
        list->remove(cursor.block());
        QTextBlockFormat block = cursor.blockFormat();
        block.setIndent(0);
        cursor.setBlockFormat(block);
    } else {
        cursor.createList(style);
    }
    cursor.endEditBlock();
    m_edit->setFocus();
}

void RichTextEditor::toggleBold()
{
    QTextCharFormat chars;
    chars.setFontWeight(m_edit->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    m_edit->mergeCurrentCharFormat(chars);
    m_edit->setFocus();
}

void RichTextEditor::toggleItalic()
{
    QTextCharFormat chars;
    chars.setFontItalic(!m_edit->fontItalic());
    m_edit->mergeCurrentCharFormat(chars);
    m_edit->setFocus();
}

void RichTextEditor::insertLink()
{
    QTextCursor cursor = m_edit->textCursor();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("linkDialog"));
    dialog.setWindowTitle(tr("Insert a link"));
    auto* text = new QLineEdit(cursor.selectedText(), &dialog);
    text->setObjectName(QStringLiteral("linkText"));
    auto* address = new QLineEdit(&dialog);
    address->setObjectName(QStringLiteral("linkAddress"));
    address->setPlaceholderText(QStringLiteral("https://"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->setObjectName(QStringLiteral("linkButtons"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Text:"), text);
    form->addRow(tr("&Address:"), address);
    form->addRow(buttons);
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 50);
    if (DialogHooks::exec(dialog) != QDialog::Accepted)
        return;
    const QUrl url = QUrl::fromUserInput(address->text().trimmed());
    if (!url.isValid() || address->text().trimmed().isEmpty())
        return;
    QTextCharFormat chars;
    chars.setAnchor(true);
    chars.setAnchorHref(url.toString());
    chars.setForeground(palette().link());
    chars.setFontUnderline(true);
    const QString shown = text->text().trimmed().isEmpty() ? url.toString() : text->text();
    cursor.insertText(shown, chars);
    m_edit->setTextCursor(cursor);
    m_edit->setFocus();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "SectionEditor.h"
#include "common/PlainTextEdit.h"

#include "city/Repositories.h"
#include "commands/RecordCommands.h"
#include "profile/ProfileRepository.h"
#include "shell/FileEdits.h"
#include "shell/UndoKeyFilter.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

using EditSection = EditRecordCommand<ProfileRepository, ProfileSection>;

SectionEditor::SectionEditor(const PaneContext& context, const ProfileSection& section,
                             QWidget* parent)
    : QWidget(parent), m_context(context), m_stored(section),
      m_title(new QLabel(ProfileSection::title(section.key), this)),
      m_hint(new QLabel(ProfileSection::hint(section.key), this)), m_body(new PlainTextEdit(this)),
      m_sources(new PlainTextEdit(this))
{
    const QString key = ProfileSection::keyText(section.key);
    setObjectName(QStringLiteral("section_") + key);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_body->setObjectName(QStringLiteral("sectionBody_") + key);
    m_body->setAccessibleName(ProfileSection::title(section.key));
    m_body->setPlainText(section.body);
    m_body->setTabChangesFocus(true);
    m_title->setBuddy(m_body);

    auto* sourcesLabel = new QLabel(tr("&Sources"), this);
    sourcesLabel->setBuddy(m_sources);
    m_sources->setObjectName(QStringLiteral("sectionSources_") + key);
    m_sources->setPlainText(section.sources);
    m_sources->setTabChangesFocus(true);
    m_sources->setPlaceholderText(
        tr("Where the facts above come from: laws, studies, statistics, interviews, each with "
           "its year."));
    // About four lines: sources are a list, the text above is the main thing.
    m_sources->setFixedHeight(m_sources->fontMetrics().lineSpacing() * 4 +
                              2 * m_sources->frameWidth() +
                              int(m_sources->document()->documentMargin() * 2));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_body, 1);
    layout->addWidget(sourcesLabel);
    layout->addWidget(m_sources);

    m_idle.setSingleShot(true);
    m_idle.setInterval(idleMilliseconds);
    connect(&m_idle, &QTimer::timeout, this, &SectionEditor::commit);

    auto* undoKeys = new UndoKeyFilter(
        context.undoStack, [this] { commit(); }, this);
    for (QPlainTextEdit* editor : {m_body, m_sources}) {
        // The file's undo stack is the only history; a second one in the editor would undo
        // keystrokes the file has already stored.
        editor->setUndoRedoEnabled(false);
        editor->installEventFilter(this);
        undoKeys->watch(editor);
        connect(editor, &QPlainTextEdit::textChanged, this, &SectionEditor::onTextEdited);
    }
    connect(&context.repositories.profile(), &ProfileRepository::sectionChanged, this,
            &SectionEditor::onStored);
}

bool SectionEditor::hasPendingEdit() const
{
    return m_body->toPlainText() != m_stored.body || m_sources->toPlainText() != m_stored.sources;
}

void SectionEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    // Read-only, not disabled: the officer can still select and copy the text.
    m_body->setReadOnly(readOnly);
    m_sources->setReadOnly(readOnly);
}

void SectionEditor::commit()
{
    m_idle.stop();
    if (m_readOnly || !hasPendingEdit())
        return;
    ProfileSection after = m_stored;
    after.body = m_body->toPlainText();
    after.sources = m_sources->toPlainText();
    const QString failure = FileEdits::push(
        m_context, {new EditSection(&m_context.file, m_context.repositories.profile(), m_stored,
                                    after, tr("Edit “%1”").arg(ProfileSection::title(key())))});
    // On failure the text stays in the editor, so nothing typed is lost while the officer
    // reads why it could not be stored.
    emit messageChanged(failure);
}

bool SectionEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut)
        commit();
    return QWidget::eventFilter(watched, event);
}

void SectionEditor::onTextEdited()
{
    if (!m_showing && !m_readOnly)
        m_idle.start();
}

void SectionEditor::onStored(const ProfileSection& section)
{
    if (section.meta.id != m_stored.meta.id)
        return;
    m_stored = section;
    // Our own commit finds the editors already showing this text; an undo or redo does not,
    // and what it restores wins over a burst not yet stored.
    m_idle.stop();
    showText(m_body, section.body);
    showText(m_sources, section.sources);
    emit sectionChanged(section);
}

void SectionEditor::showText(QPlainTextEdit* editor, const QString& text)
{
    const QString old = editor->toPlainText();
    if (old == text)
        return;
    // The cursor goes to the end of what changed, as after an undo in any text editor.
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(old.size(), text.size());
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    m_showing = true;
    editor->setPlainText(text);
    m_showing = false;
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(int(text.size() - suffix));
    editor->setTextCursor(cursor);
}
